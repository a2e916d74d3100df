/**
 * Step three of an import, once per planned item: its content rendered to HTML, its images
 * fetched and placed beside it, the HTML converted to MDX, the frontmatter mapped, the file
 * compiled with the site's MDX compiler, and the result (with the item's comment archive)
 * added to the files to write, or the item skipped with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { ui } from '../i18n/nl.ts';
import { frontmatterOf, isoDay } from '../lib/dates.ts';
import { LANGUAGE_TAG } from '../lib/language.ts';
import type { Mention } from '../lib/mentions.ts';
import { slugify } from '../lib/slug.ts';
import { untouched, withChecksum, type Existing } from './existing.ts';
import { commentHtml, htmlToMdx } from './html-to-mdx.ts';
import { localFileName } from './media.ts';
import type { SourceImage, SourceItem } from './model.ts';
import { aliasesFor, archiveComments, descriptionFor, RESERVED_PAGE_SLUGS, subjectFor, tagsFor, typeFor } from './plan.ts';
import { commentLabel, itemLabel, skip, tally, type Reconciled, type ReportItem } from './report.ts';
import type { ImportRun } from './run.ts';
import { schemaProblems } from './schemas.ts';
import { paragraphText, plainText } from './text.ts';
import { wordpressToHtml } from './wordpress-content.ts';

/** An item the plan writes, and where. */
export interface Planned {
  item: SourceItem;
  slug: string;
  /** The new address: /artikelen/<slug>/ or, for a page, /<slug>/. */
  address: string;
  title: string;
  draft: boolean;
  pubDate: Date;
  existing?: Existing | undefined;
  notes: string[];
}

interface PlacedImages {
  /** Original URL → the file's path relative to the MDX file. */
  placed: Map<string, string>;
  missing: { url: string; reason: string }[];
  featured: SourceImage | undefined;
}

export async function convertItem(plan: Planned, run: ImportRun): Promise<void> {
  const { item, notes } = plan;
  const { site } = run;
  // What the item holds, for the reconciliation: counted once the item is written or refused.
  const met: { kind: Reconciled; what: string; reason?: string | undefined }[] = [];
  const count = (kind: Reconciled, what: string, reason?: string) => met.push({ kind, what, reason });
  const html =
    item.contentFormat === 'wordpress'
      ? wordpressToHtml(item.content, {
          attachments: site.attachments,
          postId: item.id,
          unknownShortcodes: run.unknownShortcodes,
          postUrl: permalinkOf(item),
          notes,
          count,
        })
      : item.content;
  const resolve = resolverFor(permalinkOf(item) ?? (site.url && `${site.url}/`));
  const images = await placeImages(plan, html, resolve, run);
  for (const url of images.placed.keys()) count('images', url);
  for (const { url, reason } of images.missing) count('images', url, reason);
  const conversionNotes: string[] = [];
  const body = htmlToMdx(html, { imageSource: (url) => images.placed.get(url), rewriteLink: run.rewriteLink, resolve, notes: conversionNotes, count });
  notes.push(...new Set(conversionNotes));
  const mentions = run.findMentions(`${plan.title}. ${plainText(html)}`);
  const { frontmatter, aliases, tags, type, author } = frontmatterFor(plan, html, images, mentions, run);
  const permalink = permalinkOf(item);
  const text = withChecksum((checksum) => {
    const source = { platform: site.platform, ...(site.url ? { site: site.url } : {}), id: item.id, ...(permalink ? { url: permalink } : {}), checksum };
    return `---\n${stringifyYaml({ ...frontmatter, aliases, source }, { lineWidth: 0 }).trim()}\n---\n\n${body}\n`;
  });

  const reportItem: ReportItem = {
    id: item.id,
    kind: item.kind,
    title: plan.title,
    file: item.file,
    slug: plan.slug,
    result: 'new',
    draft: plan.draft,
    ...(item.kind === 'post' ? { type } : {}),
    notes,
    comments: 0,
    images: { copied: images.placed.size, missing: images.missing },
    aliases,
    mentions,
  };
  const refused =
    compileError(text) ?? schemaError(item.kind === 'page' ? 'pages' : 'articles', parseYaml(frontmatterOf(text))) ?? writeItem(plan, text, reportItem, run);
  for (const { kind, what, reason } of met) tally(run.report, kind, `${itemLabel(item)}: ${what}`, refused ? ui.import.notes.itemSkipped : reason);
  if (refused) {
    // Its images go with it.
    for (const path of [...run.files.keys()].filter((path) => path.startsWith(join(folderOf(item), plan.slug, '')))) run.files.delete(path);
    skip(run.report, item, refused, notes);
    return;
  }
  // Only the authors of what is written get an author page.
  if (author) run.usedAuthors.set(author.id, author.author);
  archiveItemComments(plan, reportItem, resolve, run);
  if (item.kind === 'post' && !plan.draft) for (const tag of tags) run.usedTags.add(tag);
  record(plan, reportItem, run);
}

