import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Astro's cache folder (content layer and incremental build), relative to the project root.
 * A build from another content root (CONTENT_DIR: the benchmark, the fixture tests) gets a
 * folder of its own, so entries cached from one root never clash with another's.
 */
export function cacheDirFor(contentDir: string | undefined): string {
  if (!contentDir) return './node_modules/.astro';
  return `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`;
}
