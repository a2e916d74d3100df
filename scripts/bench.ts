/**
 * `npm run bench [-- --articles 100,1000,5000 --rounds 3,3,2]`: builds the full site (pages, feeds,
 * search index, Open Graph images) on generated corpora, and the bare Astro + MDX + Pagefind
 * baseline (../shared/bench/baseline) on the same articles, alternating the two. Per size it
 * reports medians of cold and repeat builds, their ratios to the baseline, peak memory, pages
 * per second, dist/ and search index sizes and the bytes of a reader's first search, and writes
 * the table to docs/performance.md. Not part of `npm test`: timings vary by ~30% per run here.
 *
 * It also imports a generated WordPress export (`--import 1000,10000`: posts, comments; `--import
 * none` skips it) with `npm run import`, and builds the imported site beside the baseline
 * (`--import-rounds 3`, as many as a 1,000-article size gets); and
 * times the dev server's start on the launch content, `npm run dev` against `npm run editor`
 * (`--dev-rounds 5`; `--articles ''` measures only that and the import).
 *
 * Needs ../shared/bench/ (or BENCH_DIR) for the corpus generator and the baseline; the baseline
 * is installed once into node_modules/.cache/gesprek-bench/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { cacheDirFor } from '../src/build/cache-dir.ts';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/static-server.ts';
import { startDevServer } from './support/dev-server.ts';
import { wxrCorpus } from './support/wxr-corpus.ts';
import { buildPhases, type BuildPhases } from './support/build-phases.ts';
import { mapScripts } from './support/map-scripts.ts';
import { EDITOR_ENV } from '../src/editor/dev/integration.ts';
import { rawEntries } from '../src/build/content-files/cache.ts';
import { layoutNeighbourhood } from '../src/lib/graph-layout.ts';
import { buildKnowledgeGraph, neighbourhood } from '../src/lib/knowledge-graph.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100,1000,5000' },
    /** Builds per size (one number for all sizes, or one per size). */
    rounds: { type: 'string', default: '3,3,2' },
    out: { type: 'string', default: 'docs/performance.md' },
    import: { type: 'string', default: '1000,10000' },
    'import-rounds': { type: 'string', default: '3' },
    'dev-rounds': { type: 'string', default: '5' },
  },
});
const sizes = values.articles.split(',').filter(Boolean).map(Number);
const roundsPerSize = values.rounds.split(',').map(Number);
const roundsFor = (index: number) => roundsPerSize[Math.min(index, roundsPerSize.length - 1)]!;
const benchDir = process.env.BENCH_DIR ?? resolve(ROOT, '../shared/bench');
const corpusScript = join(benchDir, 'make-corpus.mjs');
if (!existsSync(corpusScript) || !existsSync(join(benchDir, 'baseline/package.json'))) {
  throw new Error(`No corpus generator and baseline in ${benchDir}; set BENCH_DIR.`);
}
if (!existsSync('/usr/bin/time')) throw new Error('The benchmark reads peak memory from GNU time: apt-get install time.');

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
function countHtml(path: string): number {
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}
const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/**
 * Site over baseline, per round (each pair was built back to back, so a slow spell of the
 * machine hits both), as the median and the range: "1.62× (1.55–1.71×)".
 */
