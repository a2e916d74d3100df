/**
 * The rules that map an item from an export onto Gesprek's content: status, slug, title,
 * description, tags, type, old addresses and the comment thread. Pure functions; the
 * importer (importer.ts) does the reading and writing around them.
 */
import { ARTICLE_TYPES, type ArticleType } from '../lib/article-types.ts';
import { commentText, sanitizeCommentHtml } from '../lib/comment-html.ts';
import { sentences } from '../lib/mentions.ts';
import { slugify } from '../lib/slug.ts';
import { ui } from '../i18n/nl.ts';
import type { SourceComment, SourceItem, SourceSite } from './model.ts';
import { plainText } from './text.ts';

export interface TypeRule {
  /** Which of the item's terms to look at: WordPress categories or tags, Blogger labels. */
  kind: 'category' | 'tag' | 'label';
  name: string;
  type: ArticleType;
}

/** Parses `category:boeken=review` (the --type flag). */
export function parseTypeRule(value: string): TypeRule {
  const match = /^(category|tag|label):(.+)=([\w-]+)$/.exec(value.trim());
  if (!match) throw new Error(`--type ${value}: write it as category:NAME=TYPE, tag:NAME=TYPE or label:NAME=TYPE`);
  const type = match[3] as ArticleType;
  if (!ARTICLE_TYPES.includes(type)) throw new Error(`--type ${value}: ${type} is not one of ${ARTICLE_TYPES.join(', ')}`);
  return { kind: match[1] as TypeRule['kind'], name: match[2]!.trim(), type };
}

export type Outcome = { write: true; draft: boolean; pubDate: Date; note?: string } | { write: false; reason: string };

/**
 * publish → published; draft, pending, private → draft; future → scheduled (a draft when its
 * date passed without being published); trash and password-protected → not written.
 */
export function outcomeOf(item: SourceItem, now: Date): Outcome {
  if (item.status === 'trash') return { write: false, reason: ui.import.notes.trash };
  if (item.passwordProtected) return { write: false, reason: ui.import.notes.password };
  const date = item.published ?? item.modified;
  const pubDate = date ?? now;
  const undated = date ? undefined : ui.import.notes.undated;
  if (item.status === 'publish') return { write: true, draft: false, pubDate, note: undated };
  if (item.status === 'future') {
    if (pubDate.getTime() > now.getTime()) return { write: true, draft: false, pubDate, note: ui.import.notes.scheduled };
    return { write: true, draft: true, pubDate, note: ui.import.notes.scheduleMissed };
  }
  return { write: true, draft: true, pubDate, note: undated };
}

/** Slugs the site's own routes use at the top level: a page may not take one. */
export const RESERVED_PAGE_SLUGS = new Set([
  'artikelen',
  'boekbesprekingen',
  'stellingen',
  'cases',
  'opinie',
  'tags',
  'archief',
  'boeken',
  'personen',
  'organisaties',
  'begrippen',
  'theses',
  'zoeken',
  'auteurs',
  'og',
  'pagefind',
  'giscus',
  'kaart',
  '_astro',
]);

/** The old slug (percent-decoded, transliterated), else one from the title, else from the id; unique among `taken`. */
export function slugFor(item: SourceItem, title: string, taken: ReadonlySet<string>): { slug: string; note?: string } {
  let base = slugify(item.slug) || slugify(title) || `${item.kind === 'page' ? 'pagina' : 'bericht'}-${slugify(item.id)}`;
  if (item.kind === 'page' && RESERVED_PAGE_SLUGS.has(base)) base = `${base}-pagina`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  if (slug !== base) return { slug, note: ui.import.notes.slugTaken(base, slug) };
  if (!item.slug) return { slug, note: ui.import.notes.noSlug };
  return { slug };
}

/** The title, or one made from the first words of the text, or "Zonder titel (date)". */
export function titleFor(item: SourceItem, bodyText: string, pubDate: Date): { title: string; note?: string } {
  if (item.title) return { title: item.title };
  const words = bodyText.split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const title = words
      .slice(0, 8)
      .join(' ')
      .replace(/[.,;:!?]+$/, '');
    return { title: words.length > 8 ? `${title}…` : title, note: ui.import.notes.titleFromText };
  }
  return { title: ui.import.untitled(pubDate.toISOString().slice(0, 10)), note: ui.import.notes.noTitleNoText };
}

/** The manual excerpt, the SEO description, or the first sentence or two (at most about 200 characters). */
export function descriptionFor(item: SourceItem, bodyText: string, title: string): string {
  const given = item.excerpt || item.metaDescription;
  if (given) return given;
  let description = '';
  for (const sentence of sentences(bodyText)) {
    if (description && description.length + sentence.length > 200) break;
    description = description ? `${description} ${sentence}` : sentence;
    if (description.length >= 80) break;
  }
  if (description.length > 240) description = `${description.slice(0, 200).replace(/\s+\S*$/, '')}…`;
  return description || title;
}

/** Categories and tags (labels), lower case as the site writes them, without the default category. */
export function tagsFor(item: SourceItem, site: Pick<SourceSite, 'defaultCategories'>): string[] {
  const skip = new Set(site.defaultCategories.map((name) => name.toLowerCase()));
  const tags = [...item.categories, ...item.tags].map((tag) => tag.trim().toLowerCase()).filter((tag) => tag && !skip.has(tag));
  return [...new Set(tags)];
}

