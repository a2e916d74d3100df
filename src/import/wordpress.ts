/**
 * WordPress eXtended RSS (WXR) into the neutral model. Covers self-hosted and WordPress.com
 * exports (both namespace variants, with or without CDATA) and several files of one site.
 */
import { autop } from '@wordpress/autop';
import { ui } from '../i18n/nl.ts';
import { emptySite, type SourceAuthor, type SourceComment, type SourceImage, type SourceItem, type SourceSite, type SourceStatus } from './model.ts';
import { percentDecode, plainText } from './text.ts';
import { attribute, listOf, textOf, type XmlNode } from './xml.ts';

const STATUSES = new Set<SourceStatus>(['publish', 'draft', 'pending', 'private', 'future', 'trash']);
/** Names WordPress gives its default category (term 1) in English, Dutch, French, German and Spanish installs. */
const DEFAULT_CATEGORY_NAMES = ['uncategorized', 'geen categorie', 'ongecategoriseerd', 'niet gecategoriseerd', 'non classé', 'allgemein', 'sin categoría'];

const field = (node: XmlNode, name: string) => textOf(node[name]).trim();

/**
 * WordPress stores dates as "Y-m-d H:i:s"; drafts carry 0000-00-00 and the RSS date 1970.
 * Dates in the model hold the blog's wall-clock time in their UTC fields: the site shows
 * calendar days, and a post written on the 5th in Amsterdam stays on the 5th.
 */
export function wordpressDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || match[1] === '0000') return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1971 ? undefined : date;
}

function rssDate(value: string): Date | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1971 ? undefined : date;
}

function meta(item: XmlNode): Map<string, string> {
  return new Map(listOf(item['wp:postmeta']).map((entry) => [field(entry, 'wp:meta_key'), textOf(entry['wp:meta_value'])]));
}

/** An address as the export wrote it, made absolute against the old site when it is a path; '' when it is none. */
function absoluteUrl(url: string, base: string): string {
  if (!url) return '';
  try {
    return new URL(url, `${base}/`).href;
  } catch {
    return '';
  }
}

/** An attachment's own page (/2010/04/post/foto/), not the file itself nor its ?p= form. */
const isAttachmentPage = (link: string) => Boolean(link) && !/[?&](p|attachment_id)=/.test(link) && !/\.\w{2,4}$/.test(new URL(link).pathname);

/** Every value of a meta key that may repeat (WordPress keeps one `_wp_old_slug` per rename). */
function metaValues(item: XmlNode, key: string): string[] {
  return listOf(item['wp:postmeta'])
    .filter((entry) => field(entry, 'wp:meta_key') === key)
    .map((entry) => textOf(entry['wp:meta_value']).trim())
    .filter(Boolean);
}

/**
 * The addresses a post had before it was renamed: its permalink with each old slug in place of
 * the current one (WordPress itself redirects these). None when the permalink has no slug.
 */
function oldSlugUrls(link: string, slug: string, oldSlugs: readonly string[]): string[] {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return [];
  }
  const parts = url.pathname.split('/');
  const last = parts.findLastIndex(Boolean);
  if (last < 0 || percentDecode(parts[last]!) !== percentDecode(slug)) return [];
  return oldSlugs.map((old) => {
    const renamed = [...parts];
    renamed[last] = old;
    return new URL(`${url.origin}${renamed.join('/')}${url.search}`).href;
  });
}

function comment(node: XmlNode): SourceComment {
  const id = field(node, 'wp:comment_id');
  const approved = field(node, 'wp:comment_approved');
  const type = field(node, 'wp:comment_type');
  const parent = field(node, 'wp:comment_parent');
  return {
    id,
    parentId: parent && parent !== '0' ? parent : undefined,
    author: plainText(textOf(node['wp:comment_author'])),
    authorUrl: field(node, 'wp:comment_author_url') || undefined,
    date: wordpressDate(field(node, 'wp:comment_date')) ?? wordpressDate(field(node, 'wp:comment_date_gmt')),
    // Stored as typed, like posts: paragraphs are blank lines until autop.
    html: autop(textOf(node['wp:comment_content'])),
    status: approved === '1' ? 'approved' : approved === 'spam' ? 'spam' : approved === 'trash' ? 'trash' : 'pending',
    kind: type === 'pingback' || type === 'trackback' ? type : 'comment',
    anchor: `comment-${id}`,
  };
}

