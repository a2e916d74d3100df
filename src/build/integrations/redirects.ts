/**
 * Old addresses keep working on any static host. From the `aliases` of articles and pages and
 * from content/redirects.yaml (old tag and category pages), after the pages are written:
 *   - a small page per old path (meta refresh, canonical, noindex; a script keeps #fragment),
 *     `.html` paths included, so GitHub Pages and plain servers redirect too;
 *   - `_redirects` with explicit 301s for Netlify and Cloudflare Pages;
 *   - `redirects.json`, which the home and 404 pages read when a `/?p=123` link lands there.
 * A redirect to a page that does not exist, or two claims on one old address, fail the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeAttribute, escapeText } from 'entities';
import { parse } from 'yaml';
import { ui } from '../../i18n/nl.ts';
import { parsedDate } from '../../lib/dates.ts';
import { routes } from '../../lib/paths.ts';
import { isPublished } from '../../lib/publishing.ts';
import { redirectMap, redirectsFile, stubFile, type RedirectSource } from '../../lib/redirects.ts';
import { absoluteUrl, href } from '../../data/site-paths.ts';
import { rawEntries } from '../content-files/cache.ts';
import { inBatches } from '../in-batches.ts';

// One script for every stub: it reads the target from the page, so one CSP hash covers all.
const STUB_SCRIPT = `location.replace(document.getElementById("doel").href+location.hash)`;
const STUB_HASH = `sha256-${createHash('sha256').update(STUB_SCRIPT).digest('base64')}`;

/** The redirect page for an old path leading to `to` (a route without base). */
function stubPage(to: string, title: string): string {
  const target = escapeAttribute(href(to));
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src '${STUB_HASH}'; object-src 'none'; base-uri 'self'; form-action 'self'">
<title>${escapeText(ui.redirect.title(title))}</title>
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${escapeAttribute(absoluteUrl(to))}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<p>${escapeText(ui.redirect.moved)} <a id="doel" href="${target}">${escapeText(title)}</a>.</p>
<script>${STUB_SCRIPT}</script>
</body>
</html>
`;
}

/** Articles and pages that are published, with their old addresses and title. */
function sources(contentDir: string, now: Date): (RedirectSource & { title: string })[] {
  const result: (RedirectSource & { title: string })[] = [];
  for (const [folder, route] of [
    ['articles', routes.article],
    ['pages', routes.page],
  ] as const) {
    for (const { id, file, data } of rawEntries(join(contentDir, folder))) {
      const aliases = Array.isArray(data?.aliases) ? data.aliases.filter((alias): alias is string => typeof alias === 'string') : [];
      if (!data || aliases.length === 0 || !file.endsWith('.mdx')) continue;
      // Pages may leave pubDate out; articles cannot (the content layer says so).
      const pubDate = data.pubDate === undefined ? undefined : parsedDate(data.pubDate);
      if (!isPublished({ draft: data.draft === true, pubDate }, now)) continue;
      result.push({ owner: `${folder}/${file}`, to: route(id), from: aliases, title: String(data.title ?? id) });
    }
  }
  const extra = join(contentDir, 'redirects.yaml');
  if (existsSync(extra)) {
    const entries = (parse(readFileSync(extra, 'utf8')) ?? []) as { from?: unknown; to?: unknown }[];
    if (!Array.isArray(entries)) throw new Error(`${extra}: must be a list of { from, to } entries`);
    for (const [index, entry] of entries.entries()) {
      if (typeof entry?.from !== 'string' || typeof entry.to !== 'string' || !entry.from.startsWith('/') || !entry.to.startsWith('/')) {
        throw new Error(`${extra}: entry ${index + 1} needs from and to, both paths starting with "/"`);
      }
      result.push({ owner: 'redirects.yaml', to: entry.to, from: [entry.from], title: entry.to });
    }
  }
  return result;
}

export function oldAddresses(contentDir: string): AstroIntegration {
  return {
    name: 'gesprek:redirects',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = sources(contentDir, new Date());
        if (all.length === 0) return;
        const exists = (path: string) => existsSync(join(root, stubFile(path)));
        const map = redirectMap(all, exists);
        const missing = all.flatMap(({ owner, to }) => (exists(to) ? [] : [`${owner}: redirects to ${to}, which is not a page of this site`]));
        if (missing.length > 0) throw new Error(`Redirects:\n  ${[...new Set(missing)].join('\n  ')}`);
        const titles = new Map(all.map(({ to, title }) => [to, title]));
        // Written 64 at a time: one by one, synchronously, they held the main thread for half a second per thousand.
        await inBatches([...map.paths], 64, async ([from, { to }]) => {
          const file = join(root, stubFile(from));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, stubPage(to, titles.get(to) ?? to));
        });
        const redirectsPath = join(root, '_redirects');
        writeFileSync(redirectsPath, `${existsSync(redirectsPath) ? readFileSync(redirectsPath, 'utf8') : ''}${redirectsFile(map, href)}`);
        const lookup = Object.fromEntries([
          ...[...map.queries].map(([query, to]) => [`?${query}`, href(to)]),
          ...[...map.paths].map(([from, { to }]) => [from, href(to)]),
        ]);
        writeFileSync(join(root, 'redirects.json'), JSON.stringify(lookup));
        logger.info(`Wrote ${map.paths.size} redirect pages, _redirects and redirects.json (${map.queries.size} old query links)`);
      },
    },
  };
}
