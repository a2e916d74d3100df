/**
 * What the pickers choose from: every knowledge entry by name, and the tags articles use. The
 * editor's dev server reads them from content/ on each request (dev/entries.ts), so an entry
 * made a minute ago in the editor can be picked at once.
 */
import { useEffect, useState } from 'react';

export const ENTRIES_PATH = '/_editor/entries.json';

export const PICKABLE = ['authors', 'books', 'people', 'organisations', 'concepts', 'theses', 'thesisGroups'] as const;
export type Pickable = (typeof PICKABLE)[number];

export interface EntryOption {
  id: string;
  name: string;
  /** Theses: the number articles cite them by (<Thesis n={28} />). */
  number?: number;
}

export interface EditorEntries {
  entries: Record<Pickable, EntryOption[]>;
  /** Tags used in articles, most used first. */
  tags: string[];
}

let latest: EditorEntries | undefined;
let pending: Promise<EditorEntries> | undefined;

function load(): Promise<EditorEntries> {
  pending ??= fetch(ENTRIES_PATH)
    .then((response) => {
      if (!response.ok) throw new Error(`${ENTRIES_PATH}: HTTP ${response.status}`);
      return response.json() as Promise<EditorEntries>;
    })
    .then((data) => (latest = data))
    .finally(() => (pending = undefined));
  return pending;
}

/** The entries as last read, refreshed whenever a picker appears; undefined while the first read runs. */
export function useEntries(): EditorEntries | undefined {
  const [data, setData] = useState(latest);
  useEffect(() => {
    let live = true;
    load().then((fresh) => live && setData(fresh), console.error);
    return () => {
      live = false;
    };
  }, []);
  return data;
}
