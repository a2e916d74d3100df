/**
 * Blogger exports into the neutral model: the classic Atom backup ("Back up content":
 * kind#post, kind#page, kind#comment, app:draft, thr:in-reply-to) and the newer Takeout
 * feed.atom (blogger:type, blogger:status, blogger:filename, blogger:parent, blogger:trashed).
 */
import { ui } from '../i18n/nl.ts';
import { emptySite, type ExportFormat, type SourceAuthor, type SourceComment, type SourceItem, type SourceSite } from './model.ts';
import { percentDecode, plainText } from './text.ts';
import { attribute, listOf, textOf, type XmlNode } from './xml.ts';

const KIND_SCHEME = 'http://schemas.google.com/g/2005#kind';
const LABEL_SCHEME = 'http://www.blogger.com/atom/ns#';

const field = (node: XmlNode, name: string) => textOf(node[name]).trim();

/** The wall-clock time as written ("2010-11-29T12:35:44.027-08:00" → 12:35 on the 29th), in the UTC fields. */
function date(value: string): Date | undefined {
  const wallClock = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?/.exec(value.trim());
  if (!wallClock) return undefined;
  const parsed = new Date(`${wallClock[1]}T${wallClock[2] ?? '00:00'}Z`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** "tag:blogger.com,1999:blog-123.post-456" → "456"; the Takeout format uses the same ids. */
function localId(id: string): string {
  return /\.(?:post|page|comment)-([\w-]+)$/.exec(id.trim())?.[1] ?? id.trim();
}

function kindOf(entry: XmlNode, format: ExportFormat): string | undefined {
  if (format === 'blogger-takeout') return field(entry, 'blogger:type').toLowerCase() || undefined;
  const term = listOf(entry.category).find((category) => attribute(category, 'scheme') === KIND_SCHEME)?.['@term'];
  return typeof term === 'string' ? /kind#(\w+)$/.exec(term)?.[1] : undefined;
}

function alternateLink(entry: XmlNode): string | undefined {
  return listOf(entry.link).find((link) => attribute(link, 'rel') === 'alternate')?.['@href'] as string | undefined;
}

function author(entry: XmlNode): SourceAuthor | undefined {
  const node = listOf(entry.author)[0];
  if (!node) return undefined;
  const name = plainText(textOf(node.name));
  const uri = field(node, 'uri');
  // Blogger's anonymous commenters, its placeholder profile ("Unknown", for a deleted account)
  // and their Dutch forms have no name worth keeping: the site calls them "Anoniem".
  if (!name || /^(anonymous|unknown|anoniem|onbekend)$/i.test(name) || field(node, 'blogger:type') === 'ANONYMOUS') return undefined;
  return { key: uri || name, name, url: /^https?:\/\//.test(uri) ? uri : undefined };
}

/** Reads one or more parsed Blogger files of the same blog (either format). */
export function readBlogger(files: { file: string; root: XmlNode; format: ExportFormat }[]): SourceSite {
  const site = emptySite(
    'blogger',
    files[0]!.format,
    files.map(({ file }) => file),
  );
  const authors = new Map<string, SourceAuthor>();
  const items = new Map<string, SourceItem>();
  const comments: { postId: string; comment: SourceComment; file: string }[] = [];

  for (const { file, root, format: fileFormat } of files) {
    const feed = root.feed as XmlNode | undefined;
    if (!feed) continue;
    site.title ??= plainText(textOf(feed.title)) || undefined;
    const home = alternateLink(feed);
    if (home) site.url ??= home.replace(/\/+$/, '');
    for (const entry of listOf(feed.entry)) {
      const kind = kindOf(entry, fileFormat);
      if (kind === 'comment') {
        const read = readComment(entry, fileFormat);
        const id = localId(field(entry, 'id'));
        if (read) comments.push({ ...read, file });
        else site.droppedComments.push({ label: `reactie ${id}`, reason: ui.import.notes.commentWithoutPost(id, '?') });
      } else if (kind !== 'post' && kind !== 'page') {
        site.otherItems.push({ label: `${kind ?? '?'} ${localId(field(entry, 'id'))}`, reason: ui.import.notes.otherType(kind ?? '') });
      } else {
        const item = readEntry(file, entry, kind, fileFormat, site.url);
        const entryAuthor = author(entry);
        if (entryAuthor) {
          authors.set(entryAuthor.key, entryAuthor);
          item.authorKey = entryAuthor.key;
        }
        items.set(item.id, item);
        for (const label of item.tags) {
          if (site.url) {
            const urls = site.taxonomyUrls.get(label) ?? [];
            const url = `${site.url}/search/label/${encodeURIComponent(label)}`;
            if (!urls.includes(url)) site.taxonomyUrls.set(label, [...urls, url]);
          }
        }
      }
    }
  }
  for (const { postId, comment, file } of comments) {
    const item = items.get(postId);
    if (item) item.comments.push(comment);
    else {
      site.notes.push(`${file}: ${ui.import.notes.commentWithoutPost(comment.id, postId)}`);
      site.droppedComments.push({ label: `reactie ${comment.id}`, reason: ui.import.notes.commentWithoutPost(comment.id, postId) });
    }
  }
  site.authors = [...authors.values()];
  site.items = [...items.values()];
  return site;
}

function readEntry(file: string, entry: XmlNode, kind: 'post' | 'page', format: ExportFormat, siteUrl: string | undefined): SourceItem {
  const notes: string[] = [];
  const trashed = format === 'blogger-takeout' && field(entry, 'blogger:trashed') !== '';
  const draft =
    format === 'blogger-takeout'
      ? field(entry, 'blogger:status').toUpperCase() !== 'LIVE'
      : field((entry['app:control'] as XmlNode | undefined) ?? {}, 'app:draft').toLowerCase() === 'yes';
  const filename = format === 'blogger-takeout' ? field(entry, 'blogger:filename') : '';
  const link = alternateLink(entry) ?? (filename && siteUrl ? `${siteUrl}${filename}` : undefined);
  const path = link ? new URL(link, 'https://blogger.invalid').pathname : filename;
  const rawTitle = textOf(entry.title);
  const title = plainText(rawTitle);
  if (rawTitle.trim() !== title && /&[#\w]+;/.test(rawTitle)) notes.push(ui.import.notes.entitiesDecoded);
  const labels = listOf(entry.category)
    .filter((category) => (format === 'blogger-takeout' ? attribute(category, 'scheme') !== KIND_SCHEME : attribute(category, 'scheme') === LABEL_SCHEME))
    .map((category) => plainText(attribute(category, 'term') ?? ''))
    .filter(Boolean);
  const published = date(field(entry, 'published'));
  const updated = date(field(entry, 'updated'));
  return {
    platform: 'blogger',
    file,
    id: localId(field(entry, 'id')),
    kind,
    title,
    slug: percentDecode(/\/([^/]+?)(?:\.html)?$/.exec(path)?.[1] ?? ''),
    content: textOf(entry.content),
    contentFormat: 'html',
    metaDescription: plainText(field(entry, 'blogger:metaDescription')) || undefined,
    published,
    modified: updated && published && updated.getTime() - published.getTime() > 60_000 ? updated : undefined,
    status: trashed ? 'trash' : draft ? 'draft' : 'publish',
    passwordProtected: false,
    tags: labels,
    categories: [],
    oldUrls: link && !draft ? [link] : [],
    comments: [],
    notes,
  };
}

function readComment(entry: XmlNode, format: ExportFormat): { postId: string; comment: SourceComment } | undefined {
  const id = localId(field(entry, 'id'));
  let postId: string | undefined;
  let parentId: string | undefined;
  let live = true;
  if (format === 'blogger-takeout') {
    postId = localId(field(entry, 'blogger:parent'));
    parentId = field(entry, 'blogger:inReplyTo') ? localId(field(entry, 'blogger:inReplyTo')) : undefined;
    live = field(entry, 'blogger:status').toUpperCase() === 'LIVE' && field(entry, 'blogger:trashed') === '';
  } else {
    const inReplyTo = entry['thr:in-reply-to'];
    postId = localId(attribute(inReplyTo, 'ref') ?? '');
    // A reply to a comment links to it as "related" (…/comments/default/<id>).
    const related = listOf(entry.link).find((link) => attribute(link, 'rel') === 'related')?.['@href'] as string | undefined;
    parentId = related ? /\/comments\/default\/(\d+)/.exec(related)?.[1] : undefined;
  }
  if (!postId) return undefined;
  const commenter = author(entry);
  return {
    postId,
    comment: {
      id,
      parentId,
      author: commenter?.name ?? '',
      authorUrl: commenter?.url,
      date: date(field(entry, 'published')),
      html: textOf(entry.content),
      status: live ? 'approved' : 'trash',
      kind: 'comment',
      anchor: `c${id}`,
    },
  };
}