function pairedRatio(site: { seconds: number }[], baseline: { seconds: number }[]): string {
  const ratios = site.map((build, round) => build.seconds / baseline[round]!.seconds);
  const range = ratios.length > 1 ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)` : '';
  return `${median(ratios).toFixed(2)}×${range}`;
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (value: number) => `${value.toFixed(1)} s`;

/** The baseline, copied out of ../shared and installed once (npm install: npm ci fails on this registry). */
function prepareBaseline(): string {
  const dir = join(ROOT, 'node_modules/.cache/gesprek-bench/baseline');
  if (!existsSync(join(dir, 'node_modules/.bin/astro'))) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(benchDir, 'baseline'), dir, { recursive: true, filter: (source) => !/[/\\](node_modules|dist|\.astro)$/.test(source) });
    console.log('Installing the baseline…');
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  }
  return dir;
}

/** A copy of content/ whose articles are replaced by a generated corpus of `count`. */
function corpus(count: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), `gesprek-bench-${count}-`)), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true, filter: (source) => !source.includes('/content/articles/') });
  execFileSync(process.execPath, [
    corpusScript,
    '--out',
    join(dir, 'articles'),
    '--articles',
    String(count),
    '--set',
    'review:book=de-conversation-manager',
    '--set',
    'case-study:organisation=klm',
  ]);
  linkToKnowledge(dir);
  return dir;
}

/**
 * The generator's articles reference at most a book or an organisation. Real ones name people,
 * concepts and theses with a position: each generated article gets two concepts, a person and
 * a thesis, spread evenly, so the knowledge layer (backlinks, graphs, map) works at full size.
 */
function linkToKnowledge(contentDir: string) {
  const ids = (folder: string) =>
    readdirSync(join(contentDir, folder))
      .map((file) => file.replace(/\.ya?ml$/, ''))
      .sort();
  const [concepts, people, theses] = [ids('concepts'), ids('people'), ids('theses')];
  const positions = ['supports', 'nuances', 'contests', 'discusses'];
  const folder = join(contentDir, 'articles');
  readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .forEach((file, i) => {
      const path = join(folder, file);
      const refs = [
        `concepts: [${[...new Set([concepts[i % concepts.length], concepts[(i * 7 + 3) % concepts.length]])].join(', ')}]`,
        `people: [${people[i % people.length]}]`,
        `theses: [{ id: ${theses[i % theses.length]}, position: ${positions[i % positions.length]} }]`,
      ];
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^---\n/, `---\n${refs.join('\n')}\n`));
    });
}

/**
 * The article an author's loop edits: the corpus's first by file name. `write` puts a paragraph
 * after its original text, `restore` puts the original back.
 */
function editableArticle(contentDir: string) {
  const folder = join(contentDir, 'articles');
  const name = readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .sort()[0]!;
  const file = join(folder, name);
  const original = readFileSync(file, 'utf8');
  return {
    slug: name.replace(/\.mdx$/, ''),
    write: (paragraph: string) => writeFileSync(file, `${original.trimEnd()}\n\n${paragraph}\n`),
    restore: () => writeFileSync(file, original),
  };
}

/**
 * astro dev in the project, with these environment variables. astro dev keeps its content store
 * in the project's .astro/ whatever CONTENT_DIR is: on another content root it is cleared first,
 * or entries of the last root whose files still exist clash with the new ones.
 */
async function startDev(env: Record<string, string>) {
  const clearStore = () => rmSync(join(ROOT, '.astro', 'data-store.json'), { force: true });
  if (env.CONTENT_DIR) clearStore();
  const server = await startDevServer(astroBin, ['dev', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  });
  if (!env.CONTENT_DIR) return server;
  return { ...server, close: () => server.close().finally(clearStore) };
}

/** Asks for `url` every 25 ms until an answer passes `accept` (by default any 200). */
async function pollPage(url: string, accept: (response: Response) => boolean | Promise<boolean> = (response) => response.ok): Promise<void> {
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response && (await accept(response))) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Build-time cost of the local graph per page: the knowledge graph of the corpus, then every
 * node's neighbourhood laid out, as each article and entry page does it; and the SVG's size.
 */
function localGraphCost(contentDir: string, outDir: string): { msPerPage: number; svgBytes: number } {
  const read = (folder: string) => rawEntries(join(contentDir, folder)).flatMap(({ id, data }) => (data ? [{ id, data: data as never }] : []));
  const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  const ref = (collection: string) => (id: unknown) => ({ collection, id: String(id) });
  const articles = rawEntries(join(contentDir, 'articles')).flatMap(({ id, data }) => {
    if (!data || data.draft === true) return [];
    return [
      {
        id,
        data: {
          title: String(data.title),
          description: String(data.description),
          pubDate: new Date(String(data.pubDate)),
          type: String(data.type),
          book: data.book ? ref('books')(data.book) : undefined,
          organisation: data.organisation ? ref('organisations')(data.organisation) : undefined,
          books: list(data.books).map(ref('books')),
          organisations: list(data.organisations).map(ref('organisations')),
          people: list(data.people).map(ref('people')),
          concepts: list(data.concepts).map(ref('concepts')),
          theses: list(data.theses).map((item: { id?: string; position?: string } | string) =>
            typeof item === 'string'
              ? { thesis: ref('theses')(item), position: 'discusses' as const }
              : { thesis: ref('theses')(item.id), position: item.position as 'supports' },
          ),
        },
      },
    ];
  });
  const withDefaults = <T extends { data: Record<string, unknown> }>(entries: T[], fields: Record<string, (value: unknown) => unknown>) =>
    entries.map((entry) => ({
      ...entry,
      data: { aliases: [], ...entry.data, ...Object.fromEntries(Object.entries(fields).map(([key, map]) => [key, map(entry.data[key])])) },
    }));
  const graph = buildKnowledgeGraph({
    articles: articles.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime()),
    books: withDefaults(read('books'), { authors: (value) => list(value).map(ref('people')) }) as never,
    people: withDefaults(read('people'), { organisations: (value) => list(value).map(ref('organisations')) }) as never,
    organisations: withDefaults(read('organisations'), {}) as never,
    concepts: withDefaults(read('concepts'), { related: (value) => list(value).map(ref('concepts')) }) as never,
    theses: withDefaults(read('theses'), { source: ref('books') }) as never,
    thesisTitle: (n) => `These ${n}`,
  });
  const started = performance.now();
  for (const key of graph.nodes.keys()) layoutNeighbourhood(neighbourhood(graph, key));
  const msPerPage = (performance.now() - started) / graph.nodes.size;
  // Article pages only: not the listing's index.html nor its pagina/ folder.
  const sample = readdirSync(join(outDir, 'artikelen'))
    .filter((name) => name !== 'pagina' && existsSync(join(outDir, 'artikelen', name, 'index.html')))
    .slice(0, 50);
  const svgBytes = median(
    sample.map((slug) => {
      const html = readFileSync(join(outDir, 'artikelen', slug, 'index.html'), 'utf8');
      return /<section[^>]*data-local-graph[\s\S]*?<\/section>/.exec(html)?.[0].length ?? 0;
    }),
  );
  return { msPerPage, svgBytes };
}

/** Loads of /kaart/ per size: one load's longest task varies by 100 ms on these machines. */
const MAP_LOADS = 5;

/** Runs `measure` with `outDir` served as a host would and Chromium started; stops both after. */
async function inServedSite<T>(outDir: string, measure: (browser: Browser, server: StaticServer) => Promise<T>): Promise<T> {
  const server = await serveDist(outDir);
  const browser = await launchChromium();
  try {
    return await measure(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * /kaart/ in Chromium (4x CPU slowdown, like Lighthouse's mobile run): time from navigation to
 * an interactive map (drawn in its settled layout, controls live), and the longest task the
 * main thread ran until the page was quiet, which is what a reader would feel as a freeze.
 * Medians of `MAP_LOADS` loads, each in a fresh page.
 */
async function mapTiming(outDir: string): Promise<{ interactiveMs: number; longestTaskMs: number; jsGz: number; graphGz: number }> {
  return inServedSite(outDir, async (browser, server) => {
    const loads: { interactiveMs: number; longestTaskMs: number }[] = [];
    for (let i = 0; i < MAP_LOADS; i++) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        (window as unknown as { longest: number }).longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            (window as unknown as { longest: number }).longest = Math.max((window as unknown as { longest: number }).longest, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      const started = performance.now();
      await page.goto(`${server.root}/kaart/`);
      // Drawn, controls live, and settled at once: the layout comes laid out from the build.
      await page.waitForSelector('gesprek-map[data-state="ready"]', { timeout: 120_000 });
      const interactiveMs = performance.now() - started;
      // Long tasks still to come (the rest of the page) count as well.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      loads.push({ interactiveMs, longestTaskMs: await page.evaluate(() => (window as unknown as { longest: number }).longest) });
      await page.close();
    }
    const { module, chunks } = mapScripts(outDir);
    const jsGz = [module, ...chunks].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    const graphGz = gzipSync(readFileSync(join(outDir, 'kaart/graph.json'))).length;
    return {
      interactiveMs: median(loads.map((load) => load.interactiveMs)),
      longestTaskMs: median(loads.map((load) => load.longestTaskMs)),
      jsGz,
      graphGz,
    };
  });
}

interface Build {
  seconds: number;
  peakGb: number;
  phases: BuildPhases;
}

/** Runs a build under /usr/bin/time for its peak resident memory. */
function timed(command: string, args: string[], cwd: string, env: Record<string, string>): Build {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB %M', command, ...args], {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const elapsed = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-3000)}`);
  return { seconds: elapsed, peakGb: Number(/PEAK_KB (\d+)/.exec(output)![1]) / 1024 / 1024, phases: buildPhases(output) };
}

