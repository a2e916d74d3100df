/**
 * Pagefind's own search runtime (dist/pagefind/pagefind.js) loaded in Node, so tests query
 * the real index the browser would: its fetches are answered from the files in dist/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

export async function loadPagefind(dist: string) {
  Object.assign(globalThis, { window: globalThis, location: { origin: 'file://', href: 'file:///' } });
  globalThis.fetch = (async (url: string | URL) => new Response(await readFile(fileURLToPath(String(url).split('?')[0]!)))) as typeof fetch;
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
