/** Keyboard, small screens and JavaScript-free reading. */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { readArticles } from '../support/content.ts';
import { DIST, PROJECT_ROOT } from '../support/dist.ts';

const article = readArticles(`${PROJECT_ROOT}/content`).find((entry) => entry.published)!;
const pages = ['/', '/artikelen/', `/artikelen/${article.slug}/`, '/tags/', '/archief/', '/over/', '/opinie/'];

const site = useBuiltSite(DIST);

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/artikelen/${article.slug}/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Naar de inhoud');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });

  it('focus is always visible on links and buttons', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/`);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        const after = getComputedStyle(document.activeElement!, '::after');
        return [style.outlineStyle, after.outlineStyle];
      });
      expect(
        outline.some((value) => value !== 'none'),
        `tab stop ${i + 1}`,
      ).toBe(true);
    }
    await page.close();
  });
});

describe('small screens (320 px)', () => {
  it.each(pages)('%s has no horizontal scrolling', async (route) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.server.root}${route}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('the navigation folds into a menu that opens without JavaScript and shifts nothing', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}/`);
    const navLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begrippen' });
    expect(await navLink.isVisible()).toBe(false);
    const headingBefore = await page.locator('main h1').boundingBox();
    await page.locator('header summary').click();
    expect(await navLink.isVisible()).toBe(true);
    expect(await page.locator('main h1').boundingBox()).toEqual(headingBefore);
    await navLink.click();
    expect(new URL(page.url()).pathname).toMatch(/\/begrippen\/$/);
    await context.close();
  });

  it('on wide screens the navigation is always visible', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.root}/`);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begrippen' }).isVisible()).toBe(true);
    expect(await page.locator('header summary').isVisible()).toBe(false);
    await page.close();
  });
});

describe('an article page', () => {
  it('requests no script and nothing from another origin', async () => {
    const page = await site.browser.newPage();
    const requests: { url: string; type: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    await page.goto(`${site.server.root}/artikelen/${article.slug}/`, { waitUntil: 'networkidle' });
    expect(requests.filter((request) => request.type === 'script')).toEqual([]);
    expect(requests.filter((request) => !request.url.startsWith(site.server.origin))).toEqual([]);
    await page.close();
  });

  it('uses the self-hosted fonts', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/artikelen/${article.slug}/`, { waitUntil: 'networkidle' });
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/"/g, ''));
    });
    expect(fonts).toContain('Literata Variable');
    await page.close();
  });
});
