/**
 * The import, end to end: exports read into one model, every item mapped onto Gesprek's
 * content (articles, pages, authors, comment archives, images, redirects), each generated MDX
 * file compiled before it is accepted, and everything written through a staging folder that
 * is moved into content/ only when the whole run is done.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { ArticleType } from '../lib/article-types.ts';
import { frontmatterOf, isoDay } from '../lib/dates.ts';
import { knowledgeEntries } from '../build/content-files/knowledge-names.ts';
import { mentionFinder, type Mention } from '../lib/mentions.ts';
import { routes } from '../lib/paths.ts';
import { slugify, slugOfFile } from '../lib/slug.ts';
import { readBlogger } from './blogger.ts';
import { htmlToMdx } from './html-to-mdx.ts';
import { localFileName, mediaFetcher, type MediaOptions } from './media.ts';
import { ExportError, type SourceItem, type SourceSite } from './model.ts';
import {
  RESERVED_PAGE_SLUGS,
  aliasesFor,
  archiveComments,
  descriptionFor,
  outcomeOf,
  paragraphText,
  slugFor,
  subjectFor,
  tagsFor,
  titleFor,
  typeFor,
  type CommentOptions,
  type TypeRule,
} from './plan.ts';
import { plainText, readWordPress } from './wordpress.ts';
import { wordpressToHtml } from './wordpress-content.ts';
import { decodeXml, detectFormat, parseXml, type XmlNode } from './xml.ts';

export interface ImportOptions {
  contentDir: string;
  /** Where partial work waits until the run is complete; created and removed by the import. */
  stagingDir: string;
  typeRules: TypeRule[];
  defaultType: ArticleType;
  /** The tag a post without categories or tags gets (the site needs at least one). */
  defaultTag: string;
  /** Write the entries an article mentions into its references. */
  link: boolean;
  /** Overwrite files edited since an earlier import. */
  force: boolean;
  dryRun: boolean;
  comments: CommentOptions;
  media: MediaOptions;
  now: Date;
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  items: number;
  of: number;
  comments: number;
  images: number;
}

export interface ReportItem {
  id: string;
  kind: 'post' | 'page';
  title: string;
  file: string;
  slug?: string;
  result: 'new' | 'updated' | 'unchanged' | 'skipped';
  draft?: boolean;
  type?: ArticleType;
  reason?: string;
  notes: string[];
  comments: number;
  images: { copied: number; missing: { url: string; reason: string }[] };
  aliases: string[];
  mentions: Mention[];
}

export interface ImportReport {
  source: { platform: string; format: string; files: string[]; site?: string; url?: string };
  dryRun: boolean;
  counts: {
    posts: number;
    pages: number;
    drafts: number;
    skipped: number;
    comments: number;
    imagesCopied: number;
    imagesMissing: number;
    redirects: number;
    authors: number;
  };
  items: ReportItem[];
  unknownShortcodes: string[];
  notes: string[];
  written: string[];
}

/** The export files among `paths` (folders are searched); anything unreadable is an ExportError naming it. */
export function findExportFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new ExportError(path, 'no such file or folder');
    if (statSync(path).isFile()) {
      files.push(path);
      continue;
    }
    // In a folder (a Takeout download, a set of split WXR files), exports are told by content.
    const inFolder = readdirSync(path, { recursive: true, encoding: 'utf8' })
      .map((file) => join(path, file))
      .filter((file) => statSync(file).isFile() && statSync(file).size > 0 && looksLikeExport(file))
      .sort();
    if (inFolder.length === 0) throw new ExportError(path, 'holds no WordPress or Blogger export');
    files.push(...inFolder);
  }
  return files;
}

/** Reads the first 20 KB only: a Takeout folder is mostly images. */
function looksLikeExport(file: string): boolean {
  const head = Buffer.alloc(20_000);
  const descriptor = openSync(file, 'r');
  try {
    return detectFormat(head.toString('utf8', 0, readSync(descriptor, head, 0, head.length, 0))) !== undefined;
  } finally {
    closeSync(descriptor);
  }
}

