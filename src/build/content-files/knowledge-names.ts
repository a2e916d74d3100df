/**
 * The names and aliases of the knowledge entries in a content folder, read from their YAML
 * files: for suggesting references outside the build (the importer, `npm run check:links`).
 */
import { join } from 'node:path';
import { thesisNames, type NamedEntry } from '../../lib/mentions.ts';
import { readRawEntries } from './raw-entries.ts';

const FOLDERS = [
  ['books', ['title']],
  ['people', ['name']],
  ['organisations', ['name']],
  ['concepts', ['term']],
  ['theses', []],
] as const;

export function knowledgeEntries(contentDir: string): NamedEntry[] {
  return FOLDERS.flatMap(([collection, nameFields]) =>
    readRawEntries(join(contentDir, collection))
      // A broken entry is the build's to report; suggestions just skip it.
      .filter((entry) => entry.data !== undefined && /\.ya?ml$/.test(entry.file))
      .map(({ id, data = {} }) => {
        const own = collection === 'theses' ? (typeof data.number === 'number' ? thesisNames(data.number) : []) : nameFields.map((field) => data[field]);
        const names = [...own, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((name): name is string => typeof name === 'string');
        return { collection, id, names };
      }),
  );
}