/** What the first search's files are, by the part of search each serves. */
const SEARCH_PARTS: [string, (pathname: string) => boolean][] = [
  ["the site's search module", (path) => !path.includes('/pagefind/')],
  ["Pagefind's runtime and worker", (path) => /\/pagefind\/[^/]+\.js(on)?$/.test(path)],
  ['WebAssembly', (path) => path.endsWith('.pagefind')],
  ['metadata', (path) => path.endsWith('.pf_meta')],
  ['index chunks', (path) => path.endsWith('.pf_index')],
  ["the results' excerpts", (path) => path.endsWith('.pf_fragment')],
];

/** Every request `page` makes from now on, with its bytes on the wire and its start (epoch ms). */
function recordRequests(page: Page, server: StaticServer) {
  const requests: Promise<{ pathname: string; bytes: number; started: number }>[] = [];
  page.on('requestfinished', (request) => {
    // Bytes on the wire: the server gzips text as a host does (Pagefind's files come compressed).
    // Chromium reports no body size for a worker's script (Pagefind's, 12 KB): the server's count stands in.
    const { pathname } = new URL(request.url());
    requests.push(
      request
        .sizes()
        .then(({ responseBodySize }) => ({ pathname, bytes: responseBodySize || (server.sentBytes(pathname) ?? 0), started: request.timing().startTime })),
    );
  });
  return () => Promise.all(requests);
}
const sumBytes = (requests: { bytes: number }[]) => requests.reduce((total, { bytes }) => total + bytes, 0);

