/**
 * The names and aliases of the knowledge entries in a content folder, read from their YAML
 * files: for suggesting references outside the build (the importer, `npm run check:links`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { thesisNames, type NamedEntry } from './mentions.ts';
import { slugOfFile } from './slug.ts';

const FOLDERS = [
  ['books', ['title']],
  ['people', ['name']],
  ['organisations', ['name']],
  ['concepts', ['term']],
  ['theses', []],
] as const;

export function knowledgeEntries(contentDir: string): NamedEntry[] {
  const entries: NamedEntry[] = [];
  for (const [collection, nameFields] of FOLDERS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.ya?ml$/.test(name))) {
      let data: Record<string, unknown> = {};
      try {
        data = (parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown> | null) ?? {};
      } catch {
        continue; // the build reports a broken entry; suggestions just skip it
      }
      const own = collection === 'theses' ? (typeof data.number === 'number' ? thesisNames(data.number) : []) : nameFields.map((field) => data[field]);
      const names = [...own, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((name): name is string => typeof name === 'string');
      entries.push({ collection, id: slugOfFile(file), names });
    }
  }
  return entries;
}
