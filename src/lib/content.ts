/**
 * The data layer every page reads through. It loads the collections once per build,
 * checks references across them, drops drafts and scheduled articles (outside `astro dev`)
 * and precomputes what listings need (reading time, related articles, neighbours), so no
 * page repeats work that depends on the whole collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../site.config.ts';
import { findDanglingReferences, formatDanglingReferences, type CheckedEntry } from './integrity.ts';
import { byDateDesc, isPublished, isVisible } from './publishing.ts';
import { readingMinutes } from './reading-time.ts';
import { relatedArticles } from './related.ts';

export type Article = CollectionEntry<'articles'>;

export interface ArticleMeta {
  readingMinutes: number;
  /** False for drafts and scheduled articles, which only `astro dev` shows. */
  published: boolean;
}

export interface Catalog {
  /** Visible articles, newest first. */
  articles: Article[];
  meta: Map<string, ArticleMeta>;
  related: Map<string, Article[]>;
  authors: Map<string, CollectionEntry<'authors'>>;
}

const COLLECTIONS = ['articles', 'authors', 'people', 'organisations', 'books', 'concepts', 'thesisGroups', 'theses', 'pages'] as const;

async function loadCatalog(): Promise<Catalog> {
  const loaded = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
  const everything: CheckedEntry[] = loaded.flat();
  const known = new Map(COLLECTIONS.map((name, index) => [name as string, new Set(loaded[index]!.map((entry) => entry.id))]));
  const dangling = findDanglingReferences(everything, known);
  if (dangling.length > 0) throw new Error(formatDanglingReferences(dangling));

  const now = new Date();
  const includeUnpublished = import.meta.env.DEV;
  const articles = (loaded[0] as Article[])
    .filter((article) => isVisible(article.data, { now, includeUnpublished }))
    .sort(byDateDesc);
  const meta = new Map(
    articles.map((article) => [
      article.id,
      { readingMinutes: readingMinutes(article.body ?? ''), published: isPublished(article.data, now) },
    ]),
  );
  return {
    articles,
    meta,
    related: relatedArticles(articles, siteConfig.relatedCount),
    authors: new Map((loaded[1] as CollectionEntry<'authors'>[]).map((author) => [author.id, author])),
  };
}

let cached: Promise<Catalog> | undefined;

/** Memoised for a build; recomputed per request in `astro dev` so edits show up. */
export function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return loadCatalog();
  return (cached ??= loadCatalog());
}

export async function getPublishedArticles(): Promise<Article[]> {
  return (await getCatalog()).articles;
}
