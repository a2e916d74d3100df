import { TYPE_SEGMENTS, type ArticleType } from './article-types.ts';
import type { ThesisPosition, VerdictStatus } from './positions.ts';
import { slugify } from './slug.ts';

/** Prefixes a root-relative path with the deployment base ("/" or "/gesprek"). */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.replace(/\/+$/, '');
  if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) return path;
  return `${prefix}${path}`;
}

/** A base path as a directory, with its trailing slash ("/" or "/gesprek/"). */
export function baseDirectoryOf(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The URL segment of each kind of knowledge entry's pages. */
export const ENTITY_SEGMENTS = { books: 'boeken', people: 'personen', organisations: 'organisaties', concepts: 'begrippen', theses: 'theses' } as const;

/** Root-relative paths of every route, before the base is applied. */
export const routes = {
  home: () => '/',
  articles: (page = 1) => paged('/artikelen/', page),
  article: (slug: string) => `/artikelen/${slug}/`,
  type: (type: ArticleType, page = 1) => paged(`/${TYPE_SEGMENTS[type]}/`, page),
  tags: () => '/tags/',
  tag: (tag: string, page = 1) => paged(`/tags/${slugify(tag)}/`, page),
  archive: () => '/archief/',
  year: (year: number) => `/archief/${year}/`,
  about: () => '/over/',
  page: (slug: string) => `/${slug}/`,
  authors: () => '/auteurs/',
  author: (id: string, page = 1) => paged(`/auteurs/${id}/`, page),
  books: () => `/${ENTITY_SEGMENTS.books}/`,
  book: (id: string) => `/${ENTITY_SEGMENTS.books}/${id}/`,
  people: () => `/${ENTITY_SEGMENTS.people}/`,
  person: (id: string) => `/${ENTITY_SEGMENTS.people}/${id}/`,
  organisations: () => `/${ENTITY_SEGMENTS.organisations}/`,
  organisation: (id: string) => `/${ENTITY_SEGMENTS.organisations}/${id}/`,
  concepts: () => `/${ENTITY_SEGMENTS.concepts}/`,
  concept: (id: string) => `/${ENTITY_SEGMENTS.concepts}/${id}/`,
  theses: () => `/${ENTITY_SEGMENTS.theses}/`,
  thesis: (number: number) => `/${ENTITY_SEGMENTS.theses}/${number}/`,
  thesisGroup: (id: string) => `/theses/#groep-${id}`,
  thesesByPosition: (position: ThesisPosition) => `/theses/standpunt/${POSITION_SEGMENTS[position]}/`,
  thesesByVerdict: (status: VerdictStatus) => `/theses/oordeel/${VERDICT_SEGMENTS[status]}/`,
  map: () => '/kaart/',
  mapGraph: () => '/kaart/graph.json',
  rss: () => '/rss.xml',
  typeFeed: (type: ArticleType) => `/${TYPE_SEGMENTS[type]}/rss.xml`,
  tagFeed: (tag: string) => `/tags/${slugify(tag)}/rss.xml`,
  search: () => '/zoeken/',
  ogImage: (path: string) => `/og/${path}.png`,
};

/** URL segments of the thesis tracker's views. */
export const POSITION_SEGMENTS: Record<ThesisPosition, string> = {
  supports: 'onderschreven',
  nuances: 'genuanceerd',
  contests: 'betwist',
  discusses: 'besproken',
};
export const VERDICT_SEGMENTS: Record<VerdictStatus, string> = { holds: 'klopt-nog', partly: 'klopt-deels', 'no-longer': 'klopt-niet-meer' };

/** Page 1 lives at the listing's own path, later pages under `pagina/N/`. */
function paged(path: string, page: number): string {
  return page <= 1 ? path : `${path}pagina/${page}/`;
}
