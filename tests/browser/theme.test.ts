/** The theme follows the system, can be chosen, persists, and never flashes the wrong one. */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { DIST } from '../support/dist.ts';

const site = useBuiltSite(DIST);

/** Records the theme at the moment <body> is first inserted, i.e. before anything is painted. */
async function pageWithFirstPaintProbe(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const record = () => {
      (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
    };
    new MutationObserver((_, observer) => {
      if (document.body) {
        record();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return page;
}

const themeAtBody = (page: Page) => page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('theme', () => {
  it('follows the system preference before the body is painted', async () => {
    for (const colorScheme of ['dark', 'light'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await pageWithFirstPaintProbe(context);
      await page.goto(`${site.server.root}/`);
      expect(await themeAtBody(page)).toBe(colorScheme);
      expect(await page.getAttribute('html', 'data-theme-pref')).toBe('system');
      await context.close();
    }
  });

  it('cycles system → light → dark, changes the colours, and remembers the choice on the next page', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await pageWithFirstPaintProbe(context);
    await page.goto(`${site.server.root}/`);
    const toggle = page.getByRole('button', { name: /Kleurenschema: Systeem/ });
    await expect(toggle.isVisible()).resolves.toBe(true);
    const lightBackground = await background(page);

    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme-pref')).toBe('light');
    await page.getByRole('button', { name: /Kleurenschema: Licht/ }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await expect(page.getByRole('button', { name: /Kleurenschema: Donker/ }).isVisible()).resolves.toBe(true);
    expect(await background(page)).not.toBe(lightBackground);

    await page.goto(`${site.server.root}/artikelen/`);
    expect(await themeAtBody(page)).toBe('dark');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

    await page.getByRole('button', { name: /Kleurenschema: Donker/ }).click();
    expect(await page.getAttribute('html', 'data-theme-pref')).toBe('system');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await context.close();
  });

  it('without JavaScript the page uses the system theme and hides the toggle', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.server.root}/`);
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    const darkBackground = await background(page);
    await context.close();

    const lightContext = await site.browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
    const lightPage = await lightContext.newPage();
    await lightPage.goto(`${site.server.root}/`);
    expect(await background(lightPage)).not.toBe(darkBackground);
    await lightContext.close();
  });
});
