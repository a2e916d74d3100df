export interface PublishState {
  draft: boolean;
  pubDate: Date;
}

export interface PublishOptions {
  /** The moment of the build; articles dated after it are scheduled, not published. */
  now: Date;
  /** `astro dev` shows drafts and scheduled articles so authors can preview them. */
  includeUnpublished: boolean;
}

/** A draft or an article with a future date is not published. */
export function isPublished(article: PublishState, now: Date): boolean {
  return !article.draft && article.pubDate.getTime() <= now.getTime();
}

export function isVisible(article: PublishState, options: PublishOptions): boolean {
  return options.includeUnpublished || isPublished(article, options.now);
}

/** Newest first; ties broken by id so every build orders identically. */
export function byDateDesc<T extends { id: string; data: { pubDate: Date } }>(a: T, b: T): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}
