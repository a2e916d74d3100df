/**
 * The data layer every page reads through. It loads the collections once per build,
 * checks references across them, drops drafts and scheduled articles (outside `astro dev`)
 * and precomputes what listings need (reading time, related articles, neighbours), so no
 * page repeats work that depends on the whole collection.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { ui } from '../i18n/nl.ts';
import { contentNl } from '../i18n/authoring.nl.ts';
import { contentProblems } from '../build/content-files/problems.ts';
import { siteConfig } from '../site.config.ts';
import { entityBacklinks, entityKey, invertReferences } from '../lib/backlinks.ts';
import { contentFingerprint } from '../build/fingerprint.ts';
import { mapFile } from '../build/map-layout/index.ts';
import { findDanglingReferences, formatDanglingReferences, type CheckedEntry } from '../lib/integrity.ts';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../lib/knowledge-graph.ts';
import { mentionContextFinder, type MentionContext } from '../lib/mention-context.ts';
import { thesisNames } from '../lib/mentions.ts';
import { articlesByPosition, type ArticlesByPosition } from '../lib/positions.ts';
import { byDateDesc, isPublished, isVisible } from '../lib/publishing.ts';
import type { ProseBlock } from '../lib/prose-blocks.ts';
import { compiledProse } from '../build/compiled-prose.ts';
import { withoutFrontmatter } from '../lib/dates.ts';
import { readingMinutes } from '../lib/reading-time.ts';
import { relatedArticles } from '../lib/related.ts';

export type Article = CollectionEntry<'articles'>;

export interface ArticleMeta {
  readingMinutes: number;
  /** False for drafts and scheduled articles, which only `astro dev` shows. */
  published: boolean;
  /** Comments archived from the blog the article was imported from. */
  archivedComments: number;
}

type Entry<C extends EntityCollection> = CollectionEntry<C>;
export type EntityCollection = 'authors' | 'people' | 'organisations' | 'books' | 'concepts' | 'thesisGroups' | 'theses' | 'pages' | 'commentArchives';

export interface Catalog {
  /** Visible articles, newest first. */
  articles: Article[];
  meta: Map<string, ArticleMeta>;
  related: Map<string, Article[]>;
  authors: Map<string, Entry<'authors'>>;
  people: Map<string, Entry<'people'>>;
  organisations: Map<string, Entry<'organisations'>>;
  books: Map<string, Entry<'books'>>;
  concepts: Map<string, Entry<'concepts'>>;
  thesisGroups: Map<string, Entry<'thesisGroups'>>;
  /** Keyed by id; `thesisByNumber` finds one by its number. */
  theses: Map<string, Entry<'theses'>>;
  thesisByNumber: Map<number, Entry<'theses'>>;
  /** Visible articles referencing an entity, newest first; key from `entityKey()`. */
  backlinks: Map<string, Article[]>;
  /** Every visible article and entry, linked by their references. */
  graph: KnowledgeGraph;
  /** Thesis id → the visible articles that take it up, by position, newest first. */
  thesisPositions: Map<string, ArticlesByPosition<Article>>;
  /** Person id → books they wrote. */
  booksByAuthor: Map<string, Entry<'books'>[]>;
  /** Book id → theses taken from it. */
  thesesBySource: Map<string, Entry<'theses'>[]>;
  /** Author id → their visible articles, newest first. */
  articlesByAuthor: Map<string, Article[]>;
  /** Article id → the conversation archived from its old blog. */
  commentArchives: Map<string, Entry<'commentArchives'>>;
  /** Page id → the conversation archived from under it on its old blog. */
  pageArchives: Map<string, Entry<'commentArchives'>>;
  /** Visible pages: drafts and scheduled pages only in `astro dev`. */
  pages: Map<string, Entry<'pages'>>;
  /** Some article or page lists old addresses: the home and 404 pages then look old links up. */
  hasOldAddresses: boolean;
  /**
   * Changes with any content, visibility or setting, except article text, of which it takes only
   * the reading time: the cacheKey of pages that list articles (cards show title, description,
   * dates, tags, reading time). An edit to an article's text leaves these pages to be reused.
   */
  listingFingerprint: string;
  /**
   * The cacheKey of a page that shows these articles' text (an article, an entry quoting the
   * articles that reference it, a feed): the listing fingerprint and those articles' own.
   */
  keyFor(articles: readonly Article[]): string;
  /** The cacheKey of an entry's page: `keyFor` the articles that reference it. */
  entryKey(collection: string, id: string): string;
}

const COLLECTIONS = ['articles', 'authors', 'people', 'organisations', 'books', 'concepts', 'thesisGroups', 'theses', 'pages', 'commentArchives'] as const;

