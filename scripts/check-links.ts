/**
 * `npm run check:links`: per article, the knowledge entries (books, people, organisations,
 * concepts, theses) whose name or alias appears in its text but that it does not reference, with the
 * sentence. Advice for authors: it changes nothing and always exits 0.
 *
 * Flags: --content DIR (default content/ or CONTENT_DIR).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { frontmatterOf } from '../src/lib/dates.ts';
import { knowledgeEntries } from '../src/build/content-files/knowledge-names.ts';
import { mentionFinder, proseOfMdx, unreferenced, type References } from '../src/lib/mentions.ts';
import { ENTITY_SEGMENTS } from '../src/lib/paths.ts';

const { values: flags } = parseArgs({ options: { content: { type: 'string' } } });
const contentDir = resolve(flags.content ?? process.env.CONTENT_DIR ?? 'content');
const find = mentionFinder(knowledgeEntries(contentDir));
/** The ids in a reference field: one id, a list of ids, or (for theses) items such as { id, position }. */
const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((item: unknown) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item))
    .filter((id): id is string => typeof id === 'string');

let total = 0;
const articles = join(contentDir, 'articles');
for (const file of readdirSync(articles, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mdx'))
  .sort()) {
  const source = readFileSync(join(articles, file), 'utf8');
  const data = (parse(frontmatterOf(source)) as Record<string, unknown> | null) ?? {};
  const references: References = {
    books: [...ids(data.book), ...ids(data.books)],
    organisations: [...ids(data.organisation), ...ids(data.organisations)],
    people: ids(data.people),
    concepts: ids(data.concepts),
    theses: ids(data.theses),
  };
  const missing = unreferenced(find(`${String(data.title ?? '')}. ${proseOfMdx(source)}`), references);
  if (missing.length === 0) continue;
  total += missing.length;
  console.log(`\n${relative(process.cwd(), join(articles, file))}`);
  for (const mention of missing)
    console.log(`  noemt ${mention.name} (${ENTITY_SEGMENTS[mention.collection]}/${mention.id}) zonder ernaar te verwijzen: “${mention.sentence}”`);
}
console.log(total === 0 ? 'Elk genoemd item uit de kennisbank heeft een verwijzing.' : `\n${total} genoemde item(s) zonder verwijzing.`);
