import { slugify } from './slug.ts';

interface Dated {
  data: { pubDate: Date };
}
interface Tagged {
  data: { tags: readonly string[] };
}

export interface YearGroup<T> {
  year: number;
  items: T[];
}

/** Groups items by the UTC year of their pubDate, newest year first, order within a year kept. */
export function groupByYear<T extends Dated>(items: readonly T[]): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const year = item.data.pubDate.getUTCFullYear();
    const group = groups.get(year);
    if (group) group.push(item);
    else groups.set(year, [item]);
  }
  return [...groups].sort(([a], [b]) => b - a).map(([year, items]) => ({ year, items }));
}

export interface TagGroup<T> {
  slug: string;
  /** The spelling used most often (first seen on a tie). */
  label: string;
  items: T[];
}

/**
 * Groups items by tag slug, so "Real-time marketing" and "real-time marketing" are one
 * tag. Sorted by count, then alphabetically (Dutch collation).
 */
export function groupByTag<T extends Tagged>(items: readonly T[]): TagGroup<T>[] {
  const groups = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    for (const tag of new Set(item.data.tags)) {
      const slug = slugify(tag);
      if (!slug) continue;
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { items: [], spellings: new Map() }));
      // Two spellings of one tag on the same article must not count it twice.
      if (group.items.at(-1) !== item) group.items.push(item);
      group.spellings.set(tag, (group.spellings.get(tag) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator('nl');
  return [...groups]
    .map(([slug, { items, spellings }]) => ({
      slug,
      items,
      label: [...spellings].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0],
    }))
    .sort((a, b) => b.items.length - a.items.length || collator.compare(a.label, b.label));
}
