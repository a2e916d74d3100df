/**
 * Incremental builds reuse a page only while nothing it could show has changed: a repeat build
 * copies pages from the last one, and a changed article title reaches every page that lists it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../support/build.ts';
import { page, text } from '../support/dist.ts';

const contentDir = copyFixture('incremental');
const article = join(contentDir, 'articles/een-geldig-artikel.mdx');
const LISTINGS = ['/boeken/de-conversation-manager/', '/tags/test/', '/artikelen/'];
const titlesOn = (route: string, outDir: string) =>
  page(route, outDir)
    .querySelectorAll('a')
    .map((link) => text(link));
const feedTitles = (outDir: string): string[] =>
  new XMLParser({ isArray: (name) => name === 'item' })
    .parse(readFileSync(join(outDir, 'rss.xml'), 'utf8'))
    .rss.channel.item.map((item: { title: string }) => item.title);
const ogImage = (outDir: string) => readFileSync(join(outDir, 'og/artikelen/een-geldig-artikel.png'));
let imageBefore: Buffer;

describe('incremental builds', () => {
  it('reuse every keyed page when nothing changed', () => {
    const first = buildSite(contentDir);
    expect(first.status, first.output.slice(-2000)).toBe(0);
    const repeat = buildSite(contentDir);
    expect(repeat.status, repeat.output.slice(-2000)).toBe(0);
    for (const route of [...LISTINGS, '/artikelen/een-geldig-artikel/']) {
      expect(repeat.output).toMatch(new RegExp(`${route.replaceAll('/', '\\/')}index\\.html \\((cached|restored)\\)`));
    }
    expect(repeat.output).toMatch(/\/rss\.xml \((cached|restored)\)/);
    expect(feedTitles(repeat.outDir)).toContain('Een geldig artikel');
    imageBefore = ogImage(repeat.outDir);
  });

  it("after an edit to an article's text, render its page, the feeds and the entries it references again, and reuse the rest", () => {
    writeFileSync(article, `${readFileSync(article, 'utf8').trimEnd()}\n\nEen nieuwe alinea over de dialoog.\n`);
    const result = buildSite(contentDir);
    expect(result.status, result.output.slice(-2000)).toBe(0);
    // Parsed here, not with page(), which keeps each file's first parse for the next test.
    const paragraphs = parse(readFileSync(join(result.outDir, 'artikelen/een-geldig-artikel/index.html'), 'utf8')).querySelectorAll('p');
    expect(paragraphs.map((p) => text(p))).toContain('Een nieuwe alinea over de dialoog.');
    expect(readFileSync(join(result.outDir, 'rss.xml'), 'utf8')).toContain('Een nieuwe alinea over de dialoog.');
    // The concept's page quotes the article where it names "dialoog": it must be drawn again.
    expect(result.output).not.toMatch(/\/begrippen\/dialoog\/index\.html \((cached|restored)\)/);
    // An entry the article does not reference, and the listings, are reused.
    for (const route of ['/boeken/the-intention-economy/', ...LISTINGS.filter((route) => !route.startsWith('/boeken/'))]) {
      expect(result.output).toMatch(new RegExp(`${route.replaceAll('/', '\\/')}index\\.html \\((cached|restored)\\)`));
    }
  });

  it('render again, with the new title everywhere, after an article changes', () => {
    writeFileSync(article, readFileSync(article, 'utf8').replace('title: Een geldig artikel', 'title: Een herschreven artikel'));
    const result = buildSite(contentDir);
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(result.output).not.toMatch(/\/boeken\/de-conversation-manager\/index\.html \((cached|restored)\)/);
    expect(text(page('/artikelen/een-geldig-artikel/', result.outDir).querySelector('h1'))).toBe('Een herschreven artikel');
    for (const route of LISTINGS) {
      expect(titlesOn(route, result.outDir), route).toContain('Een herschreven artikel');
      expect(titlesOn(route, result.outDir), route).not.toContain('Een geldig artikel');
    }
    expect(feedTitles(result.outDir)).toContain('Een herschreven artikel');
    expect(feedTitles(result.outDir)).not.toContain('Een geldig artikel');
    expect(ogImage(result.outDir).equals(imageBefore)).toBe(false);
  });
});
