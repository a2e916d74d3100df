/** The import report: what was found, written and skipped, item by item, with the reasons. */
import type { ArticleType } from '../lib/article-types.ts';
import type { Mention } from '../lib/mentions.ts';
import { ui } from '../i18n/nl.ts';
import type { SourceItem, SourceSite } from './model.ts';

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

/** What the reconciliation counts: every item, comment, image, player, gallery and shortcode met in the export. */
export const RECONCILED = ['posts', 'pages', 'otherItems', 'comments', 'images', 'embeds', 'galleries', 'shortcodes'] as const;
export type Reconciled = (typeof RECONCILED)[number];

/** found = written + skipped, for every kind: nothing is lost without a word. */
export interface Tally {
  found: number;
  written: number;
  skipped: { item: string; reason: string }[];
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
  reconciliation: Record<Reconciled, Tally>;
  unknownShortcodes: string[];
  notes: string[];
  written: string[];
}

export function emptyReport(site: SourceSite, dryRun: boolean): ImportReport {
  return {
    source: { platform: site.platform, format: site.format, files: site.files, site: site.title, url: site.url },
    dryRun,
    counts: { posts: 0, pages: 0, drafts: 0, skipped: 0, comments: 0, imagesCopied: 0, imagesMissing: 0, redirects: 0, authors: 0 },
    items: [],
    reconciliation: Object.fromEntries(RECONCILED.map((kind) => [kind, { found: 0, written: 0, skipped: [] }])) as unknown as Record<Reconciled, Tally>,
    unknownShortcodes: [],
    notes: [...site.notes],
    written: [],
  };
}

/** Counts one thing met in the export: written, or skipped with the reason. */
export function tally(report: ImportReport, kind: Reconciled, item: string, reason?: string): void {
  const count = report.reconciliation[kind];
  count.found++;
  if (reason === undefined) count.written++;
  else count.skipped.push({ item, reason });
}

/** How the report names an item: "bericht 107 “Geheim”". */
export const itemLabel = (item: Pick<SourceItem, 'kind' | 'id' | 'title'>) => `${item.kind === 'page' ? 'pagina' : 'bericht'} ${item.id} “${item.title}”`;

/** How the report names a comment: "reactie 206 (bericht 101 “…”)". */
export const commentLabel = (id: string, item: Pick<SourceItem, 'kind' | 'id' | 'title'>) => `reactie ${id} (${itemLabel(item)})`;

/** Records an item that is not written, with the reason. */
export function skip(report: ImportReport, item: SourceItem, reason: string, notes: string[] = []): void {
  report.counts.skipped++;
  tally(report, item.kind === 'page' ? 'pages' : 'posts', itemLabel(item), reason);
  for (const comment of item.comments) tally(report, 'comments', commentLabel(comment.id, item), ui.import.notes.itemSkipped);
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
}