/** Reads exports of one blog into the model. */
export function readExports(files: readonly string[]): SourceSite {
  const parsed = files.map((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new ExportError(file, `cannot be read: ${(error as Error).message}`);
    }
    const { text, repairs } = decodeXml(bytes);
    const format = detectFormat(text);
    if (!format) throw new ExportError(file, 'is not a WordPress (WXR) or Blogger export: no WXR channel or Blogger feed found in it');
    return { file, format, root: parseXml(file, text) as XmlNode, repairs };
  });
  const platforms = new Set(parsed.map(({ format }) => (format === 'wxr' ? 'wordpress' : 'blogger')));
  if (platforms.size > 1) throw new ExportError(files.join(', '), 'mixes WordPress and Blogger exports: import one blog at a time');
  const site = platforms.has('wordpress') ? readWordPress(parsed) : readBlogger(parsed);
  for (const { file, repairs } of parsed) site.notes.push(...repairs.map((repair) => `${file}: ${repair}`));
  return site;
}

const CHECKSUM_LINE = /^(\s*checksum: ).*$/m;

/** A checksum of a generated file, computed with its own checksum field empty. */
export function checksumOf(text: string): string {
  return createHash('sha256').update(text.replace(CHECKSUM_LINE, "$1''")).digest('hex').slice(0, 16);
}

