import { describe, expect, it } from 'vitest';
import { byDateDesc, isPublished, isVisible } from '../../src/lib/publishing.ts';

const now = new Date('2026-06-01T12:00:00Z');

describe('isPublished', () => {
  it('publishes past, non-draft articles', () => {
    expect(isPublished({ draft: false, pubDate: new Date('2026-05-01') }, now)).toBe(true);
    expect(isPublished({ draft: false, pubDate: new Date('2026-06-01') }, now)).toBe(true);
  });

  it('holds back drafts and scheduled articles', () => {
    expect(isPublished({ draft: true, pubDate: new Date('2020-01-01') }, now)).toBe(false);
    expect(isPublished({ draft: false, pubDate: new Date('2026-06-02') }, now)).toBe(false);
  });
});

describe('isPublished for a page without pubDate', () => {
  it('publishes it unless it is a draft', () => {
    expect(isPublished({ draft: false }, now)).toBe(true);
    expect(isPublished({ draft: true }, now)).toBe(false);
    expect(isPublished({ draft: false, pubDate: new Date('2099-01-01') }, now)).toBe(false);
  });
});

describe('isVisible', () => {
  it('shows everything when unpublished articles are included (astro dev)', () => {
    expect(isVisible({ draft: true, pubDate: new Date('2030-01-01') }, { now, includeUnpublished: true })).toBe(true);
    expect(isVisible({ draft: true, pubDate: new Date('2020-01-01') }, { now, includeUnpublished: false })).toBe(false);
  });
});

describe('byDateDesc', () => {
  it('sorts newest first and breaks ties by id', () => {
    const items = [
      { id: 'b', data: { pubDate: new Date('2024-01-01') } },
      { id: 'c', data: { pubDate: new Date('2025-01-01') } },
      { id: 'a', data: { pubDate: new Date('2024-01-01') } },
    ];
    expect(items.sort(byDateDesc).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});
