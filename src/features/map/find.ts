/** The map's find field: which nodes a typed name brings up, best first. */

/** How well a title matches what the reader typed, both lower-cased: lower is better, -1 is no match. */
export function matchRank(title: string, needle: string): number {
  const at = title.indexOf(needle);
  if (at < 0) return -1;
  if (title === needle) return 0;
  if (at === 0) return 1;
  // The start of a later word: "sea" in "doc searls".
  for (let from = at; from >= 0; from = title.indexOf(needle, from + 1)) if (!/[\p{L}\p{N}]/u.test(title.charAt(from - 1))) return 2;
  return 3;
}

/** A title or query as find compares them. */
export const findable = (text: string) => text.toLocaleLowerCase('nl');

/**
 * Up to `limit` nodes whose title holds `query`: the whole title first, then titles starting
 * with it, then a word starting with it, then the rest; equals in the map's order. `titleOf`
 * gives a node's title as `findable()` gives it (kept by the caller: this runs on every
 * keystroke, over every node), or undefined for a node not shown.
 */
export function findNodes(count: number, titleOf: (index: number) => string | undefined, query: string, limit = 8): number[] {
  const needle = findable(query.trim());
  if (needle.length < 2) return [];
  const found: { index: number; rank: number }[] = [];
  for (let index = 0; index < count; index++) {
    const title = titleOf(index);
    const rank = title === undefined ? -1 : matchRank(title, needle);
    if (rank >= 0) found.push({ index, rank });
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map(({ index }) => index);
}
