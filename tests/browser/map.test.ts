/** /kaart/ in Chromium: loads, filters, finds, highlights neighbours, navigates, works by keyboard and without JavaScript. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { DIST, PROJECT_ROOT } from '../support/dist.ts';
import { sourceGraph } from '../support/knowledge-graph.ts';

const { neighbours, routeOf } = sourceGraph(`${PROJECT_ROOT}/content`);
const site = useBuiltSite(DIST);

async function openMap(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.server.root}/kaart/`);
  await page.waitForSelector('gesprek-map[data-state="ready"]', { timeout: 30_000 });
  return errors;
}

/** The node's position on screen, from the map's own layout and view; node i is the page's i-th listed link. */
const screenPositionOf = (page: Page, path: string) =>
  page.locator('gesprek-map').evaluate((map, path) => {
    const state = map as unknown as { graph: { positions: Float32Array }; view: { x: number; y: number; k: number } };
    const i = [...document.querySelectorAll('[data-map-list] a')].findIndex((link) => link.getAttribute('href') === path);
    const rect = map.querySelector('canvas')!.getBoundingClientRect();
    return {
      x: rect.left + state.graph.positions[i * 2]! * state.view.k + state.view.x,
      y: rect.top + state.graph.positions[i * 2 + 1]! * state.view.k + state.view.y,
    };
  }, path);
const view = (page: Page) => page.locator('gesprek-map').evaluate((map) => ({ ...(map as unknown as { view: { x: number; y: number; k: number } }).view }));
const neighbourLinks = (page: Page) =>
  page.locator('[data-map-neighbours] button').evaluateAll((buttons) => buttons.map((button) => button.firstChild!.textContent));
/**
 * How many pixels of the picture the canvas shows are drawn on; with `kind`, how many are
 * opaque in the colour the key shows for that kind. The painter draws on its own thread, so the
 * page's canvas only shows its frames: they are copied out to be read.
 */
const painted = (page: Page, kind?: string) =>
  page.locator('gesprek-map').evaluate((map, kind) => {
    const colour =
      kind &&
      getComputedStyle(map.querySelector(`svg.map-key[data-kind="${kind}"] > path`)!)
        .fill.match(/\d+/g)!
        .map(Number);
    const canvas = map.querySelector('canvas')!;
    const copy = new OffscreenCanvas(canvas.width, canvas.height).getContext('2d')!;
    copy.drawImage(canvas, 0, 0);
    const data = copy.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (colour ? data[i] === colour[0] && data[i + 1] === colour[1] && data[i + 2] === colour[2] && data[i + 3] === 255 : data[i + 3]! > 0) count++;
    }
    return count;
  }, kind);
const titleOf = (page: Page, key: string) =>
  page
    .locator(`[data-map-list] a[href$="${routeOf(key)}"]`)
    .first()
    .textContent();

