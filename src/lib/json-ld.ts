/**
 * schema.org JSON-LD for pages, and a serialiser that is safe inside <script>: "<", ">", "&"
 * and the JavaScript line separators are escaped, so a title with "</script>" cannot
 * close the element.
 */
export type JsonLd = Record<string, unknown>;

export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

export interface ArticleLd {
  url: string;
  title: string;
  description: string;
  published: Date;
  modified?: Date | undefined;
  author: { name: string; url?: string | undefined; sameAs?: string | undefined };
  image: string;
  tags: readonly string[];
  section: string;
  publisher: { name: string; url: string };
  /** Set for book reviews: the reviewed book. */
  book?: { name: string; url: string; authors: { name: string; url: string }[]; isbn?: string | undefined; year: number } | undefined;
}

/** BlogPosting for every article; a book review is also a Review of its Book. */
export function articleJsonLd(article: ArticleLd): JsonLd {
  const common = {
    '@context': 'https://schema.org',
    '@id': article.url,
    url: article.url,
    headline: article.title,
    name: article.title,
    description: article.description,
    datePublished: article.published.toISOString(),
    dateModified: (article.modified ?? article.published).toISOString(),
    inLanguage: 'nl-NL',
    author: {
      '@type': 'Person',
      name: article.author.name,
      ...(article.author.url ? { url: article.author.url } : {}),
      ...(article.author.sameAs ? { sameAs: [article.author.sameAs] } : {}),
    },
    publisher: { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url },
    image: article.image,
    keywords: article.tags.join(', '),
    articleSection: article.section,
    mainEntityOfPage: article.url,
  };
  if (!article.book) return { ...common, '@type': 'BlogPosting' };
  return {
    ...common,
    '@type': ['BlogPosting', 'Review'],
    itemReviewed: {
      '@type': 'Book',
      name: article.book.name,
      url: article.book.url,
      datePublished: String(article.book.year),
      ...(article.book.isbn ? { isbn: article.book.isbn } : {}),
      author: article.book.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
    },
  };
}

export type EntityKind = 'Person' | 'Organization' | 'DefinedTerm' | 'Book';

export function entityJsonLd(kind: EntityKind, fields: { url: string; name: string; description: string; extra?: JsonLd }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': kind,
    '@id': fields.url,
    url: fields.url,
    name: fields.name,
    description: fields.description,
    ...fields.extra,
  };
}
