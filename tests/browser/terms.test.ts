/** Inline term definitions: on hover and focus, without JavaScript too, and dismissable with Escape. */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { readArticles } from '../support/content.ts';
import { DIST, PROJECT_ROOT } from '../support/dist.ts';

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

  it('are readable when shown, in both themes: one text colour throughout, and axe-core finds no violation', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.root}${ARTICLE}`);
      await page.locator('.term a').first().focus();
      // The article's prose styles stop at the definition: its term name keeps the tip's colours.
      const colours = await page
        .locator('.term [role="tooltip"]')
        .first()
        .evaluate((tip) => [tip, ...tip.querySelectorAll('*')].map((node) => getComputedStyle(node).color));
      expect(new Set(colours).size, colorScheme).toBe(1);
      const result = await new AxeBuilder({ page })
        .include('.term [role="tooltip"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        result.violations.map((violation) => `${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(result.passes.some((rule) => rule.id === 'color-contrast')).toBe(true);
      await context.close();
    }
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

  // Every published article with a definition in it, on the narrowest screens and a desktop one.
  const withTerms = readArticles(`${PROJECT_ROOT}/content`).filter((article) => article.published && article.body.includes('<Term'));

  it.each([320, 412, 1280])('stay on screen at %i px, wherever the term sits in the line', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    const offScreen: string[] = [];
    let checked = 0;
    for (const article of withTerms) {
      await page.goto(`${site.server.root}/artikelen/${article.slug}/`);
      for (const link of await page.locator('.term a').all()) {
        await link.focus();
        // Blocks above may still take their real height as they are rendered; measure once settled.
        const tip = await link.evaluate(async (anchor) => {
          for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
          const box = document.getElementById(anchor.getAttribute('aria-describedby')!)!.getBoundingClientRect();
          return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, text: anchor.textContent };
        });
        checked++;
        if (tip.left < 0 || tip.right > width || tip.top < 0 || tip.bottom > 800) offScreen.push(`${article.slug} "${tip.text}": ${JSON.stringify(tip)}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(withTerms.length);
    expect(offScreen).toEqual([]);
    await page.close();
  });
});