/**
 * Bytes a reader downloads from opening the search dialog to the first results of a query, and
 * until the page is quiet again (the filter chips' data follows the first results).
 */
async function firstQueryBytes(outDir: string): Promise<{ first: number; total: number; parts: string }> {
  return inServedSite(outDir, async (browser, server) => {
    const page = await browser.newPage();
    await page.goto(`${server.root}/`, { waitUntil: 'networkidle' });
    // When the first result is in the page, on the clock of the requests' start times (epoch ms).
    await page.evaluate(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('dialog a[data-result]')) return;
        (window as unknown as { firstResultAt: number }).firstResultAt = Date.now();
        observer.disconnect();
      }).observe(document.body, { childList: true, subtree: true });
    });
    const requests = recordRequests(page, server);
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
    await page.keyboard.type('gesprek');
    await page.waitForSelector('dialog a[data-result]');
    await page.waitForLoadState('networkidle');
    const firstResultAt = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    const all = await requests();
    const first = all.filter(({ started }) => started < firstResultAt);
    const parts = SEARCH_PARTS.map(([label, test]) => {
      const files = first.filter(({ pathname }) => test(pathname));
      return `${label} ${(sumBytes(files) / 1024).toFixed(0)} KB${files.length > 1 ? ` (${files.length} files)` : ''}`;
    });
    return { first: sumBytes(first), total: sumBytes(all), parts: parts.join(', ') };
  });
}

/**
 * The same first search with Pagefind alone, on the baseline's index of the same articles: its JS
 * API searching "gesprek" and loading five results, as a plain Pagefind site would.
 */