/** The old site's address, without a trailing slash. */
function siteUrl(channel: XmlNode): string | undefined {
  const url = field(channel, 'wp:base_blog_url') || field(channel, 'link');
  return url ? url.replace(/\/+$/, '') : undefined;
}

/** Reads one or more parsed WXR files of the same site. */
export function readWordPress(files: { file: string; root: XmlNode }[]): SourceSite {
  const site = emptySite(
    'wordpress',
    'wxr',
    files.map(({ file }) => file),
  );
  const authors = new Map<string, SourceAuthor>();
  const seenItems = new Set<string>();
  const defaults = new Set<string>();
  for (const { file, root } of files) {
    const channel = (root.rss as XmlNode | undefined)?.channel as XmlNode | undefined;
    if (!channel) continue;
    site.title ??= plainText(textOf(channel.title)) || undefined;
    site.language ??= field(channel, 'language') || undefined;
    site.url ??= siteUrl(channel);
    const base = siteUrl(channel) ?? '';
    for (const author of listOf(channel['wp:author'])) {
      const login = field(author, 'wp:author_login');
      if (!login || authors.has(login.toLowerCase())) continue;
      authors.set(login.toLowerCase(), { key: login.toLowerCase(), name: plainText(textOf(author['wp:author_display_name'])) || login });
    }
    const term = (domain: string, name: string, slug: string, isDefault = false) => addTerm(site, defaults, base, { domain, name, slug, isDefault });
    for (const category of listOf(channel['wp:category'])) {
      term('category', plainText(textOf(category['wp:cat_name'])), field(category, 'wp:category_nicename'), field(category, 'wp:term_id') === '1');
    }
    for (const tag of listOf(channel['wp:tag'])) term('post_tag', plainText(textOf(tag['wp:tag_name'])), field(tag, 'wp:tag_slug'));
    for (const item of listOf(channel.item)) {
      const type = field(item, 'wp:post_type');
      const id = field(item, 'wp:post_id');
      if (type === 'attachment') {
        const url = field(item, 'wp:attachment_url') || field(item, 'guid');
        const parent = field(item, 'wp:post_parent');
        if (url)
          site.attachments.set(id, {
            url,
            alt: meta(item).get('_wp_attachment_image_alt')?.trim() || undefined,
            // WordPress keeps an image's caption as the attachment's excerpt.
            caption: plainText(textOf(item['excerpt:encoded'])) || undefined,
            parentId: parent !== '0' ? parent : undefined,
            // Its attachment page, by id and by permalink: old links to it land on its post.
            pageUrls: [`${base}/?attachment_id=${id}`, ...[absoluteUrl(field(item, 'link'), base)].filter(isAttachmentPage)],
          });
        site.otherItems.push({ label: `${type} ${id}`, reason: ui.import.notes.attachment });
        continue;
      }
      if (type !== 'post' && type !== 'page') {
        site.otherItems.push({ label: `${type || '?'} ${id}`, reason: ui.import.notes.otherType(type) }); // menus, blocks, templates, custom types
        continue;
      }
      // Split exports can repeat an item at a file boundary.
      if (seenItems.has(`${type}:${id}`)) {
        site.otherItems.push({ label: `${type} ${id}`, reason: ui.import.notes.repeated });
        continue;
      }
      seenItems.add(`${type}:${id}`);
      site.items.push(readItem(file, item, type, base));
      // A "posts only" export lists no categories or tags in the channel: the items name them.
      for (const category of listOf(item.category)) {
        term(attribute(category, 'domain') ?? '', plainText(textOf(category)), attribute(category, 'nicename') ?? '');
      }
    }
  }
  site.authors = [...authors.values()];
  site.defaultCategories = [...defaults];
  return site;
}

