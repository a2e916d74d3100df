/** The Pagefind index in dist/: Dutch stemming, filters, sorting, and what is (not) indexed. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/nl.ts';
import { readArticles, readEntries } from '../support/content.ts';
import { DIST, htmlFiles, page, PROJECT_ROOT, text } from '../support/dist.ts';
import { loadPagefind } from '../support/pagefind.ts';

const CONTENT = `${PROJECT_ROOT}/content`;
const articles = readArticles(CONTENT);
const published = articles.filter((article) => article.published);
const hidden = articles.filter((article) => !article.published);
const TYPE_LABELS: Record<string, string> = { review: 'Boekbespreking', thesis: 'These', 'case-study': 'Case', opinion: 'Opinie' };
const ENTITY_FOLDERS = { books: 'Boek', people: 'Persoon', organisations: 'Organisatie', concepts: 'Begrip', theses: 'Cluetrain-these' } as const;

let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
beforeAll(async () => {
  pagefind = await loadPagefind(DIST);
});
const urls = (results: { url: string }[]) => results.map((result) => result.url);
/** Every page of the given types (filter values), in Pagefind's order or the one `options` asks for. */
const ofTypes = (labels: string[], options: Record<string, unknown> = {}) => pagefind.search(null, { filters: { type: { any: labels } }, ...options });

