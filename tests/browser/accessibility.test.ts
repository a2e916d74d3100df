/** axe-core on every page type, light and dark, at 320 and 1280 px: WCAG 2.2 AA, zero violations. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { DIST } from '../support/dist.ts';

const site = useBuiltSite(DIST);

describe.each([
  ['light', 320],
  ['light', 1280],
  ['dark', 320],
  ['dark', 1280],
] as const)('%s theme at %i px', (colorScheme, width) => {
  let page: Page;
  beforeAll(async () => {
    page = await (await site.browser.newContext({ colorScheme, viewport: { width, height: 900 } })).newPage();
  });
  afterAll(() => page?.context().close());

  it.each(PAGE_TYPES)('%s has no axe violations', async (path) => {
    await page.goto(`${site.server.root}${path}`);
    if (path.startsWith('/zoeken/')) await page.locator('a[data-result]').first().waitFor();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
