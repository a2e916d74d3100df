/**
 * `npm run bench [-- --articles 1000,5000]`: builds the full site (pages, feeds, search
 * index) on generated corpora and reports build time, peak memory, dist/ size, the Pagefind
 * index (size, indexing time) and the bytes a reader's first search fetches. Writes the
 * table to docs/performance.md. Not part of `npm test`: timings vary by ~30% per run here.
 *
 * Needs ../shared/bench/make-corpus.mjs (or BENCH_CORPUS_SCRIPT) for the corpora.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, out: { type: 'string', default: 'docs/performance.md' } } });
const sizes = values.articles.split(',').map(Number);
const corpusScript = process.env.BENCH_CORPUS_SCRIPT ?? resolve(ROOT, '../shared/bench/make-corpus.mjs');
if (!existsSync(corpusScript)) throw new Error(`No corpus generator at ${corpusScript}; set BENCH_CORPUS_SCRIPT.`);

function htmlPages(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? htmlPages(join(path, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** A copy of content/ whose articles are replaced by a generated corpus of `count`. */
function corpus(count: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), `gesprek-bench-${count}-`)), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true, filter: (source) => !source.includes('/content/articles/') });
  const made = spawnSync(process.execPath, [corpusScript, '--out', join(dir, 'articles'), '--articles', String(count), '--set', 'review:book=de-conversation-manager', '--set', 'case-study:organisation=klm'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  return dir;
}

interface BuildMeasure {
  seconds: number;
  peakMb: number | undefined;
  indexMs: number | undefined;
}

function build(contentDir: string, outDir: string): BuildMeasure {
  const astro = join(ROOT, 'node_modules/.bin/astro');
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = spawnSync(timed ? '/usr/bin/time' : astro, [...(timed ? ['-f', 'PEAK_KB %M', astro] : []), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
  const peak = /PEAK_KB (\d+)/.exec(output);
  const indexed = /Indexed \d+ pages for search in (\d+) ms/.exec(output);
  return {
    seconds,
    peakMb: peak ? Number(peak[1]) / 1024 : undefined,
    indexMs: indexed ? Number(indexed[1]) : undefined,
  };
}

/** Bytes transferred from opening the search dialog to the first results of a query. */
async function firstQueryBytes(outDir: string): Promise<number> {
  const server = await serveDist(outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.root}/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    page.on('response', async (response) => {
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
    await page.keyboard.type('gesprek');
    await page.waitForSelector('dialog a[data-result]');
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Milliseconds per Open Graph image drawn from scratch (empty cache), over `count` images. */
async function ogImageCost(count: number): Promise<number> {
  process.env.GESPREK_OG_CACHE = mkdtempSync(join(tmpdir(), 'gesprek-og-'));
  const { renderOgImage } = await import('../src/lib/og-image.ts');
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    await renderOgImage({ title: `Een artikel over gesprekken, nummer ${i}: één “dialoog” met ĳver`, kind: 'Opinie', accent: '#a63c0c', siteName: 'Markten zijn gesprekken', siteHost: 'gesprek.nl' });
  }
  const perImage = (performance.now() - started) / count;
  rmSync(process.env.GESPREK_OG_CACHE, { recursive: true, force: true });
  return perImage;
}

const ogMs = await ogImageCost(40);
const rows: string[] = [];
for (const count of sizes) {
  const contentDir = corpus(count);
  const outDir = join(contentDir, '..', 'dist');
  // Cold means cold for Open Graph images too: drop their cache.
  rmSync(join(ROOT, 'node_modules/.cache/gesprek-og'), { recursive: true, force: true });
  console.log(`\n${count} articles: cold build…`);
  const cold = build(contentDir, outDir);
  console.log(`${count} articles: warm build…`);
  const warm = build(contentDir, outDir);
  const query = await firstQueryBytes(outDir);
  const row = {
    articles: count,
    cold: cold.seconds.toFixed(1),
    warm: warm.seconds.toFixed(1),
    pagesPerSecond: (htmlPages(outDir) / cold.seconds).toFixed(0),
    peak: cold.peakMb ? `${(cold.peakMb / 1024).toFixed(2)} GB` : 'n/a',
    dist: mb(sizeOf(outDir)),
    index: mb(sizeOf(join(outDir, 'pagefind'))),
    indexTime: cold.indexMs !== undefined ? `${(cold.indexMs / 1000).toFixed(1)} s` : 'n/a',
    query: kb(query),
  };
  console.log(row);
  rows.push(`| ${Object.values(row).join(' | ')} |`);
  rmSync(join(contentDir, '..'), { recursive: true, force: true });
}

const versionOf = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const versions = { astro: versionOf('astro'), pagefind: versionOf('pagefind') };
const report = `# Performance

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB,
Node ${process.version}, Astro ${versions.astro}, Pagefind ${versions.pagefind}. Articles come from
\`../shared/bench/make-corpus.mjs\`; the rest of \`content/\` (knowledge entries) is kept. Absolute
seconds vary by about 30% between runs on these machines: compare within one run.

| articles | cold build (s) | warm build (s) | pages/s (cold) | peak memory | dist/ | search index | indexing | first search fetches |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

- *cold build*: empty content cache; *warm build*: the same build again with the cache from the cold one.
- *pages/s*: HTML pages in \`dist/\` divided by the cold build's wall time.
- *search index*: \`dist/pagefind/\`; *indexing*: Pagefind's part of the build.
- *Open Graph images*: ${ogMs.toFixed(0)} ms per 1200×630 PNG drawn from scratch (satori + resvg, measured
  over 40 images); a cold build draws one per article and entity page, a warm build reuses them
  from \`node_modules/.cache/gesprek-og\` (keyed by a hash of what is drawn), so the cold-warm gap above
  is mostly image drawing.
- *first search fetches*: every byte a reader downloads from opening the search dialog to the
  first results for "gesprek" (search module, Pagefind runtime, WebAssembly, index chunks).
`;
writeFileSync(resolve(ROOT, values.out), report);
console.log(`\n${report}`);
