/**
 * Lighthouse, mobile preset (its default: a mid-range phone on a slow 4G link, simulated), on the
 * built site served compressed from localhost: performance, accessibility, best practices and
 * SEO must all score 100 on the home page, the longest article, the search page and an entity page.
 * Each page is audited three times and the median run counts, as Lighthouse's own guidance on
 * score variance advises: one run's blocking time swings with whatever else the machine does.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { readArticles } from '../support/content.ts';
import { DIST, PROJECT_ROOT } from '../support/dist.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;
const longest = readArticles(`${PROJECT_ROOT}/content`).sort((a, b) => b.body.length - a.body.length)[0]!;
const PAGES = ['/', `/artikelen/${longest.slug}/`, '/zoeken/', '/boeken/the-cluetrain-manifesto/'];

let server: StaticServer;
let chrome: LaunchedChrome;

beforeAll(async () => {
  server = await serveDist(DIST, process.env.BASE_PATH || '/');
  chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

describe('Lighthouse (mobile)', () => {
  it.each(PAGES)('%s scores 100 in every category', async (path) => {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.root}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      runs.push(result!.lhr);
    }
    // The median run by performance score; the other categories do not vary between runs.
    const { categories, audits } = runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[Math.floor(RUNS / 2)]!;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    // Audits that fell short, so a failure names its cause rather than only a number.
    const shortfalls = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => `${audit.id}: ${audit.displayValue ?? audit.score}`);
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => `${id} ${audits[id]?.displayValue ?? '?'}`)
      .join(', ');
    const spread = runs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100)).join('/');
    console.log(`${path}: ${JSON.stringify(scores)}; performance per run ${spread}; median run: ${metrics}`);
    expect(scores, shortfalls.join('; ')).toEqual(Object.fromEntries(CATEGORIES.map((id) => [id, 100])));
  });
});
