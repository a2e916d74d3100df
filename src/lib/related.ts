import { slugify } from './slug.ts';

interface Ref {
  id: string;
}

export interface RelatableArticle {
  id: string;
  data: {
    type: string;
    pubDate: Date;
    tags: readonly string[];
    book?: Ref | undefined;
    organisation?: Ref | undefined;
    people?: readonly Ref[];
    concepts?: readonly Ref[];
    theses?: readonly { thesis: Ref }[];
  };
}

/** A shared entity says more about kinship than a shared tag; a shared type least. */
export const RELATED_WEIGHTS = { entity: 3, tag: 2, type: 1 } as const;

function features(article: RelatableArticle): Map<string, number> {
  const { data } = article;
  const result = new Map<string, number>();
  for (const tag of data.tags) result.set(`tag:${slugify(tag)}`, RELATED_WEIGHTS.tag);
  const entities: [string, readonly Ref[]][] = [
    ['book', data.book ? [data.book] : []],
    ['organisation', data.organisation ? [data.organisation] : []],
    ['person', data.people ?? []],
    ['concept', data.concepts ?? []],
    ['thesis', (data.theses ?? []).map((ref) => ref.thesis)],
  ];
  for (const [kind, refs] of entities) {
    for (const ref of refs) result.set(`${kind}:${ref.id}`, RELATED_WEIGHTS.entity);
  }
  return result;
}

/**
 * For every article, the `count` most related others: scored by shared entities and tags
 * (plus a bonus for the same type), newest first on a tie, topped up with the newest
 * articles of the same type. Computed once for the whole collection through an inverted
 * index, so the cost follows the number of shared features, not the square of the
 * number of articles.
 */
export function relatedArticles<T extends RelatableArticle>(articles: readonly T[], count: number): Map<string, T[]> {
  const featureSets = articles.map(features);
  const postings = new Map<string, number[]>();
  featureSets.forEach((set, index) => {
    for (const key of set.keys()) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });

  const times = articles.map((article) => article.data.pubDate.getTime());
  const newestFirst = (a: number, b: number) => times[b]! - times[a]! || articles[a]!.id.localeCompare(articles[b]!.id);
  const byType = new Map<string, number[]>();
  articles.forEach((article, index) => {
    const list = byType.get(article.data.type);
    if (list) list.push(index);
    else byType.set(article.data.type, [index]);
  });
  for (const list of byType.values()) list.sort(newestFirst);

  // Scores in one typed array, reset after each article: with a few popular tags or concepts,
  // most articles share something with most others, and maps and a full sort per article grew
  // with the square of the collection (a quarter of a second at 1,000 articles).
  const scores = new Float64Array(articles.length);
  const result = new Map<string, T[]>();
  articles.forEach((article, self) => {
    const touched: number[] = [];
    for (const [key, weight] of featureSets[self]!) {
      for (const other of postings.get(key)!) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + weight;
      }
    }
    // The `count` best, kept in order: higher score first, then newest (then id).
    const picked: number[] = [];
    const score = (other: number) => scores[other]! + (articles[other]!.data.type === article.data.type ? RELATED_WEIGHTS.type : 0);
    const before = (a: number, b: number) => score(b) - score(a) || newestFirst(a, b);
    for (const other of touched) {
      // Past the worst one kept already: not among the best.
      if (picked.length === count && (count === 0 || before(picked[count - 1]!, other) < 0)) continue;
      let at = picked.length;
      while (at > 0 && before(other, picked[at - 1]!) < 0) at--;
      picked.splice(at, 0, other);
      if (picked.length > count) picked.pop();
    }
    for (const other of touched) scores[other] = 0;
    for (const other of byType.get(article.data.type)!) {
      if (picked.length >= count) break;
      if (other !== self && !picked.includes(other)) picked.push(other);
    }
    result.set(
      article.id,
      picked.map((index) => articles[index]!),
    );
  });
  return result;
}
