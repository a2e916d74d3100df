/** Long pages: what lies far below the first screen is rendered only as the reader nears it. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { readArticles } from '../support/content.ts';
import { DIST, PROJECT_ROOT } from '../support/dist.ts';

const published = readArticles(`${PROJECT_ROOT}/content`).filter((article) => article.published);
const longest = published.sort((a, b) => b.body.length - a.body.length)[0]!;
// Has inline definitions deep in its text.
const WITH_TERMS = '/artikelen/markten-zijn-gesprekken/';

const site = useBuiltSite(DIST);

async function openPhone(path: string): Promise<Page> {
  const page = await (await site.browser.newContext({ viewport: { width: 412, height: 823 } })).newPage();
  await page.goto(`${site.server.root}${path}`);
  return page;
}

/** Whether Chromium has rendered the element, rather than skipped it under content-visibility: auto. */
function isRendered(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
}

describe('rendering of long pages', () => {
  it('lays out the body’s far blocks and the site footer only when the reader scrolls to them', async () => {
    const page = await openPhone(`/artikelen/${longest.slug}/`);
    // The last block of the body with an element inside it (and no definition, see below).
    await page.evaluate(() => {
      const blocks = [...document.querySelectorAll('.prose-article > *')].filter((block) => block.firstElementChild && !block.querySelector('.term'));
      blocks.at(-1)!.firstElementChild!.setAttribute('data-probe', '');
    });
    expect(await isRendered(page, 'h1')).toBe(true);
    expect(await isRendered(page, '.prose-article > :first-child')).toBe(true);
    expect(await isRendered(page, '[data-probe]')).toBe(false);
    expect(await isRendered(page, 'body > footer a >> nth=0')).toBe(false);

    await page.locator('[data-probe]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-probe]')!.checkVisibility({ contentVisibilityAuto: true }));
    await page.locator('body > footer').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('body > footer a')!.checkVisibility({ contentVisibilityAuto: true }));
    await page.context().close();
  });

  it('keeps a block with an inline definition rendered, so nothing clips its tooltip', async () => {
    const page = await openPhone(WITH_TERMS);
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('.prose-article > *')].slice(3).map((block) => ({
        hasTerm: block.querySelector('.term') !== null,
        contentVisibility: getComputedStyle(block).contentVisibility,
      })),
    );
    expect(blocks.some((block) => block.hasTerm)).toBe(true);
    for (const block of blocks) expect(block.contentVisibility).toBe(block.hasTerm ? 'visible' : 'auto');
    const lastTerm = page.locator('.prose-article .term a').last();
    expect(await lastTerm.evaluate((link) => link.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
    await lastTerm.hover();
    expect(await page.locator('.prose-article .term [role="tooltip"]').last().isVisible()).toBe(true);
    await page.context().close();
  });
});
