/** The four kinds of article the site publishes, and the URL segment of each listing. */
export const ARTICLE_TYPES = ['review', 'thesis', 'case-study', 'opinion'] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

/**
 * Dutch path segments of the per-type listings. `thesis` lives under /stellingen/ so
 * that /theses/ stays free for the Cluetrain theses themselves.
 */
export const TYPE_SEGMENTS: Record<ArticleType, string> = {
  review: 'boekbesprekingen',
  thesis: 'stellingen',
  'case-study': 'cases',
  opinion: 'opinie',
};