type Loaded = Awaited<ReturnType<typeof loadCollections>>;

/**
 * What is worked out per article, by its digest. Kept on globalThis: in astro dev an edit makes
 * Vite load this module anew, and each edit should recount one article, not all.
 */
const perArticle = ((globalThis as { [key: symbol]: { minutes: Map<string, number>; prose: Map<string, Promise<ProseBlock[]>> } })[
  Symbol.for('gesprek.catalog.per-article')
] ??= { minutes: new Map(), prose: new Map() });

/** An article as it is now: in astro dev the same article comes back edited, with another digest. */
const versionOf = (article: Article) => `${article.id}\0${article.digest ?? ''}`;

function minutesOf(article: Article): number {
  const { minutes } = perArticle;
  const key = versionOf(article);
  let value = minutes.get(key);
  // The content layer keeps no bodies (src/build/content-files/loaders.ts): the file has the text.
  if (value === undefined) minutes.set(key, (value = readingMinutes(withoutFrontmatter(readFileSync(article.filePath!, 'utf8')))));
  return value;
}
const loadCollections = () => Promise.all(COLLECTIONS.map((name) => getCollection(name)));

async function loadCatalog(loaded: Loaded, problems: readonly string[] = []): Promise<Catalog> {
  // In dev, content that did not load fails every page as it fails the build (problems.ts).
  if (problems.length > 0) throw new Error(problems.join('\n\n'));
  const everything: CheckedEntry[] = loaded.flat();
  const known = new Map(COLLECTIONS.map((name, index) => [name as string, new Set(loaded[index]!.map((entry) => entry.id))]));
  const dangling = findDanglingReferences(everything, known);
  if (dangling.length > 0) throw new Error(formatDanglingReferences(dangling));

  const now = new Date();
  const includeUnpublished = import.meta.env.DEV;
  const [allArticles, authors, people, organisations, books, concepts, thesisGroups, theses, pages, commentArchives] = loaded as [
    Article[],
    Entry<'authors'>[],
    Entry<'people'>[],
    Entry<'organisations'>[],
    Entry<'books'>[],
    Entry<'concepts'>[],
    Entry<'thesisGroups'>[],
    Entry<'theses'>[],
    Entry<'pages'>[],
    Entry<'commentArchives'>[],
  ];
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  const sortedTheses = [...theses].sort((a, b) => a.data.number - b.data.number);
  const clash = sortedTheses.find((thesis, index) => index > 0 && sortedTheses[index - 1]!.data.number === thesis.data.number);
  if (clash) {
    const other = sortedTheses.find((thesis) => thesis !== clash && thesis.data.number === clash.data.number)!;
    throw new Error(contentNl.thesisNumberTwice(clash.data.number, other.filePath!, clash.filePath!));
  }
  const groupsById = byId(thesisGroups);
  for (const thesis of sortedTheses) {
    const group = groupsById.get(thesis.data.group.id);
    if (group && (thesis.data.number < group.data.from || thesis.data.number > group.data.to)) {
      throw new Error(contentNl.thesisOutsideGroup(thesis.filePath!, thesis.data.number, group.id, group.data.from, group.data.to));
    }
  }
  const articleIds = new Set(allArticles.map((article) => article.id));
  const pageIds = new Set(pages.map((page) => page.id));
  const pageOrphan = commentArchives.find((archive) => archive.data.page !== undefined && !pageIds.has(archive.data.page));
  if (pageOrphan) throw new Error(contentNl.archivePageMissing(pageOrphan.filePath!, pageOrphan.data.page!));
  const orphan = commentArchives.find((archive) => archive.data.page === undefined && !articleIds.has(archive.id));
  if (orphan) throw new Error(contentNl.archiveArticleMissing(orphan.filePath!, orphan.id));
  const archives = byId(commentArchives.filter((archive) => archive.data.page === undefined));
  const articles = allArticles.filter((article) => isVisible(article.data, { now, includeUnpublished })).sort(byDateDesc);
  const visiblePages = pages.filter((page) => isVisible(page.data, { now, includeUnpublished }));
  const graph = buildKnowledgeGraph({ articles, books, people, organisations, concepts, theses: sortedTheses, thesisTitle: ui.entities.theses.number });
  // A head start for the map's layout on its own thread; /kaart/graph.json waits for it (or shows its error).
  if (!import.meta.env.DEV) mapFile(graph).catch(() => {});
  const meta = new Map(
    articles.map((article) => [
      article.id,
      {
        readingMinutes: minutesOf(article),
        published: isPublished(article.data, now),
        archivedComments: archives.get(article.id)?.data.comments.length ?? 0,
      },
    ]),
  );
  const visibleIds = [...articles.map((article) => article.id), ...visiblePages.map((page) => `pages/${page.id}`)];
  const listingFingerprint = contentFingerprint(
    loaded
      .flat()
      .map((entry) =>
        entry.collection === 'articles' ? { collection: entry.collection, id: entry.id, data: [entry.data, meta.get(entry.id)?.readingMinutes] } : entry,
      ),
    visibleIds,
    siteConfig,
  );
  const keyFor = (shown: readonly Article[]) => contentFingerprint(shown, [listingFingerprint], null);
  const backlinks = entityBacklinks(articles);
  return {
    articles,
    meta,
    related: relatedArticles(articles, siteConfig.relatedCount),
    authors: byId(authors),
    people: byId(people),
    organisations: byId(organisations),
    books: byId(books),
    concepts: byId(concepts),
    thesisGroups: groupsById,
    theses: byId(sortedTheses),
    thesisByNumber: new Map(sortedTheses.map((thesis) => [thesis.data.number, thesis])),
    backlinks,
    thesisPositions: articlesByPosition(articles),
    graph,
    booksByAuthor: invertReferences(books, (book) => book.data.authors),
    thesesBySource: invertReferences(sortedTheses, (thesis) => [thesis.data.source]),
    articlesByAuthor: invertReferences(articles, (article) => [article.data.author]),
    commentArchives: archives,
    pageArchives: new Map(commentArchives.flatMap((archive) => (archive.data.page === undefined ? [] : [[archive.data.page, archive] as const]))),
    pages: byId(visiblePages),
    hasOldAddresses: [...articles, ...visiblePages].some((entry) => entry.data.aliases.length > 0),
    listingFingerprint,
    keyFor,
    entryKey: (collection, id) => keyFor(backlinks.get(entityKey(collection, id)) ?? []),
  };
}

