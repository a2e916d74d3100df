/**
 * The search filters ("facets") and their chips. The build counts them from the content, so the
 * search page shows its chips without loading Pagefind; once Pagefind runs, it recounts them for
 * the current query. Both use `facetGroups` for the order, so the chips do not jump.
 */

export const FACETS = ['type', 'tag', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** Per facet, value → number of pages: the shape of Pagefind's `filters()`. */
export type FacetCounts = Record<string, Record<string, number>>;

/** The filter values of one indexed page, as its `data-pagefind-filter` attributes give them. */
export type PageFacets = Partial<Record<Facet, readonly (string | number)[]>>;

/** Counts pages per facet value; a page counts once per value, as in Pagefind. */
export function countFacets(pages: Iterable<PageFacets>): FacetCounts {
  const counts: FacetCounts = {};
  for (const page of pages) {
    for (const facet of FACETS) {
      for (const value of new Set((page[facet] ?? []).map(String))) {
        const values = (counts[facet] ??= {});
        values[value] = (values[value] ?? 0) + 1;
      }
    }
  }
  return counts;
}

export interface FacetGroup {
  facet: Facet;
  values: { value: string; count: number; pressed: boolean }[];
}

/**
 * Chips in display order: years newest first, other facets by count, then alphabetically.
 * `current` holds the counts within the current query; a value it leaves at zero is dropped
 * unless pressed, since that chip could only empty the list.
 */
export function facetGroups(
  total: FacetCounts,
  current: FacetCounts | null = null,
  pressed: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): FacetGroup[] {
  return FACETS.flatMap((facet) => {
    const values = Object.entries(total[facet] ?? {})
      .sort(([a, countA], [b, countB]) => (facet === 'year' ? b.localeCompare(a) : countB - countA || a.localeCompare(b, 'nl')))
      .map(([value, totalCount]) => ({ value, count: current?.[facet]?.[value] ?? totalCount, pressed: pressed.get(facet)?.has(value) ?? false }))
      .filter(({ count, pressed }) => count > 0 || pressed);
    return values.length > 0 ? [{ facet, values }] : [];
  });
}
