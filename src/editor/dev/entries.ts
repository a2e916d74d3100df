/** Serves ENTRIES_PATH in the editor's dev server: names and tags read from content/ on each request. */
import type { Connect } from 'vite';
import { join } from 'node:path';
import { readRawEntries } from '../../build/content-files/raw-entries.ts';
import { PICKABLE, type EditorEntries, type EntryOption, type Pickable } from '../entries.ts';

const FOLDER: Record<Pickable, string> = {
  authors: 'authors',
  books: 'books',
  people: 'people',
  organisations: 'organisations',
  concepts: 'concepts',
  theses: 'theses',
  thesisGroups: 'thesis-groups',
};
const NAME_FIELD: Record<Pickable, string> = {
  authors: 'name',
  books: 'title',
  people: 'name',
  organisations: 'name',
  concepts: 'term',
  theses: 'summary',
  thesisGroups: 'title',
};
const collator = new Intl.Collator('nl');

export function editorEntries(contentDir: string): EditorEntries {
  const entries = Object.fromEntries(
    PICKABLE.map((collection) => {
      const options: EntryOption[] = readRawEntries(join(contentDir, FOLDER[collection])).map(({ id, data = {} }) => {
        const name = data[NAME_FIELD[collection]];
        const option: EntryOption = { id, name: typeof name === 'string' && name.trim() ? name.trim() : id };
        if (typeof data.number === 'number') option.number = data.number;
        return option;
      });
      options.sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || collator.compare(a.name, b.name));
      return [collection, options];
    }),
  ) as EditorEntries['entries'];

  const uses = new Map<string, number>();
  for (const { data } of readRawEntries(join(contentDir, 'articles'))) {
    for (const tag of Array.isArray(data?.tags) ? data.tags : []) if (typeof tag === 'string') uses.set(tag, (uses.get(tag) ?? 0) + 1);
  }
  const tags = [...uses].sort(([a, m], [b, n]) => n - m || collator.compare(a, b)).map(([tag]) => tag);
  return { entries, tags };
}

export function entriesEndpoint(path: string, contentDir: string): Connect.NextHandleFunction {
  return (request, response, next) => {
    if (request.url?.split('?')[0] !== path) return next();
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    response.end(JSON.stringify(editorEntries(contentDir)));
  };
}
