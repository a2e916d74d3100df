import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../support/content.ts';
import { DIST, PROJECT_ROOT } from '../support/dist.ts';

const published = readArticles(`${PROJECT_ROOT}/content`)
  .filter((article) => article.published)
  .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
const xml = readFileSync(`${DIST}/rss.xml`, 'utf8');

describe('rss.xml', () => {
  it('is well-formed XML', () => {
    expect(() => new SyntaxValidator().validate(xml)).not.toThrow();
  });

  const channel = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' }).parse(xml).rss.channel;

  it('lists every published article newest first, with absolute links', () => {
    expect(channel.item.map((item: { title: string }) => item.title)).toEqual(published.map((article) => article.title));
    for (const item of channel.item) {
      expect(item.link).toMatch(/^https?:\/\/[^/]+\/artikelen\/[^/]+\/$/);
      expect(new Date(item.pubDate).toString()).not.toBe('Invalid Date');
    }
  });

  it('categorises by type label and tags', () => {
    const first = channel.item[0];
    expect(first.category).toEqual(expect.arrayContaining(published[0]!.tags));
    expect(first.category.length).toBe(published[0]!.tags.length + 1);
  });

  it('states the Dutch language', () => {
    expect(channel.language).toBe('nl-nl');
  });
});
