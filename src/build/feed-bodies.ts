/**
 * Article bodies as the feeds include them, kept between builds in Astro's cache folder by the
 * article's digest and a hash of the site's code (src/, the Astro config and the lockfile). An
 * incremental build copies the pages of unchanged articles instead of rendering them, and the
 * feed with every article in full then rendered them all again after a one-article edit (2.3 s
 * at 1,000 articles). A cold build starts from an empty cache folder; `astro dev` keeps nothing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCacheDir, writeCacheFile } from './cache-dir.ts';

interface Keyed {
  id: string;
  /** Astro's hash of the entry's file. */
  digest?: string | number | undefined;
}

const DIR = buildCacheDir('gesprek-feed-bodies');
let code: string | undefined;

/** A hash of every file that shapes how a body renders: components, plugins, styles, config, dependencies. */
function codeVersion(): string {
  if (code === undefined) {
    const hash = createHash('sha256');
    const files = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of [...files, 'astro.config.mjs', 'package-lock.json']) hash.update(file).update(readFileSync(file));
    code = hash.digest('hex');
  }
  return code;
}

function fileOf({ id, digest }: Keyed): string | undefined {
  if (import.meta.env.DEV || digest === undefined) return undefined;
  return join(DIR, `${createHash('sha256').update(`${codeVersion()}\0${id}\0${digest}`).digest('hex').slice(0, 32)}.html`);
}

/** The body kept by an earlier build, if this article and the code are unchanged. */
export async function keptBody(article: Keyed): Promise<string | undefined> {
  const file = fileOf(article);
  return file === undefined ? undefined : readFile(file, 'utf8').catch(() => undefined);
}

/** Keeps a rendered body for later builds; a failure only means it is rendered again then. */
export function keepBody(article: Keyed, html: string): void {
  const file = fileOf(article);
  if (file === undefined) return;
  writeCacheFile(file, html).catch(() => {});
}