describe('the map', () => {
  it('loads its graph file and draws every node where the build laid it out, without errors', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const errors = await openMap(page);
    expect(errors).toEqual([]);
    expect(requests).toContain('/kaart/graph.json');
    // Nothing is laid out in the browser: the positions drawn are the file's.
    const file = JSON.parse(readFileSync(join(DIST, 'kaart/graph.json'), 'utf8')) as { positions: number[] };
    const drawn = await page.locator('gesprek-map').evaluate((map) => [...(map as unknown as { graph: { positions: Float32Array } }).graph.positions]);
    expect(drawn).toEqual(file.positions.map(Math.fround));
    // The frame reaches the page's canvas from the painter's thread just after it says it drew.
    await expect.poll(() => painted(page)).toBeGreaterThan(1000);
    expect(await page.locator('[data-map-status]').textContent()).toMatch(/geladen/);
    await page.close();
  });

  it("draws on a worker thread: the page's main thread never produces a canvas frame", async () => {
    const page = await site.browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    await site.browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'blink'] });
    await openMap(page);
    await expect.poll(() => painted(page)).toBeGreaterThan(1000);
    await page.locator('[data-zoom="in"]').click();
    await page.waitForTimeout(200);
    const { traceEvents } = JSON.parse((await site.browser.stopTracing()).toString()) as {
      traceEvents: { name: string; pid: number; tid: number; args: { name?: string } }[];
    };
    const threads = new Map(traceEvents.filter((event) => event.name === 'thread_name').map((event) => [`${event.pid}:${event.tid}`, event.args.name]));
    // Where Chromium copied each finished canvas frame out for the compositor.
    const frames = traceEvents
      .filter((event) => event.name === 'Canvas2DResourceProvider::ProduceCanvasResource')
      .map((event) => threads.get(`${event.pid}:${event.tid}`));
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter((thread) => thread === 'CrRendererMain')).toEqual([]);
    await page.close();
  });

  it('starts only once the page has painted: its module and graph are not fetched before the first contentful paint', async () => {
    const page = await site.browser.newPage();
    // A render-blocking script that does not block parsing holds the first paint for a second
    // after the page is parsed, as a slow network or phone would.
    await page.route('**/slow-paint.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await page.route('**/kaart/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<head>', '<head><script async blocking="render" src="/slow-paint.js"></script>');
      await route.fulfill({ response, body: html });
    });
    await openMap(page);
    const timing = await page.evaluate(() => {
      const startOf = (name: string) => performance.getEntriesByType('resource').find((entry) => entry.name.includes(name))!.startTime;
      return {
        parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        painted: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        module: startOf('/_astro/MapScript.astro'),
        graph: startOf('/kaart/graph.json'),
      };
    });
    expect(timing.painted - timing.parsed, 'the paint was held after parsing').toBeGreaterThan(500);
    expect(timing.module).toBeGreaterThan(timing.painted);
    expect(timing.graph).toBeGreaterThan(timing.painted);
    await page.close();
  });

  it('says so, and draws nothing, when the graph file does not fit the page it came with', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // One node more than the page lists: a graph file from another build.
    await page.route('**/kaart/graph.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { counts: number[] };
      data.counts[0]! += 1;
      await route.fulfill({ response, json: data });
    });
    await page.goto(`${site.server.root}/kaart/`);
    await page.waitForSelector('gesprek-map[data-state="failed"]');
    expect(await page.locator('[data-map-status]').textContent()).toBe(await page.getAttribute('gesprek-map', 'data-failed'));
    expect(await painted(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws in the theme's colours, and again in the other theme's when the reader switches", async () => {
    const page = await site.browser.newPage({ colorScheme: 'light' });
    await openMap(page);
    // Pixels of the canvas in the key's colour for books, as the page shows it.
    const inBookColour = () => painted(page, 'book');
    await expect.poll(inBookColour).toBeGreaterThan(20);
    // The toggle goes from the system's theme (light here) to light, then to dark.
    await page.locator('[data-theme-toggle]').first().click();
    await page.locator('[data-theme-toggle]').first().click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await expect.poll(inBookColour).toBeGreaterThan(20);
    await page.close();
  });

  it('finds a node by name, highlights it with exactly its neighbours, and opens its page', async () => {
    const page = await site.browser.newPage();
    await openMap(page);
    await page.fill('[data-map-find]', 'doc sea');
    await page.locator('[data-map-matches] button', { hasText: 'Doc Searls' }).click();
    expect(await page.getAttribute('gesprek-map', 'data-selected')).toBe('/personen/doc-searls/');
    const expected = await Promise.all([...neighbours.get('people/doc-searls')!].map((key) => titleOf(page, key)));
    expect((await neighbourLinks(page)).sort()).toEqual(expected.sort());
    // A neighbour's button moves the selection along the graph.
    await page.locator('[data-map-neighbours] button', { hasText: 'The Intention Economy' }).click();
    expect(await page.getAttribute('gesprek-map', 'data-selected')).toBe('/boeken/the-intention-economy/');
    await page.locator('[data-map-open]').click();
    await page.waitForURL(/\/boeken\/the-intention-economy\/$/);
    await page.close();
  });

  it('filters by kind: hidden kinds leave the search, the neighbour lists and the picture', async () => {
    const page = await site.browser.newPage();
    await openMap(page);
    await page.fill('[data-map-find]', 'dialoog');
    const kinds = async () => page.locator('[data-map-matches] .map-node-kind').allTextContents();
    expect(await kinds()).toEqual(expect.arrayContaining([' (Begrip)', ' (Artikel)']));
    await expect.poll(() => painted(page)).toBeGreaterThan(1000);
    const before = await painted(page);
    await page.locator('input[data-kind="article"]').uncheck();
    await expect.poll(() => painted(page)).toBeLessThan(before);
    await page.fill('[data-map-find]', '');
    await page.fill('[data-map-find]', 'dialoog');
    expect(await kinds()).toEqual([' (Begrip)']);
    await page.locator('[data-map-matches] button').first().click();
    const shown = [...neighbours.get('concepts/dialoog')!].filter((key) => !key.startsWith('articles/'));
    expect((await neighbourLinks(page)).sort()).toEqual((await Promise.all(shown.map((key) => titleOf(page, key)))).sort());
    await page.close();
  });

  it('selects a node by clicking it and opens its page on double-click', async () => {
    const page = await site.browser.newPage();
    await openMap(page);
    const target = '/organisaties/klm/';
    const at = await screenPositionOf(page, target);
    await page.mouse.click(at.x, at.y);
    expect(await page.getAttribute('gesprek-map', 'data-selected')).toBe(target);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForURL(/\/organisaties\/klm\/$/);
    await page.close();
  });

  it('zooms and pans by mouse, buttons and keys, and is reachable by keyboard', async () => {
    const page = await site.browser.newPage();
    await openMap(page);
    const start = await view(page);
    await page.locator('[data-zoom="in"]').click();
    expect((await view(page)).k).toBeCloseTo(start.k * 1.5, 5);
    const box = (await page.locator('canvas').boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height - 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 140, box.y + box.height - 10, { steps: 5 });
    await page.mouse.up();
    const dragged = await view(page);
    expect(dragged.x - start.x).not.toBe(0);
    await page.locator('canvas').focus();
    await page.keyboard.press('ArrowLeft');
    expect((await view(page)).x).toBeCloseTo(dragged.x + 60, 5);
    await page.keyboard.press('-');
    expect((await view(page)).k).toBeCloseTo(start.k, 5);
    await page.keyboard.press('0');
    expect(await view(page)).toEqual(start);
    // Tab order: canvas, zoom buttons, the kind filters, the search field.
    const order: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(
          () => document.activeElement?.getAttribute('data-zoom') ?? document.activeElement?.getAttribute('data-kind') ?? document.activeElement?.id ?? '',
        ),
      );
    }
    expect(order).toEqual(['in', 'out', 'fit', 'article', 'book', 'person', 'organisation', 'concept', 'thesis', 'kaart-zoek']);
    await page.keyboard.type('klm');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('gesprek-map', 'data-selected')).toBe('/organisaties/klm/');
    await page.locator('canvas').focus();
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('gesprek-map', 'data-selected')).toBe('');
    await page.close();
  });

  it('without JavaScript, lists the same nodes by kind and hides the map controls', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}/kaart/`);
    expect(await page.locator('gesprek-map').isVisible()).toBe(false);
    const listed = await page.locator('[data-map-list] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(listed.sort()).toEqual([...neighbours.keys()].map(routeOf).sort());
    await context.close();
  });
});
