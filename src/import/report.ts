/** The import report: what was found, written and skipped, item by item, with the reasons. */
import type { ArticleType } from '../lib/article-types.ts';
import type { Mention } from '../lib/mentions.ts';
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

export function emptyReport(site: SourceSite, dryRun: boolean): ImportReport {
  return {
    source: { platform: site.platform, format: site.format, files: site.files, site: site.title, url: site.url },
    dryRun,
    counts: { posts: 0, pages: 0, drafts: 0, skipped: 0, comments: 0, imagesCopied: 0, imagesMissing: 0, redirects: 0, authors: 0 },
    items: [],
    unknownShortcodes: [],
    notes: [...site.notes],
    written: [],
  };
}

/** Records an item that is not written, with the reason. */
export function skip(report: ImportReport, item: SourceItem, reason: string, notes: string[] = []): void {
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
}
