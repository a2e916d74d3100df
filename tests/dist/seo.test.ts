/** Feeds, meta tags, JSON-LD, Open Graph images, sitemap and robots.txt in dist/. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readArticles, readEntries, referencedIds } from '../support/content.ts';
import { DIST, htmlFiles, page, PROJECT_ROOT, routeExists, walk } from '../support/dist.ts';

const SITE = process.env.SITE_URL || 'https://gesprek.example.nl';
const CONTENT = `${PROJECT_ROOT}/content`;
const published = readArticles(CONTENT)
  .filter((article) => article.published)
  .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'url', 'atom:link'].includes(name) });
const feed = (path: string) => xml.parse(readFileSync(join(DIST, path), 'utf8')).rss.channel;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('feeds', () => {
  const main = feed('rss.xml');

  it('the main feed carries every published article with its full rendered body', () => {
    expect(main.item).toHaveLength(published.length);
    const storytelling = main.item.find((item: { link: string }) => item.link.endsWith('/artikelen/storytelling-na-140-tekens/'));
    const content: string = storytelling['content:encoded'];
    expect(content).toContain('Twitter leerde een hele generatie');
    // Rendered by the <Thesis n={7} /> component from content/theses/these-7.yaml:
    expect(content).toContain('Hyperlinks ondermijnen hiërarchie');
  });

  it('uses absolute URLs only, inside the content too', () => {
    for (const item of main.item) {
      const links = [...String(item['content:encoded']).matchAll(/\b(?:href|src)="([^"]+)"/g)].map((match) => match[1]!);
      for (const link of links.filter((value) => !value.startsWith('#'))) expect(link, item.link).toMatch(/^https?:\/\//);
    }
  });

  it('names itself (atom:link rel=self), the author and the categories', () => {
    expect(main['atom:link'][0]['@_href']).toBe(`${SITE}/rss.xml`);
    expect(main['atom:link'][0]['@_rel']).toBe('self');
    expect(main.item[0]['dc:creator']).toBe('Redactie Gesprek');
    expect(main.item[0].category).toEqual(expect.arrayContaining(published[0]!.tags));
  });

  it.each([
    ['review', 'boekbesprekingen'],
    ['thesis', 'stellingen'],
    ['case-study', 'cases'],
    ['opinion', 'opinie'],
  ])('a feed per type: %s', (type, segment) => {
    const channel = feed(`${segment}/rss.xml`);
    expect(channel['atom:link'][0]['@_href']).toBe(`${SITE}/${segment}/rss.xml`);
    expect((channel.item ?? []).map((item: { link: string }) => item.link)).toEqual(
      published.filter((article) => article.type === type).map((article) => `${SITE}/artikelen/${article.slug}/`),
    );
    const listing = page(`/${segment}/`);
    expect(listing.querySelector(`link[rel="alternate"][href="/${segment}/rss.xml"]`)).not.toBeNull();
    expect(listing.querySelector(`main a[href="/${segment}/rss.xml"]`)).not.toBeNull();
  });

  it('a feed per tag, advertised on the tag page', () => {
    const channel = feed('tags/klm/rss.xml');
    expect(channel.item.map((item: { link: string }) => item.link)).toEqual(
      published.filter((article) => article.tags.includes('klm')).map((article) => `${SITE}/artikelen/${article.slug}/`),
    );
    expect(page('/tags/klm/').querySelector('link[rel="alternate"][href="/tags/klm/rss.xml"]')).not.toBeNull();
  });
});

describe('meta tags', () => {
  it('every page has Open Graph and Twitter tags with an existing 1200×630 image', () => {
    for (const file of htmlFiles()) {
      const root = parse(readFileSync(file, 'utf8'));
      const meta = (name: string) => root.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
      const where = relative(DIST, file);
      expect(meta('og:title'), where).toBeTruthy();
      expect(meta('og:description'), where).toBeTruthy();
      expect(meta('twitter:card'), where).toBe('summary_large_image');
      const image = meta('og:image')!;
      expect(image.startsWith(`${SITE}/og/`), where).toBe(true);
      expect(pngSize(join(DIST, new URL(image).pathname)), where).toEqual([1200, 630]);
    }
  });

  it('every page names one favicon: a 48×48 PNG in dist, which Chromium decodes without building a document as it does for SVG', () => {
    for (const file of htmlFiles()) {
      const icons = parse(readFileSync(file, 'utf8')).querySelectorAll('link[rel~="icon"]');
      const where = relative(DIST, file);
      expect(icons.map((icon) => [icon.getAttribute('type'), icon.getAttribute('sizes')]), where).toEqual([['image/png', '48x48']]);
      expect(pngSize(join(DIST, icons[0]!.getAttribute('href')!)), where).toEqual([48, 48]);
    }
    expect(walk(DIST).filter((file) => file.endsWith('.svg'))).toEqual([]);
  });

  it('dist/og/ holds one image per published article and knowledge entry, and nothing else', () => {
    const images = walk(join(DIST, 'og')).map((file) => relative(join(DIST, 'og'), file));
    const entities = (folder: string, segment: string) => [...readEntries(CONTENT, folder).keys()].map((id) => `${segment}/${id}.png`);
    const expected = [
      'site.png',
      ...published.map((article) => `artikelen/${article.slug}.png`),
      ...entities('books', 'boeken'),
      ...entities('people', 'personen'),
      ...entities('organisations', 'organisaties'),
      ...entities('concepts', 'begrippen'),
      ...[...readEntries(CONTENT, 'theses').values()].map((thesis) => `theses/${String(thesis.number)}.png`),
    ];
    expect(images.sort()).toEqual(expected.sort());
    for (const image of images) expect(pngSize(join(DIST, 'og', image)), image).toEqual([1200, 630]);
  });

  it('articles carry article:* times, section and tags', () => {
    for (const article of published) {
      const root = page(`/artikelen/${article.slug}/`);
      const meta = (name: string) => root.querySelectorAll(`meta[property="${name}"]`).map((element) => element.getAttribute('content'));
      expect(meta('og:type')).toEqual(['article']);
      expect(meta('article:published_time')).toEqual([article.pubDate.toISOString()]);
      expect(meta('article:modified_time')).toEqual([(article.updatedDate ?? article.pubDate).toISOString()]);
      expect(meta('article:tag')).toEqual(article.tags);
      expect(meta('og:image')).toEqual([`${SITE}/og/artikelen/${article.slug}.png`]);
    }
  });
});

describe('JSON-LD', () => {
  const blocks = htmlFiles().flatMap((file) =>
    parse(readFileSync(file, 'utf8'))
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => ({ file: relative(DIST, file), data: JSON.parse(script.textContent) as Record<string, unknown> | Record<string, unknown>[] })),
  );
  const byUrl = (url: string) => blocks.flatMap(({ data }) => (Array.isArray(data) ? data : [data])).filter((entry) => entry['@id'] === url || entry.url === url);

  it('every block parses and speaks schema.org', () => {
    expect(blocks.length).toBeGreaterThan(published.length);
    for (const { data } of blocks) for (const entry of Array.isArray(data) ? data : [data]) expect(entry['@context']).toBe('https://schema.org');
  });

  it('articles are BlogPostings with a breadcrumb; reviews review their Book', () => {
    for (const article of published) {
      const url = `${SITE}/artikelen/${article.slug}/`;
      const [posting] = byUrl(url);
      expect(posting?.headline, article.slug).toBe(article.title);
      expect(posting?.datePublished).toBe(article.pubDate.toISOString());
      if (article.type === 'review') {
        expect(posting?.['@type']).toEqual(['BlogPosting', 'Review']);
        const book = readEntries(CONTENT, 'books').get(String(article.frontmatter.book))!;
        expect((posting?.itemReviewed as { '@type': string; name: string }).name).toBe(book.title);
        expect((posting?.itemReviewed as { '@type': string })['@type']).toBe('Book');
      } else {
        expect(posting?.['@type']).toBe('BlogPosting');
      }
      const crumbs = blocks.find(({ file }) => file === `artikelen/${article.slug}/index.html`)!.data as Record<string, unknown>[];
      expect(crumbs.some((entry) => entry['@type'] === 'BreadcrumbList')).toBe(true);
    }
  });

  it.each([
    ['people', '/personen/', 'Person'],
    ['organisations', '/organisaties/', 'Organization'],
    ['concepts', '/begrippen/', 'DefinedTerm'],
    ['books', '/boeken/', 'Book'],
  ])('%s pages are %s', (folder, path, type) => {
    for (const id of readEntries(CONTENT, folder).keys()) {
      const [entity] = byUrl(`${SITE}${path}${id}/`);
      expect(entity?.['@type'], id).toBe(type);
    }
  });

  it('thesis pages are Claims that first appeared in their book, the verdict a rated Review', () => {
    const statusRating = { holds: 3, partly: 2, 'no-longer': 1 } as Record<string, number>;
    for (const [id, thesis] of readEntries(CONTENT, 'theses')) {
      const [claim] = byUrl(`${SITE}/theses/${String(thesis.number)}/`);
      expect(claim?.['@type'], id).toBe('Claim');
      expect(claim?.text).toBe(thesis.text ?? thesis.summary);
      expect((claim?.firstAppearance as Record<string, unknown>)['@id']).toBe(`${SITE}/boeken/${String(thesis.source)}/`);
      const verdict = thesis.verdict as { status: string; text: string } | undefined;
      const review = claim?.review as { reviewBody: string; reviewRating: { ratingValue: number } } | undefined;
      if (verdict) {
        expect(review?.reviewBody, id).toBe(verdict.text);
        expect(review?.reviewRating.ratingValue, id).toBe(statusRating[verdict.status]);
      } else expect(review, id).toBeUndefined();
    }
  });

  it('articles say what they are about, mention and cite, each pointing at a page of this site', () => {
    const kinds = { book: 'books', organisation: 'organisations', books: 'books', organisations: 'organisations', people: 'people', concepts: 'concepts' } as const;
    const pathOf = { books: '/boeken/', organisations: '/organisaties/', people: '/personen/', concepts: '/begrippen/' } as const;
    const theses = readEntries(CONTENT, 'theses');
    for (const article of published) {
      const [posting] = byUrl(`${SITE}/artikelen/${article.slug}/`);
      const ids = (property: string) => ((posting?.[property] as { '@id': string }[] | undefined) ?? []).map((thing) => thing['@id']);
      const expected = (fields: (keyof typeof kinds)[]) => fields.flatMap((field) => referencedIds(article, field).map((id) => `${SITE}${pathOf[kinds[field]]}${id}/`));
      const thesisUrls = referencedIds(article, 'theses').map((id) => `${SITE}/theses/${String(theses.get(id)!.number)}/`);
      expect(ids('about'), article.slug).toEqual([...expected(['book', 'organisation']), ...thesisUrls]);
      expect(ids('mentions'), article.slug).toEqual(expected(['people', 'organisations', 'concepts']));
      expect(ids('citation'), article.slug).toEqual(expected(['book', 'books']));
      for (const url of [...ids('about'), ...ids('mentions'), ...ids('citation')]) expect(routeExists(new URL(url).pathname), url).toBe(true);
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('article URLs carry lastmod from updatedDate or pubDate; no 404', () => {
    const urls = walk(DIST, (file) => /sitemap-\d+\.xml$/.test(file)).flatMap((file) => xml.parse(readFileSync(file, 'utf8')).urlset.url) as { loc: string; lastmod?: string }[];
    for (const article of published) {
      const entry = urls.find((url) => url.loc === `${SITE}/artikelen/${article.slug}/`);
      expect(entry?.lastmod, article.slug).toBe((article.updatedDate ?? article.pubDate).toISOString());
    }
    expect(urls.some((url) => url.loc.includes('404'))).toBe(false);
  });

  it('robots.txt points at the sitemap', () => {
    expect(routeExists('/robots.txt')).toBe(true);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});
