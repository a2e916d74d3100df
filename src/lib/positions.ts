/**
 * What articles do with a Cluetrain thesis (support, nuance, contest or just discuss it) and
 * how a thesis holds up today. Labels live in the UI dictionary; these are the data values.
 */
export const THESIS_POSITIONS = ['supports', 'nuances', 'contests', 'discusses'] as const;
export type ThesisPosition = (typeof THESIS_POSITIONS)[number];

export const VERDICT_STATUSES = ['holds', 'partly', 'no-longer'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

interface Ref {
  collection: string;
  id: string;
}

export interface ThesisReference {
  thesis: Ref;
  position: ThesisPosition;
}

export interface PositionedArticle {
  id: string;
  data: { theses: readonly ThesisReference[] };
}

export type ArticlesByPosition<T> = Record<ThesisPosition, T[]>;

const emptyGroups = <T>(): ArticlesByPosition<T> => ({ supports: [], nuances: [], contests: [], discusses: [] });

/**
 * For every thesis that some article references, its articles grouped by position, in the
 * order given (pass them newest first).
 */
export function articlesByPosition<T extends PositionedArticle>(articles: readonly T[]): Map<string, ArticlesByPosition<T>> {
  const result = new Map<string, ArticlesByPosition<T>>();
  for (const article of articles) {
    for (const { thesis, position } of article.data.theses) {
      let groups = result.get(thesis.id);
      if (!groups) result.set(thesis.id, (groups = emptyGroups()));
      groups[position].push(article);
    }
  }
  return result;
}

/** How many articles take each position on one thesis. */
export function positionCounts(groups: ArticlesByPosition<unknown> | undefined): Record<ThesisPosition, number> {
  return {
    supports: groups?.supports.length ?? 0,
    nuances: groups?.nuances.length ?? 0,
    contests: groups?.contests.length ?? 0,
    discusses: groups?.discusses.length ?? 0,
  };
}

/**
 * Theses related to one thesis: those in the same group and those the same articles take up,
 * strongest first (shared articles count more than the group), then by number.
 */
export function relatedTheses<T extends { id: string; data: { number: number; group: Ref } }>(
  thesis: T,
  all: readonly T[],
  articles: readonly PositionedArticle[],
  limit = 6,
): T[] {
  const score = new Map<string, number>();
  for (const other of all) if (other.id !== thesis.id && other.data.group.id === thesis.data.group.id) score.set(other.id, 1);
  for (const article of articles) {
    const ids = new Set(article.data.theses.map((ref) => ref.thesis.id));
    if (!ids.has(thesis.id)) continue;
    for (const id of ids) if (id !== thesis.id) score.set(id, (score.get(id) ?? 0) + 2);
  }
  return all
    .filter((other) => score.has(other.id))
    .sort((a, b) => score.get(b.id)! - score.get(a.id)! || a.data.number - b.data.number)
    .slice(0, limit);
}
