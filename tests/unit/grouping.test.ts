import { describe, expect, it } from 'vitest';
import { groupByTag, groupByYear } from '../../src/lib/grouping.ts';

const article = (id: string, date: string, tags: string[] = []) => ({ id, data: { pubDate: new Date(date), tags } });

describe('groupByYear', () => {
  it('groups by UTC year, newest year first, keeping order within a year', () => {
    const groups = groupByYear([article('c', '2025-03-01'), article('b', '2024-12-31'), article('a', '2024-01-01'), article('d', '2026-01-01')]);
    expect(groups.map((group) => [group.year, group.items.map((item) => item.id)])).toEqual([
      [2026, ['d']],
      [2025, ['c']],
      [2024, ['b', 'a']],
    ]);
  });
});

describe('groupByTag', () => {
  it('merges spellings of one tag and labels it with the most common spelling', () => {
    const groups = groupByTag([
      article('a', '2024-01-01', ['Real-time marketing']),
      article('b', '2024-01-02', ['real-time marketing']),
      article('c', '2024-01-03', ['real-time marketing', 'KLM']),
    ]);
    expect(groups.map((group) => [group.slug, group.label, group.items.map((item) => item.id)])).toEqual([
      ['real-time-marketing', 'real-time marketing', ['a', 'b', 'c']],
      ['klm', 'KLM', ['c']],
    ]);
  });

  it('counts an article once when it spells one tag twice', () => {
    const [group] = groupByTag([article('a', '2024-01-01', ['Dialoog', 'dialoog'])]);
    expect(group?.items).toHaveLength(1);
  });

  it('sorts equal counts alphabetically with Dutch collation', () => {
    const groups = groupByTag([article('a', '2024-01-01', ['zorg', 'ábc', 'merken'])]);
    expect(groups.map((group) => group.label)).toEqual(['ábc', 'merken', 'zorg']);
  });
});
