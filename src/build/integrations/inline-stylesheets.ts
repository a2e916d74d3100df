/**
 * Every page carries its stylesheets inline (no render-blocking request: docs/lighthouse.md), but
 * Astro renders them as links (this sets `build.inlineStylesheets: 'never'`) and this step inlines them
 * once the pages are written, as bytes. Inlined by Astro, the same 48 KB were hashed for the CSP,
 * encoded, copied and written with every page: two to three seconds of an imported blog's page
 * phase, against a few hundred milliseconds here.
 *
 * Runs in build:generated, before Pagefind reads the pages (astro.config.mjs lists it earlier)
 * and before the headers integration merges their policies.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { policySpan } from '../../lib/csp.ts';
import { baseDirectoryOf } from '../../lib/paths.ts';

/** A stylesheet's bytes and the CSP source that allows them inline. */
export interface Stylesheet {
  css: Buffer;
  hash: string;
}

/** As Astro writes them (one per stylesheet, in cascade order, in <head>). */
const LINK = /<link rel="stylesheet" href="([^"]+)">/g;

export function stylesheet(css: Buffer): Stylesheet {
  return { css, hash: `'sha256-${createHash('sha256').update(css).digest('base64')}'` };
}

/**
 * The page with each run of stylesheet links in its head replaced by one <style> holding those
 * sheets in order, as Astro's own inlining merges them, and each <style>'s hash added to the
 * style-src of its Content-Security-Policy <meta>; undefined when the page links none. Byte
 * offsets are found on a latin1 view of the page, where one byte is one character.
 */
export function inlineStylesheets(page: Buffer, sheetsOf: (hrefs: string[]) => Stylesheet): Buffer | undefined {
  const text = page.toString('latin1');
  const head = text.indexOf('</head>');
  const links = [...text.slice(0, head < 0 ? 0 : head).matchAll(LINK)];
  if (links.length === 0) return undefined;
  const policy = policySpan(text);
  const directive = policy ? text.indexOf('style-src ', policy.start) : -1;
  if (!policy || directive < 0 || directive > policy.end) throw new Error('the page has no style-src in its Content-Security-Policy <meta>');
  if (links[0]!.index < policy.end) throw new Error('a stylesheet link comes before the Content-Security-Policy <meta>');
  const semicolon = text.indexOf(';', directive);
  const directiveEnd = semicolon < 0 || semicolon > policy.end ? policy.end : semicolon;

  // Links with nothing but white space between them are one run.
  const runs: { start: number; end: number; hrefs: string[] }[] = [];
  for (const link of links) {
    const end = link.index + link[0].length;
    const last = runs.at(-1);
    if (last && !text.slice(last.end, link.index).trim()) Object.assign(last, { end, hrefs: [...last.hrefs, link[1]!] });
    else runs.push({ start: link.index, end, hrefs: [link[1]!] });
  }
  const sheets = runs.map((run) => sheetsOf(run.hrefs));
  const parts: Buffer[] = [page.subarray(0, directiveEnd)];
  for (const hash of new Set(sheets.map((sheet) => sheet.hash))) parts.push(Buffer.from(` ${hash}`));
  let at = directiveEnd;
  runs.forEach((run, index) => {
    parts.push(page.subarray(at, run.start), Buffer.from('<style>'), sheets[index]!.css, Buffer.from('</style>'));
    at = run.end;
  });
  parts.push(page.subarray(at));
  return Buffer.concat(parts);
}

export function stylesheetsInlined(): AstroIntegration {
  let base = '/';
  return {
    name: 'gesprek:inline-stylesheets',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ build: { inlineStylesheets: 'never' } });
      },
      'astro:config:done': ({ config }) => {
        base = baseDirectoryOf(config.base);
      },
      'astro:build:generated': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        let pages = 0;
        const files = new Map<string, Buffer>();
        const fileOf = (href: string) => {
          if (!href.startsWith(base) || !href.endsWith('.css')) throw new Error(`${href} is not a stylesheet of this build`);
          let css = files.get(href);
          if (!css) files.set(href, (css = readFileSync(join(root, href.slice(base.length)))));
          return css;
        };
        // A few combinations of sheets serve every page: each is joined and hashed once.
        const sheets = new Map<string, Stylesheet>();
        const sheetsOf = (hrefs: string[]) => {
          const key = hrefs.join('\n');
          let sheet = sheets.get(key);
          if (!sheet) sheets.set(key, (sheet = stylesheet(Buffer.concat(hrefs.map(fileOf)))));
          return sheet;
        };
        // Synchronously: the pages were just written and sit in the page cache.
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          try {
            const inlined = inlineStylesheets(readFileSync(path), sheetsOf);
            if (!inlined) continue;
            writeFileSync(path, inlined);
            pages++;
          } catch (error) {
            throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          }
        }
        logger.info(`Inlined the stylesheets of ${pages} pages (${sheets.size} combinations) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
