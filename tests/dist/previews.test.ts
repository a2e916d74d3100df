/** The link preview files in dist/: every published article and entry, nothing else, in the file its route hashes to. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles, readEntries } from '../support/content.ts';
import { DIST, page, PROJECT_ROOT, walk } from '../support/dist.ts';

const CONTENT = `${PROJECT_ROOT}/content`;
const articles = readArticles(CONTENT);
const published = articles.filter((article) => article.published);

type Preview = { kind: string; title: string; meta?: string; text: string };
const files = walk(`${DIST}/voorbeelden`).sort();
const previews = new Map<string, { bucket: number; preview: Preview }>();
for (const file of files) {
  const bucket = Number(/(\d+)\.json$/.exec(file)![1]);
  for (const [route, preview] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Preview>)) previews.set(route, { bucket, preview });
}

/** FNV-1a, written out here so the test does not trust the site's own hash. */
function fnv(route: string) {
  let hash = 2166136261;
  for (const char of route) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

describe('link preview files', () => {
  const entries = (folder: string, path: (id: string, entry: Record<string, unknown>) => string, title: string, text: string, kind: string) =>
    [...readEntries(CONTENT, folder)].map(([id, entry]) => ({ route: path(id, entry), title: String(entry[title]), text: String(entry[text]), kind }));
  const expected = [
    ...published.map((article) => ({ route: `/artikelen/${article.slug}/`, title: article.title, text: article.description, kind: 'Artikel' })),
    ...entries('books', (id) => `/boeken/${id}/`, 'title', 'description', 'Boek'),
    ...entries('people', (id) => `/personen/${id}/`, 'name', 'description', 'Persoon'),
    ...entries('organisations', (id) => `/organisaties/${id}/`, 'name', 'description', 'Organisatie'),
    ...entries('concepts', (id) => `/begrippen/${id}/`, 'term', 'definition', 'Begrip'),
    ...[...readEntries(CONTENT, 'theses').values()].map((thesis) => ({
      route: `/theses/${String(thesis.number)}/`,
      title: `These ${String(thesis.number)}`,
      text: String(thesis.summary),
      kind: 'Cluetrain-these',
    })),
  ];

  it('hold exactly the published articles and the entries, with title, kind and description (a concept its definition)', () => {
    expect([...previews.keys()].sort()).toEqual(expected.map((item) => item.route).sort());
    for (const item of expected) {
      const { preview } = previews.get(item.route)!;
      expect(preview.title, item.route).toBe(item.title);
      expect(preview.text, item.route).toBe(item.text);
      expect(preview.kind.split(' · ')[0], item.route).toBe(item.kind);
    }
    for (const article of articles.filter((a) => !a.published)) expect(previews.has(`/artikelen/${article.slug}/`), article.slug).toBe(false);
  });

  it('give articles their type and date, theses their verdict', () => {
    const article = published.find((a) => a.slug === 'klm-en-de-aswolk')!;
    expect(previews.get('/artikelen/klm-en-de-aswolk/')!.preview).toMatchObject({ kind: 'Artikel · Case', meta: '19 september 2024' });
    expect(article.pubDate.toISOString().slice(0, 10)).toBe('2024-09-19');
    expect(previews.get('/theses/7/')!.preview.meta).toBe('Klopt niet meer');
  });

  it('put each route in the file its hash names, the count announced on the pages that preview', () => {
    const count = Number(page('/artikelen/klm-en-de-aswolk/').querySelector('#link-preview-template')!.getAttribute('data-buckets'));
    expect(files).toHaveLength(count);
    for (const [route, { bucket }] of previews) expect(bucket, route).toBe(fnv(route) % count);
  });
});