/** True when the file is exactly as the importer wrote it. */
function untouched(text: string): boolean {
  const recorded = CHECKSUM_LINE.exec(text)?.[0]
    .replace(/^\s*checksum:\s*/, '')
    .replace(/['"]/g, '');
  return recorded !== undefined && recorded === checksumOf(text);
}

function withChecksum(build: (checksum: string) => string): string {
  return build(checksumOf(build('')));
}

interface Existing {
  path: string;
  slug: string;
  text: string;
}

function readFolder(dir: string, pattern: RegExp): Existing[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => ({ path: join(dir, file), slug: slugOfFile(file), text: readFileSync(join(dir, file), 'utf8') }));
}

function yamlOf(text: string, isMdx: boolean): Record<string, unknown> {
  try {
    const data = parseYaml(isMdx ? frontmatterOf(text) : text) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

interface Planned {
  item: SourceItem;
  slug: string;
  /** The new address: /artikelen/<slug>/ or, for a page, /<slug>/. */
  address: string;
  title: string;
  draft: boolean;
  pubDate: Date;
  existing?: Existing;
  notes: string[];
}

/** Runs the import; writes nothing when `dryRun`. Returns the report. */
export async function runImport(site: SourceSite, options: ImportOptions): Promise<ImportReport> {
  const { contentDir } = options;
  const existingArticles = readFolder(join(contentDir, 'articles'), /\.mdx$/);
  const existingPages = readFolder(join(contentDir, 'pages'), /\.mdx$/);
  const bySource = new Map<string, Existing>();
  for (const entry of [...existingArticles, ...existingPages]) {
    const source = yamlOf(entry.text, true).source as { platform?: string; id?: string } | undefined;
    if (source?.platform && source.id) bySource.set(`${source.platform}:${source.id}`, entry);
  }
  const takenArticles = new Set(existingArticles.map((entry) => entry.slug));
  const takenPages = new Set(existingPages.map((entry) => entry.slug));
  const existingAuthors = new Set(readFolder(join(contentDir, 'authors'), /\.ya?ml$/).map((entry) => entry.slug));
  const findMentions = mentionFinder(knowledgeEntries(contentDir));

  const report: ImportReport = {
    source: { platform: site.platform, format: site.format, files: site.files, site: site.title, url: site.url },
    dryRun: options.dryRun,
    counts: { posts: 0, pages: 0, drafts: 0, skipped: 0, comments: 0, imagesCopied: 0, imagesMissing: 0, redirects: 0, authors: 0 },
    items: [],
    unknownShortcodes: [],
    notes: [...site.notes],
    written: [],
  };
  const skip = (item: SourceItem, reason: string, notes: string[] = []) => {
    report.counts.skipped++;
    report.items.push({
      id: item.id,
      kind: item.kind,
      title: item.title,
      file: item.file,
      result: 'skipped',
      reason,
      notes,
      comments: 0,
      images: { copied: 0, missing: [] },
      aliases: [],
      mentions: [],
    });
  };

  // First pass: what is written, and where, so links between posts can point at new addresses.
  const planned: Planned[] = [];
  const linkMap = new Map<string, string>();
  const oldHost = site.url ? new URL(site.url).host.replace(/^www\./, '') : undefined;
  const linkKey = (url: string): string | undefined => {
    try {
      const parsed = new URL(url, site.url ?? 'https://old.invalid');
      if (oldHost && parsed.host.replace(/^www\./, '') !== oldHost) return undefined;
      return `${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
    } catch {
      return undefined;
    }
  };
  for (const item of site.items) {
    const outcome = outcomeOf(item, options.now);
    if (!outcome.write) {
      skip(item, outcome.reason);
      continue;
    }
    const existing = bySource.get(`${site.platform}:${item.id}`);
    const notes = outcome.note ? [outcome.note, ...item.notes] : [...item.notes];
    const bodyText = plainText(item.content.replace(/\[[^\]]*\]/g, ' '));
    const { title, note: titleNote } = titleFor(item, bodyText, outcome.pubDate);
    if (titleNote) notes.push(titleNote);
    if (!item.title && !bodyText) {
      skip(item, 'no title and no text', notes);
      continue;
    }
    const taken = item.kind === 'page' ? takenPages : takenArticles;
    let slug: string;
    if (existing) slug = existing.slug;
    else {
      const chosen = slugFor(item, title, taken);
      slug = chosen.slug;
      if (chosen.note) notes.push(chosen.note);
    }
    taken.add(slug);
    const address = item.kind === 'page' ? routes.page(slug) : routes.article(slug);
    planned.push({ item, slug, address, title, draft: outcome.draft, pubDate: outcome.pubDate, existing, notes });
    for (const url of item.oldUrls) {
      const key = linkKey(url);
      if (key !== undefined) linkMap.set(key, address);
    }
  }
  const rewriteLink = (url: string) => {
    const key = linkKey(url);
    return (key !== undefined && linkMap.get(key)) || url;
  };

  // Second pass: convert, fetch images, compile, stage.
  const files = new Map<string, string | Uint8Array>();
  const media = mediaFetcher(options.media);
  const unknownShortcodes = new Set<string>();
  const usedAuthors = new Map<string, { name: string; url?: string }>();
  const usedTags = new Set<string>();
  let progress: Progress = { items: 0, of: planned.length, comments: 0, images: 0 };
  const authorsByKey = new Map(site.authors.map((author) => [author.key, author]));

  for (const plan of planned) {
    const { item, slug, notes } = plan;
    const folder = item.kind === 'page' ? 'pages' : 'articles';
    const html =
      item.contentFormat === 'wordpress' ? wordpressToHtml(item.content, { attachments: site.attachments, postId: item.id, unknownShortcodes }) : item.content;
    // Images: a first conversion only gathers their addresses; they are fetched, placed next to
    // the file, and the second conversion refers to them there.
    const wanted = new Set<string>();
    htmlToMdx(html, { imageSource: (url) => (wanted.add(url), `./${url}`), rewriteLink, notes: [] });
    const featured = item.featuredImage?.url.startsWith('attachment:')
      ? site.attachments.get(item.featuredImage.url.slice('attachment:'.length))
      : item.featuredImage;
    if (featured) wanted.add(featured.url);
    const placed = new Map<string, string>();
    const missing: { url: string; reason: string }[] = [];
    const names = new Set<string>();
    for (const url of wanted) {
      const result = await media.get(url);
      if ('missing' in result) {
        missing.push({ url, reason: result.missing });
        continue;
      }
      const name = localFileName(url, result.extension, names);
      names.add(name);
      placed.set(url, `./${slug}/${name}`);
      const path = join(folder, slug, name);
      const current = join(contentDir, path);
      if (!existsSync(current) || !Buffer.from(result.bytes).equals(readFileSync(current))) files.set(path, result.bytes);
      progress = { ...progress, images: progress.images + 1 };
    }
    const conversionNotes: string[] = [];
    const body = htmlToMdx(html, { imageSource: (url) => placed.get(url), rewriteLink, notes: conversionNotes });
    notes.push(...new Set(conversionNotes));

    const mentions = findMentions(`${plan.title}. ${plainText(html)}`);
    const mentioned = (collection: Mention['collection']) => mentions.filter((mention) => mention.collection === collection).map((mention) => mention.id);
    const tags = tagsFor(item, site);
    if (item.kind === 'post' && tags.length === 0) {
      tags.push(options.defaultTag);
      notes.push(`no categories or tags: tagged "${options.defaultTag}"`);
    }
    const { type, book, organisation, note: typeNote } = subjectFor(typeFor(item, options.typeRules, options.defaultType), mentioned, options.defaultType);
    if (typeNote) notes.push(typeNote);
    const author = item.authorKey ? authorsByKey.get(item.authorKey) : undefined;
    const authorId = author ? slugify(author.name) : undefined;
    if (author && authorId) usedAuthors.set(authorId, author);
    const aliases = aliasesFor(item.oldUrls).filter((alias) => {
      const first = alias.split(/[/?]/)[1] ?? '';
      const clash = alias !== plan.address && (RESERVED_PAGE_SLUGS.has(first) || takenPages.has(first));
      if (clash) notes.push(`old address ${alias} is an address of this site: not redirected`);
      return !clash;
    });
    const description = descriptionFor(item, paragraphText(html), plan.title);
    const cover = featured && placed.get(featured.url) ? { src: placed.get(featured.url)!, alt: featured.alt || plan.title } : undefined;
    if (featured && !featured.alt && cover) notes.push('the cover image has no alt text: the title is used');
    const references = options.link
      ? {
          people: mentioned('people'),
          concepts: mentioned('concepts'),
          theses: mentioned('theses'),
          books: mentioned('books').filter((id) => id !== book),
          organisations: mentioned('organisations').filter((id) => id !== organisation),
        }
      : {};
    const permalink = item.oldUrls.find((url) => !/[?&](p|page_id)=/.test(url));

    const text = withChecksum((checksum) => {
      const frontmatter: Record<string, unknown> =
        item.kind === 'page'
          ? { title: plan.title, description }
          : {
              title: plan.title,
              description,
              pubDate: isoDay(plan.pubDate),
              ...(item.modified && isoDay(item.modified) > isoDay(plan.pubDate) ? { updatedDate: isoDay(item.modified) } : {}),
              type,
              tags,
              ...(authorId ? { author: authorId } : {}),
              ...(plan.draft ? { draft: true } : {}),
              ...(cover ? { cover } : {}),
              ...(book ? { book } : {}),
              ...(organisation ? { organisation } : {}),
              ...Object.fromEntries(Object.entries(references).filter(([, ids]) => ids.length > 0)),
            };
      frontmatter.aliases = aliases;
      frontmatter.source = { platform: site.platform, id: item.id, ...(permalink ? { url: permalink } : {}), checksum };
      return `---\n${stringifyYaml(frontmatter, { lineWidth: 0 }).trim()}\n---\n\n${body}\n`;
    });
    const dropImages = () => {
      for (const [path] of [...files].filter(([path]) => path.startsWith(join(folder, slug, '')))) files.delete(path);
    };
    try {
      // The site's own MDX compiler: a file that passes here builds.
      mdxToJs(text, { features: { gfm: true, frontmatter: true } });
    } catch (error) {
      dropImages();
      skip(item, `the converted MDX does not compile: ${(error as Error).message.split('\n')[0]}`, notes);
      continue;
    }

    const reportItem: ReportItem = {
      id: item.id,
      kind: item.kind,
      title: plan.title,
      file: item.file,
      slug,
      result: 'new',
      draft: plan.draft,
      ...(item.kind === 'post' ? { type } : {}),
      notes,
      comments: 0,
      images: { copied: placed.size, missing },
      aliases,
      mentions,
    };
    if (plan.existing) {
      if (plan.existing.text === text) reportItem.result = 'unchanged';
      else if (untouched(plan.existing.text) || options.force) {
        reportItem.result = 'updated';
        files.set(relative(contentDir, plan.existing.path), text);
      } else {
        dropImages();
        skip(item, `${relative(contentDir, plan.existing.path)} was edited since it was imported: left as it is (--force overwrites it)`, notes);
        continue;
      }
    } else files.set(join(folder, `${slug}.mdx`), text);

    // The earlier conversation, as data next to the content.
    if (item.kind === 'post') {
      const archived = archiveComments(item.comments, plan.pubDate, options.comments);
      notes.push(...archived.notes);
      if (archived.comments.length > 0) {
        const path = join('comments', `${slug}.yaml`);
        const existingArchive = existsSync(join(contentDir, path)) ? readFileSync(join(contentDir, path), 'utf8') : undefined;
        const archive = withChecksum((checksum) =>
          stringifyYaml(
            { platform: site.platform, checksum, comments: archived.comments.map((comment) => ({ ...comment, date: comment.date.toISOString() })) },
            { lineWidth: 0 },
          ),
        );
        if (existingArchive && existingArchive !== archive && !untouched(existingArchive) && !options.force) {
          notes.push(`${path} was edited since it was imported: left as it is (--force overwrites it)`);
        } else if (existingArchive !== archive) files.set(path, archive);
        reportItem.comments = archived.comments.length;
        report.counts.comments += archived.comments.length;
        progress = { ...progress, comments: progress.comments + archived.comments.length };
      }
    }
    if (item.kind === 'post' && !plan.draft) for (const tag of tags) usedTags.add(tag);
    report.items.push(reportItem);
    if (item.kind === 'page') report.counts.pages++;
    else report.counts.posts++;
    if (plan.draft || plan.pubDate.getTime() > options.now.getTime()) report.counts.drafts++;
    report.counts.imagesCopied += placed.size;
    report.counts.imagesMissing += missing.length;
    if (!plan.draft) report.counts.redirects += aliases.length;
    progress = { ...progress, items: progress.items + 1 };
    options.onProgress?.(progress);
  }

  for (const [id, author] of usedAuthors) {
    if (existingAuthors.has(id)) continue;
    files.set(join('authors', `${id}.yaml`), stringifyYaml({ name: author.name, ...(author.url ? { url: author.url } : {}) }));
    report.counts.authors++;
  }

  // Old tag, category and label pages → the tag pages that now exist.
  const redirectsPath = join(contentDir, 'redirects.yaml');
  const redirects = existsSync(redirectsPath) ? ((parseYaml(readFileSync(redirectsPath, 'utf8')) as { from: string; to: string }[] | null) ?? []) : [];
  const known = new Set(redirects.map((redirect) => redirect.from));
  let added = 0;
  for (const [name, urls] of site.taxonomyUrls) {
    const tag = name.trim().toLowerCase();
    if (!usedTags.has(tag)) continue;
    for (const from of aliasesFor(urls)) {
      if (known.has(from)) continue;
      known.add(from);
      redirects.push({ from, to: routes.tag(tag) });
      added++;
    }
  }
  if (added > 0) files.set('redirects.yaml', stringifyYaml(redirects));
  report.counts.redirects += added;
  report.unknownShortcodes = [...unknownShortcodes].sort();
  if (report.unknownShortcodes.length > 0)
    report.notes.push(`shortcodes not understood, kept as text: ${report.unknownShortcodes.map((name) => `[${name}]`).join(', ')}`);

  if (!options.dryRun) {
    stage(files, options.stagingDir);
    report.written = commit(options.stagingDir, contentDir);
  }
  return report;
}

/** Writes every file into the staging folder first. */
function stage(files: Map<string, string | Uint8Array>, stagingDir: string) {
  rmSync(stagingDir, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(stagingDir, path)), { recursive: true });
    writeFileSync(join(stagingDir, path), content);
  }
}

/** Moves staged files into content/ (rename where possible, copy across file systems). */
function commit(stagingDir: string, contentDir: string): string[] {
  if (!existsSync(stagingDir)) return [];
  const moved: string[] = [];
  for (const path of readdirSync(stagingDir, { recursive: true, encoding: 'utf8' })) {
    const from = join(stagingDir, path);
    if (!statSync(from).isFile()) continue;
    const to = join(contentDir, path);
    mkdirSync(dirname(to), { recursive: true });
    try {
      renameSync(from, to);
    } catch {
      copyFileSync(from, to);
      unlinkSync(from);
    }
    moved.push(path);
  }
  rmSync(stagingDir, { recursive: true, force: true });
  return moved.sort();
}
