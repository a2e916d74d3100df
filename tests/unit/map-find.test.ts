import { describe, expect, it } from 'vitest';
import { findable, findNodes, matchRank } from '../../src/features/map/find.ts';

describe('matchRank', () => {
  it('ranks the whole title, then its start, then a word start, then the middle of a word', () => {
    expect(matchRank('klm', 'klm')).toBe(0);
    expect(matchRank('klm en de aswolk', 'klm')).toBe(1);
    expect(matchRank('doc searls', 'sea')).toBe(2);
    expect(matchRank('wat “klm” deed', 'klm')).toBe(2);
    expect(matchRank('research', 'sea')).toBe(3);
    // A later occurrence at a word's start counts.
    expect(matchRank('research en seance', 'sea')).toBe(2);
    expect(matchRank('dialoog', 'klm')).toBe(-1);
  });
});

describe('findNodes', () => {
  const titles = ['Artikel over KLM en de aswolk', 'KLM en de aswolk', 'Dialoog', 'KLM', 'Meer dan xklm', 'Nog een KLM-verhaal'].map(findable);

  it('puts the best matches first and keeps the map order among equals', () => {
    expect(findNodes(titles.length, (i) => titles[i], '  klm ')).toEqual([3, 1, 0, 5, 4]);
  });

  it('skips nodes not shown, stops at the limit and waits for two letters', () => {
    expect(findNodes(titles.length, (i) => (i === 3 ? undefined : titles[i]), 'klm', 2)).toEqual([1, 0]);
    expect(findNodes(titles.length, (i) => titles[i], 'k')).toEqual([]);
    expect(findNodes(titles.length, (i) => titles[i], 'ĳzer')).toEqual([]);
  });
});