/** The first rule that matches one of the item's terms, else the default type. */
export function typeFor(item: SourceItem, rules: readonly TypeRule[], defaultType: ArticleType): ArticleType {
  const matches = (rule: TypeRule) => {
    const terms = rule.kind === 'category' ? item.categories : item.platform === 'blogger' || rule.kind === 'tag' ? item.tags : [];
    return terms.some((term) => term.toLowerCase() === rule.name.toLowerCase());
  };
  return rules.find(matches)?.type ?? defaultType;
}

export interface Subject {
  type: ArticleType;
  book?: string;
  organisation?: string;
  note?: string;
}

/**
 * A review needs the book it reviews and a case study its organisation: the one known entry of
 * that kind the text names. Without exactly one, the article falls back to a type the schema
 * accepts without it, and says so.
 */
export function subjectFor(type: ArticleType, mentioned: (collection: 'books' | 'organisations') => string[], defaultType: ArticleType): Subject {
  const fallback: ArticleType = defaultType === 'review' || defaultType === 'case-study' ? 'opinion' : defaultType;
  const needs = type === 'review' ? 'books' : type === 'case-study' ? 'organisations' : undefined;
  if (!needs) return { type };
  const ids = mentioned(needs);
  if (ids.length === 1) return needs === 'books' ? { type, book: ids[0] } : { type, organisation: ids[0] };
  return { type: fallback, note: ui.import.notes.typeFallback(type, needs === 'books', ids, fallback) };
}

/**
 * Old addresses as paths on the site's domain (path and query), e.g. /2010/04/bericht/ or /?p=12,
 * normalised as a browser would ask for them: repeated slashes collapsed (`//greek/` was one
 * page's permalink), percent-encoding in one form (upper-case hex, non-ASCII encoded).
 */
export function aliasesFor(urls: readonly string[]): string[] {
  const paths = urls.flatMap((url) => {
    try {
      const parsed = new URL(url);
      const path = `${canonicalPath(parsed.pathname.replace(/\/{2,}/g, '/'))}${parsed.search}`;
      return path === '/' ? [] : [path];
    } catch {
      return [];
    }
  });
  return [...new Set(paths)];
}

/** Escapes in upper case, and what a URL may not hold as it is (spaces, non-ASCII) escaped; nothing escaped twice. */
function canonicalPath(path: string): string {
  const upper = path.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  return Array.from(upper, (char) => (/[\w\-.~!$&'()*+,;=:@/%]/.test(char) ? char : encodeURIComponent(char))).join('');
}

export interface CommentOptions {
  pingbacks: boolean;
  initials: boolean;
  urls: boolean;
}

export interface ArchivedComment {
  id: string;
  anchor: string;
  author: string;
  url?: string;
  date: Date;
  parent?: string;
  body: string;
}

/** "Jan van der Berg" → "J.v.d.B." */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part.charAt(0)}.`)
    .join('');
}

/**
 * Approved, human comments (pingbacks and trackbacks only when asked), threaded by parent;
 * a reply whose parent is missing joins the thread at the top. Never e-mail or IP addresses:
 * the model does not carry them, and bodies and names lose any written into them.
 */
/** Blogger's placeholder for a deleted comment, in English and Dutch. */
const REMOVED_COMMENT =
  /^(This comment has been removed by (the author|a blog administrator)|Deze reactie is verwijderd door (de auteur|een blogbeheerder))\.?$/i;

export function archiveComments(
  comments: readonly SourceComment[],
  fallbackDate: Date,
  options: CommentOptions,
  /** What the importer does to a comment's HTML before it is sanitised (players to links, old links to new pages). */
  prepare: (html: string) => string = (html) => html,
): { comments: ArchivedComment[]; notes: string[]; dropped: { id: string; reason: string }[] } {
  const notes: string[] = [];
  // What Blogger leaves where a comment was deleted says nothing: not archived, but counted.
  const removed = comments.filter((comment) => REMOVED_COMMENT.test(plainText(comment.html)));
  if (removed.length > 0) notes.push(ui.import.notes.commentsDeleted(removed.length));
  const kept = comments.filter((comment) => comment.status === 'approved' && (comment.kind === 'comment' || options.pingbacks) && !removed.includes(comment));
  const ids = new Set(kept.map((comment) => comment.id));
  const archived = kept.map((comment): ArchivedComment => {
    const name = commentText(comment.author) || ui.import.anonymous;
    let parent = comment.parentId;
    if (parent && !ids.has(parent)) {
      notes.push(ui.import.notes.commentOrphan(comment.id, parent));
      parent = undefined;
    }
    const url = options.urls && comment.authorUrl && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(comment.authorUrl) ? comment.authorUrl : undefined;
    return {
      id: comment.id,
      anchor: comment.anchor,
      author: options.initials ? initials(name) : name,
      ...(url ? { url } : {}),
      date: comment.date ?? fallbackDate,
      ...(parent ? { parent } : {}),
      body: sanitizeCommentHtml(prepare(comment.html)),
    };
  });
  const why = ui.import.notes.commentDropped;
  // Not kept: deleted, not approved (pending, spam, trash), or else a pingback or trackback.
  const dropped = comments
    .filter((comment) => !kept.includes(comment))
    .map((comment) => ({
      id: comment.id,
      reason: removed.includes(comment) ? why.removed : comment.status === 'approved' ? why.pingback : why[comment.status],
    }));
  const skipped = dropped.length - removed.length;
  if (skipped > 0) notes.push(ui.import.notes.commentsSkipped(skipped, options.pingbacks));
  return { comments: archived.sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id, 'en', { numeric: true })), notes, dropped };
}
