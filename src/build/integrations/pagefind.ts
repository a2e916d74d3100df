/**
 * Full-text search: indexes the built site with Pagefind's Node API at the end of
 * `astro build`, so one build does all. In `astro dev` it serves the index of the last
 * production build, so search can be tried while writing.
 *
 * Indexing starts as soon as the pages are written (build:generated) and is awaited in the last
 * build:done (astro.config.mjs lists this integration last; Astro runs those hooks one after
 * another): Pagefind works in a process of its own while the main thread writes the sitemap, the
 * redirect pages, the headers and the Open Graph images. A redirect page for an article's old
 * slug lands beside the articles meanwhile; read or not, Pagefind skips it, as it carries no
 * data-pagefind-body.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseDirectoryOf, ENTITY_SEGMENTS, routes } from '../../lib/paths.ts';

/**
 * The pages that carry `data-pagefind-body` (ArticleLayout, EntityLayout): an article or an
 * entry, one folder below its section. Pagefind reads no other file, so it no longer parses the
 * listings only to skip them (at 5,000 articles, 1,800 of its 6,800 files).
 */
const SEARCHABLE_SECTIONS = [routes.article('*').split('/')[1], ...Object.values(ENTITY_SEGMENTS)];
export const SEARCHABLE_PAGES = `{${SEARCHABLE_SECTIONS.join(',')}}/*/index.html`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** Indexes `site` into `site/pagefind/`; resolves to the line the build logs. */
async function indexSite(site: string): Promise<string> {
  const started = performance.now();
  const { createIndex, close } = await import('pagefind');
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'nl' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return `Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms`;
  } finally {
    await close();
  }
}

export function pagefind(): AstroIntegration {
  let outDir: string;
  let base = '/';
  let indexing: Promise<string> | undefined;
  return {
    name: 'gesprek:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = baseDirectoryOf(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        const prefix = `${base}pagefind/`;
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const file = join(outDir, 'pagefind', normalize(decodeURIComponent(path.slice(prefix.length))).replace(/^(\.\.[/\\])+/, ''));
          if (!existsSync(file) || !statSync(file).isFile()) {
            logger.warn(`No search index at ${file}: run \`npm run build\` once to search in dev.`);
            response.statusCode = 404;
            return response.end();
          }
          response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:generated': ({ dir }) => {
        indexing = indexSite(fileURLToPath(dir));
        indexing.catch(() => {}); // awaited, and so reported, in build:done
      },
      'astro:build:done': async ({ logger }) => {
        logger.info(await indexing!);
      },
    },
  };
}
