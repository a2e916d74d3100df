/** Link previews in Chromium: loaded on first interaction only, by mouse and keyboard, per WCAG 1.4.13. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { readEntries } from '../support/content.ts';
import { DIST, PROJECT_ROOT } from '../support/dist.ts';

const ARTICLE = '/artikelen/markten-zijn-gesprekken/';
const THESIS_LINK = '.prose-article a[href$="/theses/1/"]';
const BOOK_LINK = '.prose-article a[href$="/boeken/the-cluetrain-manifesto/"]';
const these1 = readEntries(`${PROJECT_ROOT}/content`, 'theses').get('these-1')!;

const site = useBuiltSite(DIST);

async function open(page: Page, path = ARTICLE) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.server.root}${path}`, { waitUntil: 'networkidle' });
  return requests;
}

const preview = (page: Page) => page.locator('#link-preview');
const rectOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('link previews', () => {
  it('load nothing before the first interaction, then show title, kind, verdict and summary on hover', async () => {
    const page = await site.browser.newPage();
    const requests = await open(page);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(200);
    expect(requests.filter((path) => /voorbeelden|LinkPreview/.test(path))).toEqual([]);
    expect(await preview(page).count()).toBe(0);

    await page.locator(THESIS_LINK).first().hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(requests.some((path) => /\/_astro\/LinkPreviewScript.*\.js$/.test(path))).toBe(true);
    expect(requests.filter((path) => path.startsWith('/voorbeelden/'))).toHaveLength(1);
    expect(await preview(page).locator('.link-preview-title').textContent()).toBe('These 1');
    expect(await preview(page).locator('.link-preview-kind').textContent()).toBe('Cluetrain-these · Klopt nog');
    expect(await preview(page).locator('.link-preview-text').textContent()).toBe(these1.summary);
    expect(await page.locator(THESIS_LINK).first().getAttribute('aria-describedby')).toBe('link-preview');
    expect(await preview(page).getAttribute('role')).toBe('tooltip');
    await page.close();
  });

  it('stay while the pointer moves onto them, hide when it leaves both, never cover the link', async () => {
    const page = await site.browser.newPage();
    await open(page);
    const link = page.locator(BOOK_LINK).first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    const box = await preview(page).evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    expect(overlaps(box, await rectOf(page, BOOK_LINK))).toBe(false);
    await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2, { steps: 8 });
    await page.waitForTimeout(500);
    expect(await preview(page).isVisible()).toBe(true);
    await page.mouse.move(2, box.bottom + 200 > 800 ? 2 : box.bottom + 200, { steps: 4 });
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    await page.close();
  });

  it('hide on Escape and stay hidden on that link until the pointer moves to another', async () => {
    const page = await site.browser.newPage();
    await open(page);
    await page.locator(THESIS_LINK).first().hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await preview(page).isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await page.locator(THESIS_LINK).first().hover();
    await page.waitForTimeout(300);
    expect(await preview(page).isVisible()).toBe(false);
    // Another link shows its preview again.
    await page.locator(BOOK_LINK).first().hover();
    await expect.poll(() => preview(page).locator('.link-preview-title').textContent()).toBe('The Cluetrain Manifesto');
    await page.close();
  });

  it('follow keyboard focus, stay out of the tab order and hide on Escape', async () => {
    const page = await site.browser.newPage();
    const requests = await open(page);
    const links = page.locator('.prose-article a[href*="/theses/"]');
    await links.nth(0).focus();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await preview(page).locator('.link-preview-title').textContent()).toBe('These 1');
    expect(requests.some((path) => path.startsWith('/voorbeelden/'))).toBe(true);
    // Tab goes on through the article's own links, in document order: the preview takes no focus.
    const order = await page.locator('.prose-article a[href]').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    const start = order.indexOf(await links.nth(0).getAttribute('href'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(order[start + 1]);
    expect(await page.evaluate(() => document.activeElement?.closest('#link-preview'))).toBeNull();
    await links.nth(1).focus();
    await expect.poll(() => preview(page).locator('.link-preview-title').textContent()).toBe('These 12');
    await page.keyboard.press('Escape');
    expect(await preview(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/\/theses\/12\/$/);
    await page.close();
  });

  it('stay on screen at 320 px, below or above the link', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await open(page);
    for (const selector of [THESIS_LINK, BOOK_LINK]) {
      await page.locator(selector).first().scrollIntoViewIfNeeded();
      await page.locator(selector).first().hover();
      await expect.poll(() => preview(page).isVisible()).toBe(true);
      const box = await preview(page).evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.left, selector).toBeGreaterThanOrEqual(0);
      expect(box.right, selector).toBeLessThanOrEqual(320);
      expect(overlaps(box, await rectOf(page, selector)), selector).toBe(false);
      await page.mouse.move(1, 1);
      await expect.poll(() => preview(page).isVisible()).toBe(false);
    }
    await context.close();
  });

  it('let touch users simply follow the link', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const requests = await open(page);
    await page.locator(THESIS_LINK).first().scrollIntoViewIfNeeded();
    await page.locator(THESIS_LINK).first().tap();
    await page.waitForURL(/\/theses\/1\/$/);
    expect(requests.filter((path) => path.startsWith('/voorbeelden/'))).toEqual([]);
    await context.close();
  });

  it('are readable in both themes: axe-core finds no violation with a preview open', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await open(page, '/begrippen/dialoog/');
      await page.locator('[data-backlink] a').first().hover();
      await expect.poll(() => preview(page).isVisible()).toBe(true);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(
        result.violations.map((violation) => `${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(result.passes.find((rule) => rule.id === 'color-contrast')?.nodes.some((node) => node.target.join(' ').includes('link-preview'))).toBe(true);
      await context.close();
    }
  });
});
