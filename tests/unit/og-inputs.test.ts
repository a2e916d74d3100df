import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/nl.ts';
import { rawOgSources } from '../../src/build/og/integration.ts';
import { ogImageInputs } from '../../src/build/og/inputs.ts';
import { siteConfig } from '../../src/site.config.ts';

describe('ogImageInputs', () => {
  const images = ogImageInputs({
    articles: [
      { id: 'een', data: { title: 'Eén', type: 'review' } },
      { id: 'twee', data: { title: 'Twee', type: 'opinion' } },
    ],
    books: [{ id: 'boek', data: { title: 'Het boek' } }],
    people: [{ id: 'iemand', data: { name: 'Iemand' } }],
    organisations: [{ id: 'klm', data: { name: 'KLM' } }],
    concepts: new Map([['dialoog', { id: 'dialoog', data: { term: 'Dialoog' } }]]).values(),
    theses: [{ id: 'these-1', data: { number: 1, summary: 'Markten zijn gesprekken.' } }],
  });
  const byPath = new Map(images.map(({ path, input }) => [path, input]));

  it('lists the site, every article and every entry under its own path', () => {
    expect(images.map(({ path }) => path)).toEqual([
      'site',
      'artikelen/een',
      'artikelen/twee',
      'boeken/boek',
      'personen/iemand',
      'organisaties/klm',
      'begrippen/dialoog',
      'theses/1',
    ]);
  });

  it('draws the title with its kind, the site name and the host', () => {
    expect(byPath.get('artikelen/een')).toMatchObject({
      title: 'Eén',
      kind: ui.types.review.label,
      siteName: siteConfig.title,
      siteHost: new URL(siteConfig.url).host,
    });
    expect(byPath.get('personen/iemand')).toMatchObject({ title: 'Iemand', kind: ui.entities.people.kind });
    expect(byPath.get('site')).toMatchObject({ title: siteConfig.tagline, kind: ui.og.siteKind });
    expect(byPath.get('theses/1')).toMatchObject({ title: 'Markten zijn gesprekken.', kind: `${ui.entities.theses.kind} 1` });
  });

  it('gives each article type its own accent colour', () => {
    expect(byPath.get('artikelen/een')!.accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(byPath.get('artikelen/een')!.accent).not.toBe(byPath.get('artikelen/twee')!.accent);
  });
});

describe('rawOgSources (the build-start head start)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gesprek-og-raw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const article = (fields: string) => `---\n${fields}\ntags: [x]\n---\n\nTekst met <b>html</b> en {accolades}.\n`;
  write('articles/gepubliceerd.mdx', article('title: "  Gepubliceerd  "\ntype: opinion\npubDate: 2024-05-31'));
  write('articles/2023/In Een Map.mdx', article('title: Genest\ntype: review\npubDate: 2023-01-02'));
  write('articles/concept.mdx', article('title: Concept\ntype: opinion\npubDate: 2024-05-31\ndraft: true'));
  write('articles/later.mdx', article('title: Later\ntype: opinion\npubDate: 2999-01-01'));
  write('articles/onbekend.mdx', article('title: Onbekend\ntype: gedicht\npubDate: 2024-05-31'));
  write('articles/kapot.mdx', article('title: [niet afgesloten\ntype: opinion\npubDate: 2024-05-31'));
  write('books/boek.yaml', 'title: Het boek\nauthors: [iemand]\n');
  write('people/iemand.yml', 'name: Iemand\n');
  write('people/naamloos.yaml', 'description: geen naam\n');
  write('concepts/dialoog.yaml', 'term: Dialoog\n');
  write('theses/these-1.yaml', 'number: 1\nsummary: Markten zijn gesprekken.\n');
  write('theses/zonder-nummer.yaml', 'summary: Geen nummer.\n');
  const sources = rawOgSources(dir, new Date('2025-01-01T00:00:00Z'));

  it('reads published articles, with slugs from file names and trimmed titles', () => {
    expect([...sources.articles].map(({ id, data }) => [id, data.title, data.type])).toEqual(
      expect.arrayContaining([
        ['gepubliceerd', 'Gepubliceerd', 'opinion'],
        ['in-een-map', 'Genest', 'review'],
      ]),
    );
  });

  it('leaves out drafts, future articles, unknown types and files that do not parse', () => {
    expect([...sources.articles]).toHaveLength(2);
  });

  it('reads entries that have their name field, and an absent folder as empty', () => {
    expect([...sources.books]).toEqual([{ id: 'boek', data: { title: 'Het boek' } }]);
    expect([...sources.people]).toEqual([{ id: 'iemand', data: { name: 'Iemand' } }]);
    expect([...sources.concepts]).toEqual([{ id: 'dialoog', data: { term: 'Dialoog' } }]);
    expect([...sources.organisations]).toEqual([]);
    expect([...sources.theses]).toEqual([{ id: 'these-1', data: { number: 1, summary: 'Markten zijn gesprekken.' } }]);
  });
});
