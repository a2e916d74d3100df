/** Drafts and scheduled articles exist in content/ but nowhere in the built site. */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../support/content.ts';
import { DIST, htmlFiles, PROJECT_ROOT, routeExists, walk } from '../support/dist.ts';

const articles = readArticles(`${PROJECT_ROOT}/content`);
const hidden = articles.filter((article) => !article.published);
const published = articles.filter((article) => article.published);

describe('unpublished articles', () => {
  // Scheduled articles are covered by the generated fixture site (a date in 2099), so this
  // test does not start failing the day the launch content's scheduled article goes live.
  it('the content has a draft to check against', () => {
    expect(hidden.some((article) => article.draft)).toBe(true);
  });

  it.each(hidden.map((article) => [article.slug, article] as const))('%s has no page', (_slug, article) => {
    expect(routeExists(`/artikelen/${article.slug}/`)).toBe(false);
  });

  it('are named in no built file: pages, feeds or sitemap', () => {
    const files = walk(DIST, (file) => /\.(html|xml|json|txt)$/.test(file));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const article of hidden) {
        expect(source.includes(`/artikelen/${article.slug}/`), `${file} links ${article.slug}`).toBe(false);
        expect(source.includes(article.title), `${file} names "${article.title}"`).toBe(false);
      }
    }
  });

  it('add no tag pages of their own', () => {
    const publishedTags = new Set(published.flatMap((article) => article.tags));
    const onlyHidden = hidden.flatMap((article) => article.tags).filter((tag) => !publishedTags.has(tag));
    expect(onlyHidden.length).toBeGreaterThan(0);
    for (const tag of onlyHidden) expect(routeExists(`/tags/${tag}/`)).toBe(false);
  });

  it('are not counted: the feed and the sitemap hold exactly the published articles', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'item' || name === 'url' });
    const feed = parser.parse(readFileSync(`${DIST}/rss.xml`, 'utf8'));
    expect(feed.rss.channel.item).toHaveLength(published.length);
    const sitemapFiles = walk(DIST, (file) => /sitemap-\d+\.xml$/.test(file));
    const locs = sitemapFiles.flatMap((file) => parser.parse(readFileSync(file, 'utf8')).urlset.url.map((url: { loc: string }) => new URL(url.loc).pathname));
    const articleLocs = locs.filter((loc: string) => /^\/artikelen\/[^/]+\/$/.test(loc));
    expect(articleLocs.sort()).toEqual(published.map((article) => `/artikelen/${article.slug}/`).sort());
    expect(locs).not.toContain('/404/');
    expect(htmlFiles().length).toBeGreaterThan(locs.length - 1);
  });
});