/**
 * A category or tag of the blog, from the channel or from an item: its old archive page
 * (/category/slug/, /tag/slug/) will redirect to the tag page, unless it is the default category.
 */
function addTerm(site: SourceSite, defaults: Set<string>, base: string, term: { domain: string; name: string; slug: string; isDefault: boolean }) {
  const { domain, name, slug } = term;
  if (domain === 'category' && (term.isDefault || DEFAULT_CATEGORY_NAMES.includes(name.toLowerCase()))) defaults.add(name);
  const archive = domain === 'category' ? 'category' : domain === 'post_tag' ? 'tag' : undefined;
  if (archive && name && slug && !defaults.has(name)) addTaxonomyUrl(site, name, `${base}/${archive}/${slug}/`);
}

function addTaxonomyUrl(site: SourceSite, name: string, url: string) {
  const urls = site.taxonomyUrls.get(name) ?? [];
  if (!urls.includes(url)) urls.push(url);
  site.taxonomyUrls.set(name, urls);
}

function readItem(file: string, item: XmlNode, kind: 'post' | 'page', base: string): SourceItem {
  const notes: string[] = [];
  const id = field(item, 'wp:post_id');
  const rawTitle = textOf(item.title);
  const title = plainText(rawTitle);
  if (rawTitle.trim() !== title && /&[#\w]+;/.test(rawTitle)) notes.push(ui.import.notes.entitiesDecoded);
  const status = field(item, 'wp:status') as SourceStatus;
  const postMeta = meta(item);
  const published = wordpressDate(field(item, 'wp:post_date')) ?? wordpressDate(field(item, 'wp:post_date_gmt')) ?? rssDate(field(item, 'pubDate'));
  const modified = wordpressDate(field(item, 'wp:post_modified')) ?? wordpressDate(field(item, 'wp:post_modified_gmt'));
  const categories = listOf(item.category);
  // Some exports give the permalink as a path (/blog/post.html): it is the old site's.
  const link = absoluteUrl(field(item, 'link'), base);
  const oldUrls = new Set<string>();
  if (link && !/[?&](p|page_id|attachment_id)=/.test(link)) {
    oldUrls.add(link);
    for (const url of oldSlugUrls(link, field(item, 'wp:post_name'), metaValues(item, '_wp_old_slug'))) oldUrls.add(url);
  }
  if (id) oldUrls.add(`${base}/?${kind === 'page' ? 'page_id' : 'p'}=${id}`);
  const thumbnail = postMeta.get('_thumbnail_id')?.trim();
  return {
    platform: 'wordpress',
    file,
    id,
    kind,
    title,
    slug: percentDecode(field(item, 'wp:post_name')),
    content: textOf(item['content:encoded']),
    contentFormat: 'wordpress',
    excerpt: plainText(textOf(item['excerpt:encoded'])) || undefined,
    metaDescription: plainText(postMeta.get('_yoast_wpseo_metadesc') ?? postMeta.get('_aioseo_description') ?? '') || undefined,
    published,
    modified,
    status: STATUSES.has(status) ? status : 'draft',
    passwordProtected: field(item, 'wp:post_password') !== '',
    authorKey: field(item, 'dc:creator').toLowerCase() || undefined,
    tags: categories.filter((category) => attribute(category, 'domain') === 'post_tag').map((category) => plainText(textOf(category))),
    categories: categories.filter((category) => attribute(category, 'domain') === 'category').map((category) => plainText(textOf(category))),
    oldUrls: [...oldUrls],
    featuredImage: thumbnail ? ({ url: `attachment:${thumbnail}` } satisfies SourceImage) : undefined,
    comments: listOf(item['wp:comment']).map(comment),
    notes: STATUSES.has(status) ? notes : [...notes, ui.import.notes.unknownStatus(status)],
  };
}