async function pagefindAloneBytes(outDir: string): Promise<number> {
  return inServedSite(outDir, async (browser, server) => {
    const page = await browser.newPage();
    await page.goto(`${server.root}/`, { waitUntil: 'networkidle' });
    const requests = recordRequests(page, server);
    await page.evaluate(async () => {
      type Pagefind = { search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
      const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
      const search = await pagefind.search('gesprek');
      await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
    });
    return sumBytes(await requests());
  });
}

/** Milliseconds per Open Graph image drawn by the build's pool, one at a time, over `count` images. */
async function ogImageCost(count: number): Promise<number> {
  const cache = mkdtempSync(join(tmpdir(), 'gesprek-bench-og-'));
  process.env.GESPREK_OG_CACHE = cache;
  const { renderOgImage } = await import('../src/build/og/images.ts');
  const input = (i: number) => ({
    title: `Een artikel over gesprekken, nummer ${i}: één “dialoog” met ĳver`,
    kind: 'Opinie',
    accent: '#a63c0c',
    siteName: 'Markten zijn gesprekken',
    siteHost: 'gesprek.nl',
  });
  await renderOgImage(input(-1));
  const started = performance.now();
  for (let i = 0; i < count; i++) await renderOgImage(input(i));
  const cost = (performance.now() - started) / count;
  rmSync(cache, { recursive: true, force: true });
  delete process.env.GESPREK_OG_CACHE;
  return cost;
}

/**
 * The cold builds' phases, site beside baseline (medians, seconds), and what each kind of the
 * site's pages costs: the table that names the phase of a regression.
 */
function phaseTables(count: number, site: Build[], base: Build[]): string {
  const ms = (builds: Build[], phase: (phases: BuildPhases) => number | undefined) => median(builds.map((build) => phase(build.phases) ?? 0));
  // The site's Open Graph step counts from the pages' end, after the sitemap, redirect pages and
  // headers. Pagefind starts there too and is awaited last, so those steps run beside it: less
  // Pagefind's time, the Open Graph line is what outlasted it (those steps, and drawing).
  const ogWait = (phases: BuildPhases) => (phases.ogAfterPages === undefined ? undefined : Math.max(0, phases.ogAfterPages - (phases.pagefind ?? 0)));
  const named: [string, (phases: BuildPhases) => number | undefined][] = [
    ['setup: config, content sync, types', (phases) => phases.setup],
    ['Vite: server and client bundles', (phases) => phases.vite],
    ['pages and files', (phases) => phases.pages],
    ['Pagefind', (phases) => phases.pagefind],
    ['after the pages, beyond Pagefind: sitemap, redirects, headers, images', ogWait],
  ];
  const rest = (builds: Build[]) => median(builds.map((build) => build.seconds * 1000 - named.reduce((sum, [, phase]) => sum + (phase(build.phases) ?? 0), 0)));
  const row = (label: string, siteMs: number, baseMs: number) =>
    `| ${label} | ${seconds(siteMs / 1000)} | ${seconds(baseMs / 1000)} | ${baseMs > 0 ? `${(siteMs / baseMs).toFixed(2)}×` : '–'} |`;
  const phases = [
    ...named.map(([label, phase]) => row(label, ms(site, phase), ms(base, phase))),
    row('the rest: start, other hooks, exit', rest(site), rest(base)),
  ];
  const kinds = (build: Build) => [...build.phases.pageTypes].sort((a, b) => b[1].ms - a[1].ms);
  const baseArticles =
    median(base.map((build) => build.phases.pageTypes.get('artikelen/*')?.ms ?? 0)) / Math.max(1, base[0]!.phases.pageTypes.get('artikelen/*')?.count ?? 1);
  const types = kinds(site.at(-1)!)
    .slice(0, 12)
    .map(([type, { count: pages }]) => {
      const total = median(site.map((build) => build.phases.pageTypes.get(type)?.ms ?? 0));
      return `| ${type} | ${pages} | ${(total / pages).toFixed(1)} ms | ${seconds(total / 1000)} |`;
    });
  return `### ${count} articles

| phase (cold, median) | site | baseline | ratio |
| --- | --- | --- | --- |
${phases.join('\n')}

| kind of page (site) | pages | ms per page | share of the page phase |
| --- | --- | --- | --- |
${types.join('\n')}
| baseline article (for comparison) | ${base[0]!.phases.pageTypes.get('artikelen/*')?.count ?? 0} | ${baseArticles.toFixed(1)} ms | |
`;
}

/**
 * astro dev on a corpus: an article's page is requested once, then its file is changed `edits`
 * times; each time, the milliseconds from the write to the first answer of that page that
 * carries the change (the page is asked for every 25 ms, as a browser after a reload would).
 */
async function devEditLatency(contentDir: string, edits: number): Promise<{ firstPage: number; latencies: number[] }> {
  const article = editableArticle(contentDir);
  const started = performance.now();
  const server = await startDev({ CONTENT_DIR: contentDir });
  const page = `${server.url}/artikelen/${article.slug}/`;
  const showing = (text: string) => async (response: Response) => response.ok && (await response.text()).includes(text);
  try {
    await pollPage(page, showing('<h1'));
    const firstPage = performance.now() - started;
    const latencies: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `Bewerkt-${edit}-${Date.now()}`;
      const saved = performance.now();
      article.write(marker);
      await pollPage(page, showing(marker));
      latencies.push(performance.now() - saved);
      await new Promise((resolve) => setTimeout(resolve, 500)); // an author does not save twice in a breath
    }
    return { firstPage, latencies };
  } finally {
    article.restore();
    await server.close();
  }
}
let devEdit: { articles: number; firstPage: number; latencies: number[] } | undefined;

