/**
 * Keys typed while search is still loading: the dialog's module and the search page's module
 * arrive after the reader has started typing. Every key, sent with no delay, must end up in
 * the field in order, and the first search must run on the whole text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { DIST } from '../support/dist.ts';

const site = useBuiltSite(DIST);
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** Records every text the search status shows, from the first one on. */
async function pageRecordingStatus(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { statuses: string[] }).statuses = []);
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[data-status]')) {
        const text = status.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${site.server.root}${path}`, { waitUntil: 'networkidle' });
  return page;
}
const statuses = (page: Page) => page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
const resultPaths = (page: Page) =>
  page.locator('gesprek-search a[data-result]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe('keys typed before search has loaded', () => {
  // The search page focuses its field on load, so there the reader just types.
  for (const [opener, path] of [
    ['/', '/artikelen/de-conversation-manager/'],
    ['Control+k', '/artikelen/de-conversation-manager/'],
    [null, '/zoeken/'],
    ['/', '/zoeken/'],
  ] as const) {
    it(`all reach the field ${opener ? `after ${opener}` : 'at once'} on ${path}, and the first search is for the whole word`, async () => {
      const page = await pageRecordingStatus(path);
      if (opener && path === '/zoeken/') await page.locator('h1').click(); // out of the field first
      if (opener) await page.keyboard.press(opener);
      await page.keyboard.type('vulkaan');
      await poll(() => page.inputValue('gesprek-search input[type="search"]:focus')).toBe('vulkaan');
      await poll(() => resultPaths(page)).toContain('/artikelen/klm-en-de-aswolk/');
      expect((await statuses(page))[0]).toMatch(/resulta(at|ten) voor “vulkaan”$/);
      await page.close();
    });
  }

  it('keeps text pasted straight after Ctrl+K, and what is typed after it', async () => {
    const page = await pageRecordingStatus('/');
    await page.keyboard.press('Control+k');
    await page.keyboard.insertText('KLM ');
    await page.keyboard.type('aswolk');
    await poll(() => page.inputValue('gesprek-search input[type="search"]:focus')).toBe('KLM aswolk');
    await poll(() => resultPaths(page)).toContain('/artikelen/klm-en-de-aswolk/');
    expect((await statuses(page))[0]).toMatch(/voor “KLM aswolk”$/);
    await page.close();
  });

  it('keeps what was typed when search opens a second time, selected so a new query replaces it', async () => {
    const page = await pageRecordingStatus('/');
    await page.keyboard.press('/');
    await page.keyboard.type('vulkaan');
    await poll(() => resultPaths(page)).toContain('/artikelen/klm-en-de-aswolk/');
    await page.locator('gesprek-search [data-close]').click();
    await poll(() => page.locator('gesprek-search dialog').isVisible()).toBe(false);
    await page.keyboard.press('/');
    expect(await page.inputValue('gesprek-search input[type="search"]:focus')).toBe('vulkaan');
    await page.keyboard.type('cluetrain');
    await poll(() => page.inputValue('gesprek-search input[type="search"]:focus')).toBe('cluetrain');
    await poll(() => statuses(page).then((all) => all.at(-1))).toMatch(/voor “cluetrain”$/);
    await page.close();
  });
});