const folderOf = (item: SourceItem) => (item.kind === 'page' ? 'pages' : 'articles');
/** The item's address on the old site, not its `?p=` form. */
const permalinkOf = (item: SourceItem) => item.oldUrls.find((url) => !/[?&](p|page_id)=/.test(url));

/**
 * Addresses in imported HTML made absolute against the item's old address: `/2015/08/foto.jpg`
 * and `foto.jpg` were the old site's, not the new one's. Fragments, queries on their own and
 * other schemes stay as they are; `//host/…` gets https.
 */
export function resolverFor(base: string | undefined): (url: string) => string {
  return (url) => {
    const trimmed = url.trim();
    if (trimmed.startsWith('//')) return `https:${trimmed}`;
    if (!base || !trimmed || /^([a-z][a-z\d+.-]*:|#|\?)/i.test(trimmed)) return url;
    try {
      return new URL(trimmed, base).href;
    } catch {
      return url;
    }
  };
}

/**
 * The images the HTML and the featured image name, fetched (or found) and placed next to the
 * file. A first conversion only gathers their addresses; the second refers to them where placed.
 */
async function placeImages(plan: Planned, html: string, resolve: (url: string) => string, run: ImportRun): Promise<PlacedImages> {
  const { item, slug } = plan;
  const wanted = new Set<string>();
  htmlToMdx(html, { imageSource: (url) => (wanted.add(url), `./${url}`), rewriteLink: run.rewriteLink, resolve, notes: [] });
  const featured = item.featuredImage?.url.startsWith('attachment:')
    ? run.site.attachments.get(item.featuredImage.url.slice('attachment:'.length))
    : item.featuredImage;
  if (featured) wanted.add(featured.url);
  const placed = new Map<string, string>();
  const missing: { url: string; reason: string }[] = [];
  const names = new Set<string>();
  for (const url of wanted) {
    const result = await run.media.get(url);
    if ('missing' in result) {
      missing.push({ url, reason: result.missing });
      continue;
    }
    const name = localFileName(url, result.extension, names);
    names.add(name);
    placed.set(url, `./${slug}/${name}`);
    const path = join(folderOf(item), slug, name);
    const current = join(run.options.contentDir, path);
    if (!existsSync(current) || !Buffer.from(result.bytes).equals(readFileSync(current))) run.files.set(path, result.bytes);
    run.progress.images++;
  }
  return { placed, missing, featured };
}

/** The item's frontmatter (without aliases and source), mapped by the rules in plan.ts; notes go to the plan. */
function frontmatterFor(plan: Planned, html: string, images: PlacedImages, mentions: Mention[], run: ImportRun) {
  const { item, notes } = plan;
  const { options, site } = run;
  const mentioned = (collection: Mention['collection']) => mentions.filter((mention) => mention.collection === collection).map((mention) => mention.id);
  const tags = tagsFor(item, site);
  if (item.kind === 'post' && tags.length === 0) {
    tags.push(options.defaultTag);
    notes.push(ui.import.notes.defaultTag(options.defaultTag));
  }
  const { type, book, organisation, note: typeNote } = subjectFor(typeFor(item, options.typeRules, options.defaultType), mentioned, options.defaultType);
  if (typeNote) notes.push(typeNote);
  const author = item.authorKey ? run.authorsByKey.get(item.authorKey) : undefined;
  const authorId = author ? slugify(author.name) : undefined;
  const writtenBy = author && authorId ? { id: authorId, author } : undefined;
  const aliases = aliasesFor([...item.oldUrls, ...(run.attachmentPages.get(item.id) ?? [])]).filter((alias) => {
    // The site's own addresses: everything under its top-level routes, and each page's address
    // (a child page's /ouder/kind/ is free: only /ouder/ is the parent's).
    const segments = alias.split('?')[0]!.split('/').filter(Boolean);
    const first = segments[0] ?? '';
    const clash = alias !== plan.address && (RESERVED_PAGE_SLUGS.has(first) || (segments.length === 1 && run.existing.takenPages.has(first)));
    if (clash) notes.push(ui.import.notes.aliasClash(alias));
    return !clash;
  });
  const description = descriptionFor(item, paragraphText(html), plan.title);
  // A blog in another language keeps it, so screen readers read it right; Dutch needs no tag.
  const lang = site.language && LANGUAGE_TAG.test(site.language) && !/^nl\b/i.test(site.language) ? { lang: site.language } : {};
  const { featured, placed } = images;
  const cover = featured && placed.get(featured.url) ? { src: placed.get(featured.url)!, alt: featured.alt || plan.title } : undefined;
  if (featured && !featured.alt && cover) notes.push(ui.import.notes.coverNoAlt);
  if (item.kind === 'page') {
    // Pages keep their publishing state like articles: a draft, or scheduled for its date.
    const scheduled = !plan.draft && plan.pubDate.getTime() > options.now.getTime();
    const frontmatter = {
      title: plan.title,
      description,
      ...lang,
      ...(plan.draft ? { draft: true } : {}),
      ...(scheduled ? { pubDate: isoDay(plan.pubDate) } : {}),
    };
    return { frontmatter, aliases, tags, type, author: writtenBy };
  }

  const references = options.link
    ? {
        people: mentioned('people'),
        concepts: mentioned('concepts'),
        theses: mentioned('theses'),
        books: mentioned('books').filter((id) => id !== book),
        organisations: mentioned('organisations').filter((id) => id !== organisation),
      }
    : {};
  const frontmatter = {
    title: plan.title,
    description,
    pubDate: isoDay(plan.pubDate),
    ...(item.modified && isoDay(item.modified) > isoDay(plan.pubDate) ? { updatedDate: isoDay(item.modified) } : {}),
    type,
    ...lang,
    tags,
    ...(authorId ? { author: authorId } : {}),
    ...(plan.draft ? { draft: true } : {}),
    ...(cover ? { cover } : {}),
    ...(book ? { book } : {}),
    ...(organisation ? { organisation } : {}),
    ...Object.fromEntries(Object.entries(references).filter(([, ids]) => ids.length > 0)),
  };
  return { frontmatter, aliases, tags, type, author: writtenBy };
}

/** Why the site's own schema refuses what is about to be written, or undefined: a file that passes builds. */
function schemaError(collection: 'articles' | 'pages' | 'commentArchives', data: unknown): string | undefined {
  const problems = schemaProblems(collection, data);
  return problems.length > 0 ? ui.import.notes.schema(problems.join('; ')) : undefined;
}

/** Why the site's own MDX compiler refuses the file, or undefined: a file that passes here builds. */
function compileError(text: string): string | undefined {
  try {
    mdxToJs(text, { features: { gfm: true, frontmatter: true } });
    return undefined;
  } catch (error) {
    return ui.import.notes.doesNotCompile((error as Error).message.split('\n')[0]!);
  }
}

/** Adds the file to those to write, unless an earlier import's file was edited since; returns why not. */
function writeItem(plan: Planned, text: string, reportItem: ReportItem, run: ImportRun): string | undefined {
  const { existing } = plan;
  if (!existing) {
    run.files.set(join(folderOf(plan.item), `${plan.slug}.mdx`), text);
    return undefined;
  }
  if (existing.text === text) reportItem.result = 'unchanged';
  else if (untouched(existing.text) || run.options.force) {
    reportItem.result = 'updated';
    run.files.set(relative(run.options.contentDir, existing.path), text);
  } else return ui.import.notes.edited(relative(run.options.contentDir, existing.path));
  return undefined;
}

/** The earlier conversation under a post or page, as data next to the content. */
function archiveItemComments(plan: Planned, reportItem: ReportItem, resolve: (url: string) => string, run: ImportRun): void {
  const { site, options, report } = run;
  const archived = archiveComments(plan.item.comments, plan.pubDate, options.comments, (html) => commentHtml(html, { rewriteLink: run.rewriteLink, resolve }));
  plan.notes.push(...archived.notes);
  for (const { id, reason } of archived.dropped) tally(report, 'comments', commentLabel(id, plan.item), reason);
  // A page's conversation names its page, and its file name cannot meet an article's.
  const page = plan.item.kind === 'page';
  const path = join('comments', `${page ? `pagina-${plan.slug}` : plan.slug}.yaml`);
  const archive = withChecksum((checksum) =>
    stringifyYaml(
      {
        platform: site.platform,
        ...(page ? { page: plan.slug } : {}),
        checksum,
        comments: archived.comments.map((comment) => ({ ...comment, date: comment.date.toISOString() })),
      },
      { lineWidth: 0 },
    ),
  );
  const refused = archived.comments.length > 0 ? schemaError('commentArchives', parseYaml(archive)) : undefined;
  for (const comment of archived.comments) tally(report, 'comments', commentLabel(comment.id, plan.item), refused);
  if (archived.comments.length === 0 || refused) return;
  const current = existsSync(join(options.contentDir, path)) ? readFileSync(join(options.contentDir, path), 'utf8') : undefined;
  if (current && current !== archive && !untouched(current) && !options.force) {
    plan.notes.push(ui.import.notes.edited(path));
  } else if (current !== archive) run.files.set(path, archive);
  reportItem.comments = archived.comments.length;
  report.counts.comments += archived.comments.length;
  run.progress.comments += archived.comments.length;
}

/** The item in the report's counts and the progress. */
function record(plan: Planned, reportItem: ReportItem, run: ImportRun): void {
  const { report, options } = run;
  report.items.push(reportItem);
  tally(report, plan.item.kind === 'page' ? 'pages' : 'posts', itemLabel(plan.item));
  if (plan.item.kind === 'page') report.counts.pages++;
  else report.counts.posts++;
  if (plan.draft || plan.pubDate.getTime() > options.now.getTime()) report.counts.drafts++;
  report.counts.imagesCopied += reportItem.images.copied;
  report.counts.imagesMissing += reportItem.images.missing.length;
  if (!plan.draft) report.counts.redirects += reportItem.aliases.length;
  run.progress.items++;
  options.onProgress?.({ ...run.progress });
}
