import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { streamedFeed } from '../../src/data/feed-stream.ts';

const channel = {
  title: 'Gesprek & co',
  description: 'Markten zijn gesprekken',
  site: 'https://gesprek.example/',
  trailingSlash: true,
  xmlns: { atom: 'http://www.w3.org/2005/Atom', content: 'http://purl.org/rss/1.0/modules/content/', dc: 'http://purl.org/dc/elements/1.1/' },
  customData: '<language>nl-nl</language><atom:link href="https://gesprek.example/rss.xml" rel="self" type="application/rss+xml"/>',
};

// Text that looks like the markers the slices are cut at, and everything XML must escape.
const TRICKY = ['<item>', '</item>', ']]>', '&amp; & "quotes" \'single\'', '<![CDATA[x]]>', 'ĳ, é, “krul”'];
const items: RSSFeedItem[] = Array.from({ length: 7 }, (_, i) => ({
  title: `Artikel ${i} ${TRICKY[i % TRICKY.length]}`,
  description: `Over ${TRICKY[(i + 1) % TRICKY.length]}`,
  pubDate: new Date(Date.UTC(2024, 0, 1 + i)),
  link: `https://gesprek.example/artikelen/artikel-${i}/`,
  categories: ['Opinie', TRICKY[(i + 2) % TRICKY.length]!],
  content: `<p>Alinea ${i}: ${TRICKY.join(' ')}</p></item><item>`,
  customData: `<dc:creator><![CDATA[Auteur ${i}]]></dc:creator>`,
}));

describe('streamedFeed', () => {
  for (const [count, slice] of [
    [7, 3],
    [6, 3],
    [7, 100],
    [1, 3],
    [0, 3],
  ] as const) {
    it(`writes the document @astrojs/rss writes in one call (${count} items, slices of ${slice})`, async () => {
      const asked: [number, number][] = [];
      const response = streamedFeed(channel, count, async (from, to) => (asked.push([from, to]), items.slice(from, to)), slice);
      expect(response.headers.get('content-type')).toBe('application/xml');
      const whole = await getRssString({ ...channel, items: items.slice(0, count) });
      expect(await response.text()).toBe(whole);
      const expected = Array.from({ length: Math.max(1, Math.ceil(count / slice)) }, (_, n) => [n * slice, Math.min(count, (n + 1) * slice)]);
      expect(asked).toEqual(expected);
    });
  }

  it('keeps every item whole, in order, with its text as written', async () => {
    const xml = await streamedFeed(channel, 7, async (from, to) => items.slice(from, to), 2).text();
    const parsed = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' }).parse(xml).rss.channel;
    expect(parsed.item.map((item: { title: string }) => item.title)).toEqual(items.map((item) => item.title));
    expect(parsed.item[3]['content:encoded']).toBe(items[3]!.content);
  });

  it('asks for a slice only when the stream is read that far', async () => {
    const asked: number[] = [];
    const response = streamedFeed(channel, 7, async (from, to) => (asked.push(from), items.slice(from, to)), 3);
    const reader = response.body!.getReader();
    await reader.read();
    expect(asked.length).toBeLessThan(3);
    await reader.cancel();
  });
});