const baseline = prepareBaseline();
const astroBin = join(ROOT, 'node_modules/.bin/astro');
const rows: string[] = [];
const searchParts: string[] = [];
const knowledgeRows: string[] = [];
const phaseSections: string[] = [];
for (const [index, count] of sizes.entries()) {
  const rounds = roundsFor(index);
  const contentDir = corpus(count);
  const work = join(contentDir, '..');
  const outDir = join(work, 'dist');
  const siteEnv = { CONTENT_DIR: contentDir, GESPREK_OG_CACHE: join(work, 'og-cache') };
  const siteCache = join(ROOT, cacheDirFor(contentDir));
  const baselineEnv = { CONTENT_DIR: join(contentDir, 'articles') };
  const site = { cold: [] as Build[], warm: [] as Build[], edited: [] as Build[] };
  const base = { cold: [] as Build[], warm: [] as Build[] };
  for (let round = 1; round <= rounds; round++) {
    console.log(`\n${count} articles, round ${round}/${rounds}`);
    // Cold: no content cache, no incremental-build cache, no Open Graph images.
    rmSync(siteCache, { recursive: true, force: true });
    rmSync(siteEnv.GESPREK_OG_CACHE, { recursive: true, force: true });
    rmSync(join(baseline, 'node_modules/.astro'), { recursive: true, force: true });
    site.cold.push(timed(astroBin, ['build', '--outDir', outDir], ROOT, siteEnv));
    base.cold.push(timed('npm', ['run', 'build'], baseline, baselineEnv));
    site.warm.push(timed(astroBin, ['build', '--outDir', outDir], ROOT, siteEnv));
    // An author's loop: one article's text changed, then npm run build again.
    const article = editableArticle(contentDir);
    article.write(`Een alinea toegevoegd in ronde ${round}.`);
    site.edited.push(timed(astroBin, ['build', '--outDir', outDir], ROOT, siteEnv));
    article.restore();
    base.warm.push(timed('npm', ['run', 'build'], baseline, baselineEnv));
    console.log(
      `  site ${seconds(site.cold.at(-1)!.seconds)} cold, ${seconds(site.warm.at(-1)!.seconds)} warm, ${seconds(site.edited.at(-1)!.seconds)} after one edit; baseline ${seconds(base.cold.at(-1)!.seconds)} cold, ${seconds(base.warm.at(-1)!.seconds)} warm`,
    );
  }
  const m = (builds: Build[]) => median(builds.map((build) => build.seconds));
  const search = await firstQueryBytes(outDir);
  const pagefindAlone = await pagefindAloneBytes(join(baseline, 'dist'));
  searchParts.push(`  - at ${count} articles: ${search.parts}; Pagefind alone on the baseline: ${(pagefindAlone / 1024).toFixed(0)} KB`);
  const row = [
    count,
    rounds,
    seconds(m(site.cold)),
    seconds(m(site.warm)),
    seconds(m(base.cold)),
    seconds(m(base.warm)),
    pairedRatio(site.cold, base.cold),
    pairedRatio(site.warm, base.warm),
    `${seconds(m(site.edited))}: ${pairedRatio(site.edited, site.warm)}`,
    `${((m(site.cold) / count) * 1000).toFixed(0)} ms`,
    `${Math.max(...site.cold.map((build) => build.peakGb)).toFixed(2)} GB`,
    `${Math.max(...base.cold.map((build) => build.peakGb)).toFixed(2)} GB`,
    (countHtml(outDir) / m(site.cold)).toFixed(0),
    mb(sizeOf(outDir)),
    mb(sizeOf(join(outDir, 'pagefind'))),
    seconds(median(site.cold.map((build) => (build.phases.pagefind ?? 0) / 1000))),
    `${(search.first / 1024).toFixed(0)} KB (${(search.total / 1024).toFixed(0)} KB)`,
  ];
  console.log(row.join(' | '));
  rows.push(`| ${row.join(' | ')} |`);
  phaseSections.push(phaseTables(count, site.cold, base.cold));
  console.log(phaseSections.at(-1));
  if (!devEdit && count >= 1000) {
    console.log(`\nastro dev on ${count} articles: one article edited five times`);
    devEdit = { articles: count, ...(await devEditLatency(contentDir, 5)) };
    console.log(`  first page ${seconds(devEdit.firstPage / 1000)}; edits shown after ${devEdit.latencies.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
  }
  const graphCost = localGraphCost(contentDir, outDir);
  const map = await mapTiming(outDir);
  const knowledge = [
    count,
    `${graphCost.msPerPage.toFixed(2)} ms`,
    `${(graphCost.svgBytes / 1024).toFixed(1)} KB`,
    `${(map.jsGz / 1024).toFixed(1)} KB`,
    `${(map.graphGz / 1024).toFixed(0)} KB`,
    seconds(map.interactiveMs / 1000),
    `${map.longestTaskMs.toFixed(0)} ms`,
  ];
  console.log(knowledge.join(' | '));
  knowledgeRows.push(`| ${knowledge.join(' | ')} |`);
  rmSync(work, { recursive: true, force: true });
  rmSync(siteCache, { recursive: true, force: true });
}

/**
 * `npm run import` of a generated export (no downloads) into the site's knowledge entries, timed
 * with its peak memory; then the imported site and the baseline built from the imported
 * articles, alternating, for the ratio.
 */
function importCost(posts: number, comments: number, rounds: number): string {
  const work = mkdtempSync(join(tmpdir(), 'gesprek-bench-import-'));
  const contentDir = join(work, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  for (const folder of ['articles', 'comments']) rmSync(join(contentDir, folder), { recursive: true, force: true });
  const exportFile = join(work, 'export.xml');
  writeFileSync(exportFile, wxrCorpus({ posts, comments }));
  console.log(`\nImport of ${posts} posts with ${comments} comments (${mb(sizeOf(exportFile))})`);
  const imported = timed(
    process.execPath,
    [join(ROOT, 'scripts/import.ts'), exportFile, '--yes', '--no-download', '--content', contentDir, '--report', join(work, 'report.json')],
    ROOT,
    {},
  );
  const outDir = join(work, 'dist');
  const siteEnv = { CONTENT_DIR: contentDir, GESPREK_OG_CACHE: join(work, 'og-cache') };
  const site: Build[] = [];
  const base: Build[] = [];
  for (let round = 1; round <= rounds; round++) {
    rmSync(join(ROOT, cacheDirFor(contentDir)), { recursive: true, force: true });
    rmSync(siteEnv.GESPREK_OG_CACHE, { recursive: true, force: true });
    rmSync(join(baseline, 'node_modules/.astro'), { recursive: true, force: true });
    site.push(timed(astroBin, ['build', '--outDir', outDir], ROOT, siteEnv));
    base.push(timed('npm', ['run', 'build'], baseline, { CONTENT_DIR: join(contentDir, 'articles') }));
    console.log(`  imported site ${seconds(site.at(-1)!.seconds)} cold; baseline ${seconds(base.at(-1)!.seconds)} cold`);
  }
  const row = [
    posts,
    comments,
    seconds(imported.seconds),
    `${imported.peakGb.toFixed(2)} GB`,
    rounds,
    seconds(median(site.map((build) => build.seconds))),
    seconds(median(base.map((build) => build.seconds))),
    pairedRatio(site, base),
    `${Math.max(...site.map((build) => build.peakGb)).toFixed(2)} GB`,
    countHtml(outDir),
  ];
  rmSync(work, { recursive: true, force: true });
  rmSync(join(ROOT, cacheDirFor(contentDir)), { recursive: true, force: true });
  return `| ${row.join(' | ')} |`;
}
const [importPosts, importComments] = values.import === 'none' ? [] : values.import.split(',').map(Number);
const importRow = importPosts ? importCost(importPosts, importComments ?? 0, Number(values['import-rounds'])) : undefined;

/**
 * `astro dev` on the launch content, from start to the first page served (`/`), and with the
 * editor (`npm run editor`) also to its page (`/keystatic`). Warm: a first start fills Vite's
 * dependency cache, as an author's first start does once.
 */
async function devStart(editor: boolean): Promise<{ home: number; editorPage?: number }> {
  const started = performance.now();
  const server = await startDev({ [EDITOR_ENV]: editor ? '1' : '' });
  const after = async (path: string) => {
    await pollPage(`${server.url}${path}`);
    return (performance.now() - started) / 1000;
  };
  try {
    const home = await after('/');
    return editor ? { home, editorPage: await after('/keystatic') } : { home };
  } finally {
    await server.close();
  }
}

const devRounds = Number(values['dev-rounds']);
const devTimes = { dev: [] as number[], editor: [] as number[], editorPage: [] as number[] };
console.log(`\nDev server start, ${devRounds} rounds`);
await devStart(true); // fills Vite's dependency cache for both
for (let round = 1; round <= devRounds; round++) {
  devTimes.dev.push((await devStart(false)).home);
  const withEditor = await devStart(true);
  devTimes.editor.push(withEditor.home);
  devTimes.editorPage.push(withEditor.editorPage!);
  console.log(`  dev ${seconds(devTimes.dev.at(-1)!)}; editor ${seconds(devTimes.editor.at(-1)!)}, its page ${seconds(devTimes.editorPage.at(-1)!)}`);
}
const devRatios = devTimes.editor.map((time, index) => time / devTimes.dev[index]!).sort((a, b) => a - b);
const devRow = [
  devRounds,
  seconds(median(devTimes.dev)),
  seconds(median(devTimes.editor)),
  `${median(devRatios).toFixed(2)}× (${devRatios[0]!.toFixed(2)}–${devRatios.at(-1)!.toFixed(2)}×)`,
  seconds(median(devTimes.editorPage)),
];

const ogMs = await ogImageCost(40);
const versionOf = (dir: string, name: string) =>
  (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const devEditSection = devEdit
  ? `
| articles | \`astro dev\` to the first article page | an edit shown after (median) | each edit |
| --- | --- | --- | --- |
| ${devEdit.articles} | ${seconds(devEdit.firstPage / 1000)} | ${median(devEdit.latencies).toFixed(0)} ms | ${devEdit.latencies.map((ms) => `${ms.toFixed(0)} ms`).join(', ')} |

- An author's loop in \`astro dev\` on the benchmark's corpus: the time from writing an
  article's file to the first answer of its page that carries the change.
`
  : '';
mkdirSync(resolve(ROOT, values.out, '..'), { recursive: true });
const report = `# Performance

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB,
Node ${process.version}, Astro ${versionOf(ROOT, 'astro')} (baseline ${versionOf(baseline, 'astro')}), Pagefind ${versionOf(ROOT, 'pagefind')}.
Articles come from \`make-corpus.mjs\` in \`../shared/bench/\`; the rest of \`content/\` (knowledge entries) is
kept. Each size was built *rounds* times, alternating site and baseline; the table gives medians,
and the ratios are the median (and range) of each round's site time over its baseline time.
Absolute seconds vary by about 30% between runs on these machines: read the ratios.

| articles | rounds | cold | repeat | baseline cold | baseline repeat | cold ratio | repeat ratio | one edit: build, ratio to repeat | cold per article | peak memory | baseline peak | pages/s (cold) | dist/ | search index | indexing | first search fetches |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

- *cold*: no content cache, no incremental-build cache, no Open Graph images cached.
  *repeat*: the same build again, content unchanged: Astro's content cache and incremental build
  (pages whose cacheKey and code are unchanged are copied from the last build; the keys are
  content fingerprints, \`src/build/fingerprint.ts\`: listings leave article text out, pages that
  show article text take that text in) and the Open Graph image cache are warm.
- *one edit*: after the repeat build, a paragraph is added to one article and the site is
  built again (then the article is put back); the ratio is per round, to that round's repeat build.
- *baseline*: \`../shared/bench/baseline\` (one MDX collection, one page per article, an index,
  Pagefind over the result) built from the same article files; its repeat build has its content cache.
- *peak memory*: the largest resident set of a cold build (GNU time), worker threads included.
- *pages/s*: HTML pages in \`dist/\` divided by the cold build's median time.
- *search index*: \`dist/pagefind/\`; *indexing*: Pagefind's part of the build.
- *Open Graph images*: ${ogMs.toFixed(0)} ms per 1200×630 PNG drawn on one worker thread (a Skia
  canvas, over 40 images). A cold build draws one per article and entity page on low-priority
  worker threads, one per core beside the main thread's, from the moment the build starts, and
  copies them into \`dist/\` after the pages: only drawing that outlasts the rest of the build
  adds to its time.
- *first search fetches*: every byte a reader downloads from opening the search dialog to the
  first results for "gesprek" (search module, Pagefind runtime, WebAssembly, index chunks, the
  results' fragments), with text files gzipped as a host sends them; in brackets, until the page
  is quiet (the filter chips' data, loaded after the first results). *Pagefind alone*: the same
  search with Pagefind's JS API on the baseline's index (no site, five results loaded), which is
  how Pagefind itself grows on this corpus. Until the first results:
${searchParts.join('\n')}

## Where the time goes

From each build's own log (\`scripts/support/build-phases.ts\`): Astro's durations per phase,
Pagefind's, and the site's Open Graph line. Pages render four at a time, so each page's logged
time overlaps others'; the page phase is shared out over the kinds of page in proportion to
those times.

${phaseSections.join('\n')}
## Knowledge layer

| articles | local graph per page | local graph in HTML | map JavaScript | map graph file | map interactive and settled | longest main-thread task |
| --- | --- | --- | --- | --- | --- | --- |
${knowledgeRows.join('\n')}

- The corpus's articles each reference two concepts, a person and a thesis with a position
  (added by the benchmark), so backlinks, graphs and the map work at full size.
- *local graph per page*: building one page's neighbourhood and laying it out, averaged over
  every article and entry (\`neighbourhood()\` + \`layoutNeighbourhood()\`); *in HTML*: the
  median size of an article's "Verbanden" section, SVG and list, before compression.
- *map*: its module and \`/kaart/graph.json\` (with the positions laid out at build time), gzipped;
  in Chromium with 4x CPU slowdown, the time from navigation to a map drawn in its settled
  layout with its controls live, and the longest main-thread task until the page is quiet
  (medians of ${MAP_LOADS} loads).

## Dev server

| rounds | \`npm run dev\` to first page | \`npm run editor\` to first page | ratio | \`npm run editor\` to /keystatic |
| --- | --- | --- | --- | --- |
| ${devRow.join(' | ')} |

- From starting \`astro dev\` on the launch content to the first answer of \`/\` (and, with the
  editor, of \`/keystatic\`), warm (Vite's dependency cache filled by a first start); the ratio
  is the median (and range) of each round's editor start over its plain start.
${devEditSection}
${
  importRow
    ? `
## Import

| posts | comments | import | import peak memory | rounds | imported site cold | baseline cold | cold ratio | peak memory | pages |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${importRow}

- *import*: \`npm run import -- export.xml --yes --no-download\` of a generated WordPress export
  (\`scripts/support/wxr-corpus.ts\`: classic-editor posts with captions, links between posts,
  a shortcode, comments a third of which are replies), whole process, into the site's knowledge
  entries; images are left out (no network), so they are reported missing and linked.
- *imported site cold*: the site built from that import (articles, comment archives, author,
  redirect pages); *baseline cold*: the baseline built from the same imported articles.
`
    : ''
}
`;
writeFileSync(resolve(ROOT, values.out), report);
console.log(`\n${report}`);