describe('search index', () => {
  it('stems Dutch: singular, plural and other forms find the same article', async () => {
    // The KLM case only has "reizigers", "vulkaan" and "omboeken"/"omboekte".
    for (const query of ['reiziger', 'reizigers', 'vulkanen', 'omboeken']) {
      expect(urls(await pagefind.search(query)), query).toContain('/artikelen/klm-en-de-aswolk/');
    }
    expect(urls(await pagefind.search('gesprek'))).toContain('/artikelen/markten-zijn-gesprekken/');
  });

  it('holds exactly the published articles and the entity pages, one per thesis included', async () => {
    const { type } = await pagefind.filters();
    const everything = urls(await ofTypes(Object.keys(type ?? {})));
    const expected = [
      ...published.map((article) => `/artikelen/${article.slug}/`),
      ...Object.entries({ books: '/boeken/', people: '/personen/', organisations: '/organisaties/', concepts: '/begrippen/' }).flatMap(([folder, path]) =>
        [...readEntries(CONTENT, folder).keys()].map((id) => `${path}${id}/`),
      ),
      ...[...readEntries(CONTENT, 'theses').values()].map((thesis) => `/theses/${String(thesis.number)}/`),
    ];
    expect(everything.sort()).toEqual(expected.sort());
  });

  it('indexes every page that marks its body for search (Pagefind reads only the sections that have such pages)', async () => {
    const { type } = await pagefind.filters();
    const indexed = new Set(urls(await ofTypes(Object.keys(type ?? {}))));
    const marked = htmlFiles()
      .filter((file) => parseHtml(readFileSync(file, 'utf8')).querySelector('[data-pagefind-body]'))
      .map((file) => `/${relative(DIST, file).replace(/index\.html$/, '')}`);
    expect(marked.length).toBeGreaterThan(published.length);
    expect(marked.filter((route) => !indexed.has(route))).toEqual([]);
  });

  it('never indexes a draft or scheduled article', async () => {
    const results = await ofTypes(Object.values(TYPE_LABELS));
    expect(urls(results).sort()).toEqual(published.map((article) => `/artikelen/${article.slug}/`).sort());
    for (const article of hidden) {
      const found = await pagefind.search(article.title);
      expect(urls(found), article.slug).not.toContain(`/artikelen/${article.slug}/`);
    }
    expect(await pagefind.search('bakker')).toEqual([]); // only in the draft's title
  });

  it('does not index the header, footer or navigation', async () => {
    for (const query of ['vakpublicatie', 'licentie']) expect(await pagefind.search(query), query).toEqual([]);
  });

  it('filters by type with correct counts, entity kinds included', async () => {
    const { type } = await pagefind.filters();
    for (const [key, label] of Object.entries(TYPE_LABELS)) {
      expect(type?.[label], label).toBe(published.filter((article) => article.type === key).length);
    }
    for (const [folder, label] of Object.entries(ENTITY_FOLDERS)) expect(type?.[label], label).toBe(readEntries(CONTENT, folder).size);
    const cases = await pagefind.search(null, { filters: { type: 'Case' } });
    expect(urls(cases)).toEqual(published.filter((article) => article.type === 'case-study').map((article) => `/artikelen/${article.slug}/`));
  });

  it('filters by tag and by year', async () => {
    const { tag, year } = await pagefind.filters();
    for (const name of new Set(published.flatMap((article) => article.tags))) {
      expect(tag?.[name], name).toBe(published.filter((article) => article.tags.includes(name)).length);
    }
    for (const value of new Set(published.map((article) => String(article.pubDate.getUTCFullYear())))) {
      expect(year?.[value], value).toBe(published.filter((article) => String(article.pubDate.getUTCFullYear()) === value).length);
    }
  });

  it('the search page ships every filter chip with the count the index gives it', async () => {
    // Rendered from the content at build time, so the page need not load Pagefind to show them.
    const chips = page('/zoeken/').querySelectorAll('gesprek-search [data-filters] button[data-filter]');
    const shipped: Record<string, Record<string, number>> = {};
    for (const chip of chips) {
      expect(chip.getAttribute('aria-pressed')).toBe('false');
      (shipped[chip.getAttribute('data-filter')!] ??= {})[chip.getAttribute('data-value')!] = Number(text(chip.querySelector('.search-chip-count')));
    }
    expect(shipped).toEqual(await pagefind.filters());
  });

  it('sorts by date and carries title, type and date as metadata', async () => {
    const byDate = await ofTypes(Object.values(TYPE_LABELS), { sort: { date: 'desc' } });
    const expected = [...published].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
    expect(urls(byDate)).toEqual(expected.map((article) => `/artikelen/${article.slug}/`));
    const first = byDate[0]!;
    expect(first.meta.title).toBe(expected[0]!.title);
    expect(first.meta.type).toBe(TYPE_LABELS[expected[0]!.type]);
    expect(first.meta.date).toBe(expected[0]!.pubDate.toISOString().slice(0, 10));
  });

  it("keeps each fact of an entry's fact list a word apart from its label and the next fact", async () => {
    // Pagefind joins a <dt>'s text to its <dd>'s unless the markup puts a space between them.
    const entries = await ofTypes(Object.values(ENTITY_FOLDERS));
    let checked = 0;
    for (const { url, content } of entries) {
      const indexedTerms = page(url)
        .querySelectorAll('[data-pagefind-body] dl dt')
        .filter((term) => !term.closest('[data-pagefind-ignore]'));
      for (const term of indexedTerms) {
        const value = text(term.nextElementSibling);
        expect(content, url).toContain(`${text(term)} ${value}`);
        const lastWord = value.split(/[\s,.]+/).findLast(Boolean)!;
        if (/^\p{L}{4,}$/u.test(lastWord)) {
          expect(urls(await pagefind.search(lastWord)), `${url}: ${lastWord}`).toContain(url);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("indexes an article's author as words of their own, not its dates and reading time", async () => {
    const results = await ofTypes(Object.values(TYPE_LABELS));
    for (const article of published) {
      const indexed = results.find((result) => result.url === `/artikelen/${article.slug}/`)!;
      const header = page(indexed.url).querySelector('article header')!;
      const byline = `${ui.article.by} ${text(header.querySelector('a[rel="author"]'))}`;
      const at = indexed.content.indexOf(byline);
      expect(at, article.slug).toBeGreaterThanOrEqual(0);
      expect(indexed.content.charAt(at + byline.length), article.slug).toMatch(/[.\s]/);
      expect(indexed.content, article.slug).not.toContain(text(header.querySelector('time')));
      expect(indexed.content, article.slug).not.toMatch(new RegExp(ui.article.readingTime(1).replace('1', '\\d+')));
    }
  });

  it('excerpts mark the matched words', async () => {
    const [result] = await pagefind.search('aswolk');
    expect(result?.excerpt).toMatch(/<mark>aswolk<\/mark>/i);
  });
});
