export interface PublishState {
  draft: boolean;
  /** A page may have none: it is then published as soon as it is not a draft. */
  pubDate?: Date | undefined;
}

export interface PublishOptions {
  /** The moment of the build; articles dated after it are scheduled, not published. */
  now: Date;
  /** `astro dev` shows drafts and scheduled articles so authors can preview them. */
  includeUnpublished: boolean;
}

/** A draft, or an article or page with a future date, is not published. */
export function isPublished(entry: PublishState, now: Date): boolean {
  return !entry.draft && (entry.pubDate?.getTime() ?? 0) <= now.getTime();
}

export function isVisible(entry: PublishState, options: PublishOptions): boolean {
  return options.includeUnpublished || isPublished(entry, options.now);
}

/** Newest first; ties broken by id so every build orders identically. */
export function byDateDesc<T extends { id: string; data: { pubDate: Date } }>(a: T, b: T): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}
