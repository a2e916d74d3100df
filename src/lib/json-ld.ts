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
  /** The article's language, when it is not Dutch. */
  language?: string | undefined;
  publisher: { name: string; url: string };
  /** What the article is about (its book, organisation, theses), mentions and cites. */
  links?: { about: LinkedThing[]; mentions: LinkedThing[]; citation: LinkedThing[] } | undefined;
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
    inLanguage: article.language ?? 'nl-NL',
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
    ...Object.fromEntries(
      Object.entries(article.links ?? {})
        .filter(([, things]) => things.length > 0)
        .map(([property, things]) => [property, things.map(linkedThing)]),
    ),
  };
  if (!article.book) return { ...common, '@type': 'BlogPosting' };
  return {
    ...common,
    '@type': ['BlogPosting', 'Review'],
    itemReviewed: { '@type': 'Book', name: article.book.name, url: article.book.url, ...bookDetails(article.book) },
  };
}

/** What schema.org says of a book beyond its name: on the book's page and as the item a review reviews. */
export function bookDetails(book: { year: number; isbn?: string | undefined; authors: { name: string; url: string }[] }): JsonLd {
  return {
    datePublished: String(book.year),
    ...(book.isbn ? { isbn: book.isbn } : {}),
    author: book.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
  };
}

/** The schema.org types of knowledge entries. */
export type SchemaType = 'Person' | 'Organization' | 'DefinedTerm' | 'Book' | 'Claim';

/** A page on this site that a page links to with a meaning (about, mentions, citation). */
export interface LinkedThing {
  type: SchemaType | 'Article';
  name: string;
  url: string;
}

export const linkedThing = (thing: LinkedThing): JsonLd => ({ '@type': thing.type, '@id': thing.url, name: thing.name, url: thing.url });

/**
 * What a Cluetrain thesis adds to its schema.org Claim: its text, the book it first appeared
 * in, and the verdict, if any, as a Review of the claim rated 1 (no longer holds) to 3 (holds).
 */
export function claimDetails(claim: {
  text: string;
  appearance: LinkedThing;
  authors: { name: string; url: string }[];
  verdict?: { label: string; text: string; rating: 1 | 2 | 3 } | undefined;
  publisher: { name: string; url: string };
}): JsonLd {
  return {
    text: claim.text,
    firstAppearance: linkedThing(claim.appearance),
    author: claim.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
    ...(claim.verdict && {
      review: {
        '@type': 'Review',
        inLanguage: 'nl-NL',
        reviewBody: claim.verdict.text,
        author: { '@type': 'Organization', name: claim.publisher.name, url: claim.publisher.url },
        reviewRating: { '@type': 'Rating', ratingValue: claim.verdict.rating, bestRating: 3, worstRating: 1, alternateName: claim.verdict.label },
      },
    }),
  };
}

export function entityJsonLd(kind: SchemaType, fields: { url: string; name: string; description: string; extra?: JsonLd }): JsonLd {
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
