import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbList, serializeJsonLd } from '../../src/lib/json-ld.ts';

describe('serializeJsonLd', () => {
  it('cannot be broken out of a <script> element and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & "quotes" \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<|>|&/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('articleJsonLd', () => {
  const base = {
    url: 'https://x.nl/artikelen/a/',
    title: 'T',
    description: 'D',
    published: new Date('2024-05-02'),
    author: { name: 'Redactie' },
    image: 'https://x.nl/og/artikelen/a.png',
    tags: ['a', 'b'],
    section: 'Opinie',
    publisher: { name: 'Site', url: 'https://x.nl/' },
  };

  it('is a BlogPosting, modified defaulting to published', () => {
    const ld = articleJsonLd(base);
    expect(ld['@type']).toBe('BlogPosting');
    expect(ld.dateModified).toBe('2024-05-02T00:00:00.000Z');
    expect(ld.keywords).toBe('a, b');
  });

  it('is also a Review of a Book for book reviews', () => {
    const ld = articleJsonLd({
      ...base,
      book: { name: 'Boek', url: 'https://x.nl/boeken/b/', year: 2010, isbn: '9789020989120', authors: [{ name: 'A', url: 'https://x.nl/personen/a/' }] },
    });
    expect(ld['@type']).toEqual(['BlogPosting', 'Review']);
    expect(ld.itemReviewed).toEqual({
      '@type': 'Book',
      name: 'Boek',
      url: 'https://x.nl/boeken/b/',
      datePublished: '2010',
      isbn: '9789020989120',
      author: [{ '@type': 'Person', name: 'A', url: 'https://x.nl/personen/a/' }],
    });
  });
});

describe('breadcrumbList', () => {
  it('numbers the crumbs from 1', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://x.nl/' },
        { name: 'A', url: 'https://x.nl/a/' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.nl/' },
      { '@type': 'ListItem', position: 2, name: 'A', item: 'https://x.nl/a/' },
    ]);
  });
});
