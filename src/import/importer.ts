/**
 * The import, end to end: exports read into one model (read.ts), then three steps, each one
 * function: plan which items are written and where (`planItems`), convert each planned item
 * (convert.ts), and stage and commit the files (write.ts), moved into content/ only when the
 * whole run is done.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { knowledgeEntries } from '../build/content-files/knowledge-names.ts';
import { ui } from '../i18n/nl.ts';
import { mentionFinder } from '../lib/mentions.ts';
import { routes } from '../lib/paths.ts';
import { convertItem, type Planned } from './convert.ts';
import { readExisting, sourceKey, type ExistingContent } from './existing.ts';
import { mediaFetcher } from './media.ts';
import type { SourceItem, SourceSite } from './model.ts';
import { aliasesFor, outcomeOf, slugFor, titleFor } from './plan.ts';
import { emptyReport, skip, tally, type ImportReport } from './report.ts';
import type { ImportOptions, ImportRun } from './run.ts';
import { plainText } from './text.ts';
import { commit, stage } from './write.ts';

export { findExportFiles, readExports } from './read.ts';
export { checksumOf } from './existing.ts';
export type { ImportOptions } from './run.ts';
export type { ImportReport, Progress, ReportItem } from './report.ts';

/** Runs the import; writes nothing when `dryRun`. Returns the report. */
export async function runImport(site: SourceSite, options: ImportOptions): Promise<ImportReport> {
  const existing = readExisting(options.contentDir);
  const report = emptyReport(site, options.dryRun);
  for (const { label, reason } of site.otherItems) tally(report, 'otherItems', label, reason);
  for (const { label, reason } of site.droppedComments) tally(report, 'comments', label, reason);
  const { planned, rewriteLink } = planItems(site, existing, options.now, report);
  const run: ImportRun = {
    site,
    options,
    existing,
    report,
    files: new Map(),
    rewriteLink,
    findMentions: mentionFinder(knowledgeEntries(options.contentDir)),
    media: mediaFetcher(options.media),
    unknownShortcodes: new Set(),
    authorsByKey: new Map(site.authors.map((author) => [author.key, author])),
    attachmentPages: attachmentPagesByParent(site),
    usedAuthors: new Map(),
    usedTags: new Set(),
    progress: { items: 0, of: planned.length, comments: 0, images: 0 },
  };
  for (const plan of planned) await convertItem(plan, run);
  addAuthors(run);
  addTaxonomyRedirects(run);
  report.unknownShortcodes = [...run.unknownShortcodes].sort();
  if (report.unknownShortcodes.length > 0) report.notes.push(ui.import.notes.unknownShortcodes(report.unknownShortcodes.map((name) => `[${name}]`).join(', ')));
  if (!options.dryRun) {
    stage(run.files, options.stagingDir);
    report.written = commit(options.stagingDir, options.contentDir);
  }
  return report;
}

/**
 * Which items are written, under which slug and at which new address; the rest are skipped with
 * the reason. Planned before anything converts, so links between posts can point at new addresses.
 */
function planItems(site: SourceSite, existing: ExistingContent, now: Date, report: ImportReport) {
  const planned: Planned[] = [];
  const newAddress = new Map<string, string>();
  const oldHost = site.url ? new URL(site.url).host.replace(/^www\./, '') : undefined;
  /** An old link as path and query, when it points into the old blog. */
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
    const plan = planItem(item, site, existing, now);
    if ('skipped' in plan) {
      skip(report, item, plan.skipped, plan.notes);
      continue;
    }
    planned.push(plan);
    for (const url of item.oldUrls) {
      const key = linkKey(url);
      if (key !== undefined) newAddress.set(key, plan.address);
    }
  }
  const rewriteLink = (url: string) => {
    const key = linkKey(url);
    return (key !== undefined && newAddress.get(key)) || url;
  };
  return { planned, rewriteLink };
}

function planItem(item: SourceItem, site: SourceSite, existing: ExistingContent, now: Date): Planned | { skipped: string; notes?: string[] } {
  const outcome = outcomeOf(item, now);
  if (!outcome.write) return { skipped: outcome.reason };
  const earlier = existing.bySource.get(sourceKey(site.platform, site.url, item.id)) ?? existing.bySource.get(sourceKey(site.platform, undefined, item.id));
  const notes = outcome.note ? [outcome.note, ...item.notes] : [...item.notes];
  const bodyText = plainText(item.content.replace(/\[[^\]]*\]/g, ' '));
  const { title, note: titleNote } = titleFor(item, bodyText, outcome.pubDate);
  if (titleNote) notes.push(titleNote);
  if (!item.title && !bodyText) return { skipped: ui.import.notes.noTitleNoText, notes };
  const taken = item.kind === 'page' ? existing.takenPages : existing.takenArticles;
  let slug = earlier?.slug;
  if (!slug) {
    const chosen = slugFor(item, title, taken);
    slug = chosen.slug;
    if (chosen.note) notes.push(chosen.note);
  }
  taken.add(slug);
  const address = item.kind === 'page' ? routes.page(slug) : routes.article(slug);
  return { item, slug, address, title, draft: outcome.draft, pubDate: outcome.pubDate, existing: earlier, notes };
}

function attachmentPagesByParent(site: SourceSite): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const { parentId, pageUrls = [] } of site.attachments.values()) {
    if (parentId) pages.set(parentId, [...(pages.get(parentId) ?? []), ...pageUrls]);
  }
  return pages;
}

/** An author file for each author of a written item that content/ does not have yet. */
function addAuthors({ usedAuthors, existing, files, report }: ImportRun): void {
  for (const [id, author] of usedAuthors) {
    if (existing.authors.has(id)) continue;
    files.set(join('authors', `${id}.yaml`), stringifyYaml({ name: author.name, ...(author.url ? { url: author.url } : {}) }));
    report.counts.authors++;
  }
}

/** Old tag, category and label pages → the tag pages that now exist, added to content/redirects.yaml. */
function addTaxonomyRedirects({ site, options, usedTags, files, report }: ImportRun): void {
  const path = join(options.contentDir, 'redirects.yaml');
  const redirects = existsSync(path) ? ((parseYaml(readFileSync(path, 'utf8')) as { from: string; to: string }[] | null) ?? []) : [];
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
}