let cached: Promise<Catalog> | undefined;
let inDev: { signature: string; catalog: Promise<Catalog> } | undefined;

/**
 * Memoised for a build. In `astro dev`, for as long as the content stays the same: a page asks
 * for the catalog from several components, and at 1,000 articles each computation took a
 * quarter of a second, five times a request.
 */
export async function getCatalog(): Promise<Catalog> {
  if (!import.meta.env.DEV) return (cached ??= loadCollections().then((loaded) => loadCatalog(loaded)));
  const loaded = await loadCollections();
  const problems = contentProblems();
  // Every entry's digest (Astro's hash of its file): an edit, a new file or a deleted one changes
  // it. And the minute: whether a scheduled article is published yet depends on the time.
  const signature = JSON.stringify([
    problems,
    new Date().toISOString().slice(0, 16),
    loaded.map((entries) => entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`)),
  ]);
  if (inDev?.signature !== signature) inDev = { signature, catalog: loadCatalog(loaded, problems) };
  return inDev.catalog;
}

/** An article's rendered prose with its references marked, as the MDX compile kept it; read once per build. */
function articleProse(article: Article): Promise<ProseBlock[]> {
  const key = versionOf(article);
  let prose = perArticle.prose.get(key);
  if (!prose) {
    // Loading the module compiles it if this process has not yet (astro dev), or anew after an edit.
    prose = render(article).then(() => {
      const blocks = article.filePath && compiledProse(article.filePath);
      if (!blocks)
        throw new Error(
          `${article.filePath ?? article.id}: its MDX compile kept no prose for backlinks (proseForContext in src/build/markdown-plugins.ts did not run in this process)`,
        );
      return blocks;
    });
    perArticle.prose.set(key, prose);
  }
  return prose;
}

/**
 * Where each article first mentions an entry (key from `entityKey()`): by name or alias, as a
 * `<Term>`, a `<Thesis>` or a link to its page; undefined for an article whose text never names it.
 */
export async function backlinkContexts(articles: readonly Article[], key: string): Promise<(MentionContext | undefined)[]> {
  const { graph, theses, thesisByNumber } = await getCatalog();
  const node = graph.nodes.get(key);
  if (!node) return articles.map(() => undefined);
  const thesis = node.kind === 'thesis' ? theses.get(key.slice('theses/'.length)) : undefined;
  const find = mentionContextFinder(
    { key, names: [node.title, ...node.aliases, ...(thesis ? thesisNames(thesis.data.number) : [])] },
    {
      resolve: (ref, label) => {
        const byNumber = ref.startsWith('theses#') ? thesisByNumber.get(Number(ref.slice(7))) : undefined;
        const resolved = byNumber ? `theses/${byNumber.id}` : ref;
        const title = graph.nodes.get(resolved)?.title;
        return title === undefined ? undefined : { key: resolved, label: label || title };
      },
    },
  );
  return Promise.all(articles.map(async (article) => find(await articleProse(article))));
}
