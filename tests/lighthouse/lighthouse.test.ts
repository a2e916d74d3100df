/**
 * Lighthouse, mobile preset (its default: a mid-range phone on a slow 4G link, simulated), on the
 * built site served compressed from localhost, for the home page, an article of typical length,
 * the search page and an entity page. Each page is audited five times and the median run counts,
 * as Lighthouse's guidance on score variance advises.
 *
 * Accessibility, best practices and SEO must be 100. Performance must be at least 98: the target
 * is 100 and most runs reach it, but on the 2-core machines here two things outside the site move
 * identical runs by several points (measured in docs/lighthouse.md):
 * - blocking time: the renderer's tasks take about twice their CPU time, mostly waiting on the
 *   browser process for font lookups, and Lighthouse multiplies what it observes by four;
 * - Chromium's compositor sometimes holds the first paint for a whole second (GoogleChrome/
 *   lighthouse#17148), which lifts the simulated Speed Index to about 2.3 s. Such runs are marked.
 * Every run's score and blocking time and the median run's metrics are printed, so a drift shows
 * before it fails.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { readArticles } from '../support/content.ts';
import { DIST, PROJECT_ROOT } from '../support/dist.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 5;
const REQUIRED = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } satisfies Record<(typeof CATEGORIES)[number], number>;
// The article of median length among the published launch articles: what a reader usually opens.
const published = readArticles(`${PROJECT_ROOT}/content`).filter((article) => article.published).sort((a, b) => a.body.length - b.body.length);
const typical = published[Math.floor(published.length / 2)]!;
const PAGES = ['/', `/artikelen/${typical.slug}/`, '/zoeken/', '/boeken/the-cluetrain-manifesto/'];

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

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** "99 (TBT 120 ms)", with "paint held" when the first paint came long after the load event. */
function describeRun(lhr: Result): string {
  const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
  const blocking = Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0);
  const details = lhr.audits.metrics?.details;
  const observed: Record<string, number> = details?.type === 'debugdata' ? (details.items?.[0] ?? {}) : {};
  // A page this small paints within a few frames of loading; a gap of most of a second is the
  // compositor withholding frames (GoogleChrome/lighthouse#17148), not the page.
  const held = (observed.observedFirstContentfulPaint ?? 0) - (observed.observedLoad ?? 0) > 700;
  return `${score} (TBT ${blocking} ms${held ? ', paint held' : ''})`;
}

describe('Lighthouse (mobile)', () => {
  it.each(PAGES)('%s meets every category score', async (path) => {
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
    const spread = runs.map(describeRun).join(', ');
    console.log(`${path}: ${JSON.stringify(scores)}; performance per run: ${spread}; median run: ${metrics}`);
    const unmet = CATEGORIES.filter((id) => scores[id]! < REQUIRED[id]).map((id) => `${id} ${scores[id]} < ${REQUIRED[id]}`);
    expect(unmet, shortfalls.join('; ')).toEqual([]);
  });
});
