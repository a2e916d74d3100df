import type { ArticleType } from './article-types.ts';
import { isoDay } from './dates.ts';
import { slugify } from './slug.ts';

export interface NewArticle {
  type: ArticleType;
  title: string;
  description?: string | undefined;
  tags: string[];
  /** Required for reviews: an id in content/books. */
  book?: string | undefined;
  /** Required for case studies: an id in content/organisations. */
  organisation?: string | undefined;
  date: Date;
}

/** Problems that would make the new file fail the build; empty when it is fine. */
export function validateNewArticle(article: NewArticle, known: { books: readonly string[]; organisations: readonly string[] }): string[] {
  const problems: string[] = [];
  if (!article.title.trim()) problems.push('a title is required');
  if (!slugify(article.title)) problems.push(`the title "${article.title}" gives no usable file name`);
  if (article.tags.length === 0) problems.push('at least one tag is required');
  if (article.type === 'review' && !article.book) problems.push('a review needs --book (an id in content/books)');
  if (article.type === 'case-study' && !article.organisation) problems.push('a case study needs --organisation (an id in content/organisations)');
  if (article.book && !known.books.includes(article.book)) problems.push(`no book "${article.book}" in content/books (known: ${known.books.join(', ')})`);
  if (article.organisation && !known.organisations.includes(article.organisation)) {
    problems.push(`no organisation "${article.organisation}" in content/organisations (known: ${known.organisations.join(', ')})`);
  }
  return problems;
}

/** The file name (without folder) a new article gets. */
export const newArticleFileName = (title: string) => `${slugify(title)}.mdx`;

/** A draft MDX file with valid frontmatter; strings are JSON-quoted, which YAML reads as-is. */
export function renderNewArticle(article: NewArticle): string {
  const lines = [
    `title: ${JSON.stringify(article.title.trim())}`,
    `description: ${JSON.stringify(article.description?.trim() || `Samenvatting van "${article.title.trim()}" in één of twee zinnen.`)}`,
    `pubDate: ${isoDay(article.date)}`,
    `type: ${article.type}`,
    `tags: ${JSON.stringify(article.tags)}`,
    ...(article.book ? [`book: ${article.book}`] : []),
    ...(article.organisation ? [`organisation: ${article.organisation}`] : []),
    'draft: true',
  ];
  return `---\n${lines.join('\n')}\n---\n\nSchrijf hier de inleiding.\n\n## Eerste tussenkop\n\nEn hier de eerste alinea.\n`;
}
