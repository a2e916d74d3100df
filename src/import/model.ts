/**
 * The neutral shape every export is read into: WordPress (WXR) and both Blogger formats give
 * the same `SourceSite`, so mapping to Gesprek's content knows nothing of the source format.
 */
export type Platform = 'wordpress' | 'blogger';
export type ExportFormat = 'wxr' | 'blogger-classic' | 'blogger-takeout';

/** What became of an item in the source: the importer maps it to published, draft or skipped. */
export type SourceStatus = 'publish' | 'draft' | 'pending' | 'private' | 'future' | 'trash';

export interface SourceAuthor {
  /** The key items use: a WordPress login or a Blogger profile URL / name. */
  key: string;
  name: string;
  /** A public profile or home page; never an e-mail address. */
  url?: string;
}

export interface SourceComment {
  id: string;
  /** The comment it answers, if any (it may be missing from the export). */
  parentId?: string;
  author: string;
  authorUrl?: string;
  date?: Date;
  /** As in the export: hostile until sanitised. */
  html: string;
  status: 'approved' | 'pending' | 'spam' | 'trash';
  kind: 'comment' | 'pingback' | 'trackback';
  /** The fragment old links used: `comment-123` (WordPress) or `c123` (Blogger). */
  anchor: string;
}

export interface SourceImage {
  url: string;
  alt?: string;
}

export interface SourceItem {
  platform: Platform;
  /** The export file it came from. */
  file: string;
  id: string;
  kind: 'post' | 'page';
  /** Entities decoded, tags stripped; may be empty. */
  title: string;
  /** The old slug, percent-decoded; may be empty. */
  slug: string;
  /** The body as stored: WordPress's raw post_content or Blogger's HTML. */
  content: string;
  /** WordPress content still needs autop, shortcodes and blocks; Blogger content is HTML. */
  contentFormat: 'wordpress' | 'html';
  excerpt?: string;
  metaDescription?: string;
  published?: Date;
  modified?: Date;
  status: SourceStatus;
  passwordProtected: boolean;
  authorKey?: string;
  tags: string[];
  categories: string[];
  /** Old addresses as absolute URLs: permalink, `?p=ID`, Blogger's `/YYYY/MM/slug.html`. */
  oldUrls: string[];
  featuredImage?: SourceImage;
  comments: SourceComment[];
  /** Repairs made while reading (bad dates, entity-laden titles, ...). */
  notes: string[];
}

export interface SourceSite {
  platform: Platform;
  format: ExportFormat;
  files: string[];
  title?: string;
  /** The old site's address, e.g. https://oud.example.nl */
  url?: string;
  /** The blog's language as the export states it (WordPress: fr-FR, nl-NL). */
  language?: string;
  /** Everything else the export held (media library items, menus, settings, repeats), each with why it is not imported. */
  otherItems: { label: string; reason: string }[];
  /** Comments the readers could not place (their post is not in the export), with the reason. */
  droppedComments: { label: string; reason: string }[];
  authors: SourceAuthor[];
  items: SourceItem[];
  /** WordPress attachments by id: the media library the posts point into. */
  attachments: Map<string, SourceImage & { parentId?: string; caption?: string; pageUrls?: string[] }>;
  /** Names of the default category ("Uncategorized", "Geen categorie"): not a tag. */
  defaultCategories: string[];
  /** Old tag, category and label pages by tag name: `/tag/x/`, `/search/label/X`. */
  taxonomyUrls: Map<string, string[]>;
  /** Problems reading the files that concern no single item. */
  notes: string[];
}

/** A site with nothing read yet. */
export function emptySite(platform: Platform, format: ExportFormat, files: string[]): SourceSite {
  return {
    platform,
    format,
    files,
    authors: [],
    items: [],
    attachments: new Map(),
    defaultCategories: [],
    taxonomyUrls: new Map(),
    notes: [],
    otherItems: [],
    droppedComments: [],
  };
}

/** A file that cannot be read as an export: the whole import stops, naming it. */
export class ExportError extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ExportError';
    this.file = file;
  }
}
