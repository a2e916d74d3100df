/** The options of an import and the state one run carries from item to item. */
import type { ArticleType } from '../lib/article-types.ts';
import type { Mention } from '../lib/mentions.ts';
import type { ExistingContent } from './existing.ts';
import type { mediaFetcher, MediaOptions } from './media.ts';
import type { SourceAuthor, SourceSite } from './model.ts';
import type { CommentOptions, TypeRule } from './plan.ts';
import type { ImportReport, Progress } from './report.ts';
import type { ContentFiles } from './write.ts';

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

export interface ImportRun {
  site: SourceSite;
  options: ImportOptions;
  existing: ExistingContent;
  report: ImportReport;
  /** What the run will write, by path relative to content/. */
  files: ContentFiles;
  /** An old link to a post of this blog → its new address; any other link as it is. */
  rewriteLink: (url: string) => string;
  findMentions: (text: string) => Mention[];
  media: ReturnType<typeof mediaFetcher>;
  unknownShortcodes: Set<string>;
  authorsByKey: Map<string, SourceAuthor>;
  /** Item id → the old addresses of its attachment pages (WordPress), which redirect to the item. */
  attachmentPages: Map<string, string[]>;
  /** Authors of written items, by their new id. */
  usedAuthors: Map<string, SourceAuthor>;
  /** Tags of published posts: old tag and category pages redirect to these. */
  usedTags: Set<string>;
  progress: Progress;
}
