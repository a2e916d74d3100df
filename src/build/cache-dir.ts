import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Astro's cache folder (content layer and incremental build), relative to the project root.
 * A build from another content root (CONTENT_DIR: the benchmark, the fixture tests) gets a
 * folder of its own, so entries cached from one root never clash with another's.
 */
export function cacheDirFor(contentDir: string | undefined): string {
  if (!contentDir) return './node_modules/.astro';
  return `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`;
}

/** A folder of our own inside this build's Astro cache folder: a cold build clears it with the rest. */
export function buildCacheDir(name: string): string {
  return join(cacheDirFor(process.env.CONTENT_DIR), name);
}

/**
 * Writes a cache file aside and renames it, so an interrupted build never leaves half a file.
 * The folder is made only when the write finds it missing: thousands of files go into a few.
 */
export async function writeCacheFile(file: string, data: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  await writeFile(partial, data).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(partial, data);
  });
  await rename(partial, file);
}
