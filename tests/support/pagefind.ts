/**
 * Pagefind's own search runtime (dist/pagefind/pagefind.js) loaded in Node, so tests query
 * the real index the browser would: its fetches are answered from the files in dist/.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface PagefindResult {
  url: string;
  /** The page's indexed text, as Pagefind read it. */
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** `fetched` collects the path of every file the runtime reads. */
export async function loadPagefind(dist: string, { fetched = [] as string[] } = {}) {
  Object.assign(globalThis, { window: globalThis, location: { origin: 'file://', href: 'file:///' } });
  globalThis.fetch = (async (url: string | URL) => {
    const path = fileURLToPath(String(url).split('?')[0]!);
    fetched.push(path);
    return new Response(await readFile(path));
  }) as typeof fetch;
  const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindModule;
  await pagefind.options({ baseUrl: '/' });
  await pagefind.init();
  return {
    filters: () => pagefind.filters(),
    /** Every result (not only the first page), with its data loaded. */
    async search(query: string | null, options: Record<string, unknown> = {}): Promise<PagefindResult[]> {
      const response = await pagefind.search(query, options);
      return Promise.all(response.results.map((result) => result.data()));
    },
  };
}

/** Writes a Dutch Pagefind index of `pages` (each a page's text) into `dir`/pagefind/. */
export async function writeIndex(dir: string, pages: string[]): Promise<void> {
  const { createIndex, close } = await import('pagefind');
  try {
    const { index } = await createIndex({ forceLanguage: 'nl' });
    for (const [i, content] of pages.entries()) await index!.addCustomRecord({ url: `/${i}/`, content, language: 'nl' });
    const { errors } = await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (errors.length > 0) throw new Error(errors.join('; '));
  } finally {
    await close();
  }
}

/** An index file's content: gzip, Pagefind's signature, then CBOR. */
async function readIndexFile(path: string): Promise<unknown> {
  const bytes = gunzipSync(await readFile(path));
  const signature = 'pagefind_dcd';
  return decode(new TextDecoder().decode(bytes.subarray(0, signature.length)) === signature ? bytes.subarray(signature.length) : bytes);
}

/**
 * The stem Pagefind indexes each of `words` under, read back from a real index of them: the
 * words make one page, and each index word's positions say which of them it stands for.
 */
export async function pagefindStems(words: string[]): Promise<(string | undefined)[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gesprek-stems-'));
  try {
    await writeIndex(dir, [words.join(' ')]);
    const stems: (string | undefined)[] = Array.from({ length: words.length });
    const chunks = join(dir, 'pagefind/index');
    for (const file of readdirSync(chunks)) {
      // A chunk: [[word, [[page, locations, …], …], …], …]; a location list is deltas, except
      // that a negative number (a change of weight) is followed by an absolute position.
      const [entries] = (await readIndexFile(join(chunks, file))) as [[string, [number, number[]][]][]];
      for (const [stem, pages] of entries) {
        for (const [, locations] of pages) {
          let position = 0;
          let absolute = true;
          for (const location of locations) {
            if (location < 0) {
              absolute = true;
              continue;
            }
            position = absolute ? location : position + location;
            absolute = false;
            stems[position] = stem;
          }
        }
      }
    }
    return stems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
