/** Inline term definitions: on hover and focus, without JavaScript too, and dismissable with Escape. */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';

const ARTICLE = '/artikelen/markten-zijn-gesprekken/';

const site = useBuiltSite(DIST);

describe('<Term> definitions', () => {
  it('show on keyboard focus as the link’s description, and hide on Escape', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}${ARTICLE}`);
    const link = page.locator('.term a').first();
    const tip = page.locator('.term [role="tooltip"]').first();
    expect(await tip.isVisible()).toBe(false);
    await link.focus();
    expect(await tip.isVisible()).toBe(true);
    const description = await page.evaluate(() => {
      const anchor = document.querySelector('.term a')!;
      return document.getElementById(anchor.getAttribute('aria-describedby')!)?.textContent;
    });
    expect(description).toMatch(/^Conversation marketing: /);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  it('show on hover with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}${ARTICLE}`);
    const tip = page.locator('.term [role="tooltip"]').first();
    await page.locator('.term a').first().hover();
    expect(await tip.isVisible()).toBe(true);
    await context.close();
  });
});
