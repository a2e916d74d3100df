import { siteConfig } from '../site.config.ts';
import { baseDirectoryOf, withBase } from '../lib/paths.ts';

/** A root-relative route as a link on this deployment (base path applied). */
export function href(path: string): string {
  return withBase(path, siteConfig.base);
}

/** The absolute URL of a route, for canonical links and feeds. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), siteConfig.url).href;
}

/** The base path with a trailing slash ("/" or "/gesprek/"), for URLs built on the client. */
export const baseDirectory = baseDirectoryOf(siteConfig.base);
