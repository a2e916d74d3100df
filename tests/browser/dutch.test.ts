/**
 * Dutch everywhere: what a screen reader announces on every page type (Chromium's accessibility
 * tree, shadow DOM and open search included) and every text the build writes for machines to
 * read out (labels, titles, alt texts, meta and feed text) holds no known English string.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { DIST, htmlFiles, walk } from '../support/dist.ts';
import { parse } from 'node-html-parser';
import { accessibleTexts, untranslated } from '../support/untranslated.ts';

const site = useBuiltSite(DIST);

const englishIn = (texts: string[]) => texts.filter((value) => untranslated(value));

describe('the accessibility tree', () => {
  for (const path of PAGE_TYPES) {
    it(`of ${path} names nothing in English`, async () => {
      const page = await (await site.browser.newContext({ locale: 'nl-NL' })).newPage();
      await page.goto(`${site.server.root}${path}`, { waitUntil: 'networkidle' });
      const texts = await accessibleTexts(page);
      expect(texts.length).toBeGreaterThan(10);
      expect(englishIn(texts)).toEqual([]);
      await page.context().close();
    });
  }

  it('with the search dialog open and showing results names nothing in English', async () => {
    const page = await (await site.browser.newContext({ locale: 'nl-NL' })).newPage();
    await page.goto(`${site.server.root}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('gesprek');
    await expect.poll(() => page.locator('dialog a[data-result]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const texts = await accessibleTexts(page);
    expect(texts).toContain('Zoeken');
    expect(englishIn(texts)).toEqual([]);
    await page.context().close();
  });
});

describe('texts in the built files', () => {
  const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder'];
  const META = /^(description|og:title|og:description|og:image:alt|og:site_name|twitter:title|twitter:description|twitter:image:alt)$/;

  it('labels, titles, alt texts and meta text on every page are Dutch', () => {
    const english: string[] = [];
    for (const file of htmlFiles()) {
      const root = parse(readFileSync(file, 'utf8'));
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of ATTRIBUTES) {
          const value = element.getAttribute(attribute);
          if (untranslated(value)) english.push(`${file}: ${element.tagName.toLowerCase()} ${attribute}="${value}"`);
        }
      }
      for (const meta of root.querySelectorAll('meta')) {
        const key = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
        if (META.test(key) && untranslated(meta.getAttribute('content'))) english.push(`${file}: ${key}`);
      }
      if (untranslated(root.querySelector('title')?.textContent)) english.push(`${file}: <title>`);
    }
    expect(english).toEqual([]);
  });

  it('feed titles and descriptions are Dutch', () => {
    const feeds = walk(DIST, (file) => file.endsWith('.xml') && !file.includes('sitemap'));
    expect(feeds.length).toBeGreaterThan(1);
    const parser = new XMLParser();
    const english: string[] = [];
    for (const file of feeds) {
      const { channel } = parser.parse(readFileSync(file, 'utf8')).rss;
      const items = [channel.item ?? []].flat() as { title: string; description: string }[];
      for (const { title, description } of [channel, ...items]) {
        for (const value of [title, description]) if (untranslated(String(value))) english.push(`${file}: ${value}`);
      }
    }
    expect(english).toEqual([]);
  });
});
