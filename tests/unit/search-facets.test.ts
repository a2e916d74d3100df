import { describe, expect, it } from 'vitest';
import { countFacets, facetGroups } from '../../src/features/search/facets.ts';

describe('countFacets', () => {
  it('counts pages per value, once per page, numbers as text like Pagefind', () => {
    const counts = countFacets([
      { type: ['Case'], tag: ['merken', 'webcare', 'merken'], year: [2024] },
      { type: ['Case'], tag: ['merken'], year: [2025] },
      { type: ['Boek'] },
    ]);
    expect(counts).toEqual({
      type: { Case: 2, Boek: 1 },
      tag: { merken: 2, webcare: 1 },
      year: { '2024': 1, '2025': 1 },
    });
  });

  it('leaves out a facet no page has', () => {
    expect(countFacets([{ type: ['Boek'] }])).toEqual({ type: { Boek: 1 } });
    expect(countFacets([])).toEqual({});
  });
});

describe('facetGroups', () => {
  const total = { year: { '2023': 5, '2025': 1, '2024': 2 }, tag: { zebra: 2, appel: 2, merken: 3 }, type: { Case: 1 } };

  it('puts type, tag, year in that order; years newest first, others by count then Dutch alphabet', () => {
    const groups = facetGroups(total);
    expect(groups.map((group) => group.facet)).toEqual(['type', 'tag', 'year']);
    expect(groups[1]!.values.map((chip) => chip.value)).toEqual(['merken', 'appel', 'zebra']);
    expect(groups[2]!.values.map((chip) => chip.value)).toEqual(['2025', '2024', '2023']);
    expect(groups.flatMap((group) => group.values).every((chip) => !chip.pressed)).toBe(true);
  });

  it('shows counts within the query, drops chips it would empty unless pressed, and groups left empty', () => {
    const current = { type: { Case: 0 }, tag: { zebra: 1, appel: 0, merken: 0 }, year: { '2023': 1, '2025': 0, '2024': 0 } };
    const groups = facetGroups(total, current, new Map([['tag', new Set(['merken'])]]));
    expect(groups.map((group) => group.facet)).toEqual(['tag', 'year']);
    expect(groups[0]!.values).toEqual([
      { value: 'merken', count: 0, pressed: true },
      { value: 'zebra', count: 1, pressed: false },
    ]);
    expect(groups[1]!.values).toEqual([{ value: '2023', count: 1, pressed: false }]);
  });
});
