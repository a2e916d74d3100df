import { createHash } from 'node:crypto';

export interface FingerprintedEntry {
  collection: string;
  id: string;
  /** Astro's hash of the entry's source (data and body). */
  digest?: string | number;
  data: unknown;
  body?: string;
}

/**
 * One hash of the entries given, which articles and pages are visible at build time, and the
 * site settings. Pages use such hashes as their incremental-build cacheKey (src/data/catalog.ts:
 * every entry with article text left out for listings, plus the text of the articles a page
 * shows), so a repeat build reuses a page only when none of its inputs can have changed. (Code
 * changes are Astro's part: it also compares each route's module graph.)
 */
export function contentFingerprint(entries: readonly FingerprintedEntry[], visibleIds: readonly string[], settings: unknown): string {
  const hash = createHash('sha256');
  const sorted = [...entries].sort((a, b) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id));
  for (const entry of sorted) {
    const source = entry.digest !== undefined ? String(entry.digest) : JSON.stringify([entry.data, entry.body]);
    hash.update(`${entry.collection}\0${entry.id}\0${source}\n`);
  }
  hash.update(JSON.stringify({ visibleIds, settings }));
  return hash.digest('hex').slice(0, 32);
}
