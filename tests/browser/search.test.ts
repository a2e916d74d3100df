/** Search in Chromium: the page with ?q= deep links, the dialog, filters and the keyboard. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { DIST } from '../support/dist.ts';

const site = useBuiltSite(DIST);

/** Search loads its index on first use: give it more than expect.poll's default second. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const resultLinks = (page: Page, scope: string) => page.locator(`${scope} a[data-result]`);
const hrefs = (page: Page, scope: string) =>
  resultLinks(page, scope).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
const status = (page: Page, scope: string) => page.locator(`${scope} [data-status]`);

describe('the search page', () => {
  it('runs the query from ?q= and shows results with type, date and highlighted excerpt', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/zoeken/?q=reizigers`);
    await poll(() => status(page, 'gesprek-search').textContent()).toMatch(/resulta(at|ten) voor “reizigers”/);
    expect(await page.inputValue('gesprek-search input[type="search"]')).toBe('reizigers');
    expect(await hrefs(page, 'gesprek-search')).toContain('/artikelen/klm-en-de-aswolk/');
    const first = resultLinks(page, 'gesprek-search').first();
    expect(await first.locator('.search-result-meta').textContent()).toMatch(/^Case · \d+ \w+ \d{4}$/);
    expect(await first.locator('.search-result-excerpt mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('writes the query to ?q= as you type, and the back button returns to the results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/zoeken/`);
    await page.locator('gesprek-search input[type="search"]').fill('aswolk');
    await poll(() => new URL(page.url()).searchParams.get('q')).toBe('aswolk');
    await poll(() => hrefs(page, 'gesprek-search')).toContain('/artikelen/klm-en-de-aswolk/');
    await resultLinks(page, 'gesprek-search').first().click();
    await page.waitForURL(/klm-en-de-aswolk/);
    await page.goBack();
    await poll(() => page.inputValue('gesprek-search input[type="search"]')).toBe('aswolk');
    await poll(() => hrefs(page, 'gesprek-search')).toContain('/artikelen/klm-en-de-aswolk/');
    await page.close();
  });

  it('filter chips narrow the results and show counts', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/zoeken/?q=gesprek`);
    await poll(() => resultLinks(page, 'gesprek-search').count()).toBeGreaterThan(3);
    const chip = page.locator('gesprek-search button[data-filter="type"][data-value="Begrip"]');
    const count = Number(await chip.locator('.search-chip-count').textContent());
    expect(count).toBeGreaterThan(0);
    await chip.click();
    await poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await poll(async () => (await hrefs(page, 'gesprek-search')).every((path) => path.startsWith('/begrippen/'))).toBe(true);
    await poll(() => resultLinks(page, 'gesprek-search').count()).toBe(count);
    await poll(() => status(page, 'gesprek-search').textContent()).toBe(`${count} resultaten voor “gesprek”`);
    await page.close();
  });

  it('shows its filter chips without loading any script or the index, and they are the ones Pagefind draws', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.server.root}/zoeken/`, { waitUntil: 'networkidle' });
    const chips = () =>
      page.locator('gesprek-search [data-filters] [role="group"]').evaluateAll((groups) =>
        groups.map((group) => ({
          label: document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent,
          chips: [...group.querySelectorAll('button')].map((chip) => [
            chip.dataset.filter,
            chip.dataset.value,
            chip.textContent,
            chip.getAttribute('aria-pressed'),
          ]),
        })),
      );
    const shipped = await chips();
    expect(shipped.map((group) => group.label)).toEqual(['Soort', 'Onderwerp', 'Jaar']);
    expect(requested.filter((url) => /\/pagefind\/|\.js$/.test(url))).toEqual([]);

    // Typing loads the search module and Pagefind, which redraws the chips for the query; clearing it gives all of them back.
    const input = page.locator('gesprek-search input[type="search"]');
    await input.fill('aswolk');
    await poll(() => hrefs(page, 'gesprek-search')).toContain('/artikelen/klm-en-de-aswolk/');
    expect(requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    expect((await chips()).flatMap((group) => group.chips).length).toBeLessThan(shipped.flatMap((group) => group.chips).length);
    await input.fill('');
    await poll(chips).toEqual(shipped);
    await page.close();
  });

  it('a chip from the build filters at once, before anything was typed', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/zoeken/`);
    const chip = page.locator('gesprek-search button[data-filter="type"][data-value="Boek"]');
    const count = Number(await chip.locator('.search-chip-count').textContent());
    await chip.click();
    await poll(() => resultLinks(page, 'gesprek-search').count()).toBe(count);
    expect((await hrefs(page, 'gesprek-search')).every((path) => path.startsWith('/boeken/'))).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.value)).toBe('Boek');
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/zoeken/?q=xylofoonkwartet`);
    await poll(() => status(page, 'gesprek-search').textContent()).toBe('Geen resultaten voor “xylofoonkwartet”');
    expect(await page.locator('gesprek-search .search-empty').textContent()).toContain('Niets gevonden');
    await page.close();
  });

  it('explains that search needs JavaScript when it is off, and hides that note when it is on', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}/zoeken/?q=klm`);
    expect(await page.getByText('Zoeken werkt met JavaScript').isVisible()).toBe(true);
    // Filter chips and sorting would do nothing without the script.
    expect(await page.locator('gesprek-search [data-filters]').isVisible()).toBe(false);
    expect(await page.locator('gesprek-search select').isVisible()).toBe(false);
    await context.close();
    const withScript = await site.browser.newPage();
    await withScript.goto(`${site.server.root}/zoeken/`);
    expect(await withScript.getByText('Zoeken werkt met JavaScript').isVisible()).toBe(false);
    await withScript.close();
  });
});

describe('the search dialog', () => {
  it('loads no search code until opened, then opens with / and searches as you type', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.server.root}/artikelen/de-conversation-manager/`, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => /pagefind|\.js$/.test(url))).toEqual([]);

    await page.keyboard.press('/');
    const dialog = page.locator('gesprek-search[mode="dialog"] dialog');
    await poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('aswolk');
    await poll(() => hrefs(page, 'gesprek-search[mode="dialog"]')).toContain('/artikelen/klm-en-de-aswolk/');
    expect(requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('shows its first five results once their excerpts are in, then asks for the others', async () => {
    const page = await site.browser.newPage();
    // Every result's excerpt file is held until the test lets it through.
    const held: { url: string; release: () => void }[] = [];
    await page.route(/\.pf_fragment$/, (route) =>
      new Promise<void>((release) => held.push({ url: route.request().url(), release })).then(() => route.continue()),
    );
    await page.goto(`${site.server.root}/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.keyboard.insertText('gesprek');
    await poll(() => held.length).toBe(5);
    for (const { release } of held) release();
    await poll(() => resultLinks(page, 'dialog').count()).toBe(5);
    const shown = Math.min(20, Number(/^(\d+) resultaten/.exec((await status(page, 'dialog').textContent()) ?? '')?.[1]));
    expect(shown).toBeGreaterThan(5);
    await poll(() => held.length).toBe(shown);
    expect(await resultLinks(page, 'dialog').count()).toBe(5); // the others wait for their excerpts
    for (const { release } of held.slice(5)) release();
    await poll(() => resultLinks(page, 'dialog').count()).toBe(shown);
    expect(new Set(held.map(({ url }) => url)).size).toBe(shown);
    await page.close();
  });

  it('shows its first results before it loads the filter data, then the chips counted for the query', async () => {
    const page = await site.browser.newPage();
    // Search runs in Pagefind's worker, outside the page's resource timing. Its requests' own
    // timestamps are taken apart and can disagree by milliseconds, so the order is the one the
    // browser reports them in: each file finished, each filter file asked for.
    const events: string[] = [];
    const kindOf = (url: string) => /\.pf_(index|fragment|filter)$/.exec(url)?.[1];
    page.on('request', (request) => kindOf(request.url()) === 'filter' && events.push('filter asked'));
    page.on('requestfinished', (request) => {
      const kind = kindOf(request.url());
      if (kind && kind !== 'filter') events.push(`${kind} in`);
    });
    await page.goto(`${site.server.root}/artikelen/de-conversation-manager/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    // One input event, so one query: typed keys may come far enough apart on a busy machine that
    // "ges" shows results and loads the chips while the chunks for "gesprek" are still on their way.
    await page.keyboard.insertText('gesprek');
    await poll(() => resultLinks(page, 'dialog').count()).toBeGreaterThan(2);
    const chips = page.locator('gesprek-search[mode="dialog"] button[data-filter]');
    await poll(() => chips.count()).toBeGreaterThan(0);
    // Index chunks and the results' fragments were all in before the first filter file was asked for.
    expect(events.filter((event) => event === 'index in').length).toBeGreaterThan(0);
    expect(events.filter((event) => event === 'fragment in').length).toBeGreaterThan(2);
    const firstFilter = events.indexOf('filter asked');
    expect(firstFilter).toBeGreaterThan(0);
    expect(events.slice(firstFilter).filter((event) => event !== 'filter asked')).toEqual([]);
    // The chips count what this query finds: a type's count is the number of its results.
    const chip = page.locator('gesprek-search[mode="dialog"] button[data-filter="type"][data-value="Begrip"]');
    const count = Number(await chip.locator('.search-chip-count').textContent());
    await chip.click();
    await poll(() => status(page, 'gesprek-search[mode="dialog"]').textContent()).toBe(`${count} resultaten voor “gesprek”`);
    await page.close();
  });

  it('is keyboard driven: arrows move through results, Enter opens one with the terms highlighted', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/`);
    await page.keyboard.press('Control+k');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('gesprek');
    await poll(() => resultLinks(page, 'dialog').count()).toBeGreaterThan(2);
    const focusedHref = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    const links = await resultLinks(page, 'dialog').evaluateAll((all) => all.map((link) => link.getAttribute('href')));
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedHref()).toBe(links[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('markeer'));
    expect(new URL(page.url()).searchParams.getAll('markeer')).toEqual(['gesprek']); // as typed, not Pagefind's stem
    await poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('asks Pagefind for the stems of the words typed, after typing pauses, and for no prefix on the way', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      // Pagefind runs in a worker: what the search asks it is in the messages posted to it.
      const asked: string[] = [];
      Object.assign(window, { pagefindAsked: asked });
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (
        this: Worker,
        message: { method?: string; args?: unknown[] },
        options?: Transferable[] | StructuredSerializeOptions,
      ) {
        if (message.method !== 'init' && message.method !== 'getData' && message.method !== 'filters')
          asked.push(`${message.method}(${JSON.stringify(message.args?.[0])})`);
        post.call(this, message, options as StructuredSerializeOptions);
      };
    });
    await page.goto(`${site.server.root}/`);
    await page.keyboard.press('Control+k');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('Gesprekken klanten', { delay: 40 });
    await poll(() => status(page, 'dialog').textContent()).toMatch(/resulta(at|ten) voor “Gesprekken klanten”/);
    await page.waitForLoadState('networkidle');
    // Searches only (no preload, no debouncedSearch, which fetch the index chunks of each prefix),
    // the last for the stems; a slow machine may pause long enough mid-word for one more.
    const asked = await page.evaluate(() => (window as unknown as { pagefindAsked: string[] }).pagefindAsked);
    expect(asked.every((call) => call.startsWith('search('))).toBe(true);
    expect(asked.at(-1)).toBe('search("sprek klant")');
    await page.close();
  });

  it('traps focus while open, closes with Escape and returns focus to the search button', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.root}/`);
    const button = page.locator('header a[data-search-open]');
    await button.click();
    const dialog = page.locator('dialog');
    await poll(() => dialog.isVisible()).toBe(true);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await page.close();
  });

  it('keeps focus in its field when opened again before the browser has delivered the last close', async () => {
    // Chromium handles keys before the task that fires `close`: a reader who closes and at once
    // presses / reopens the dialog first. Here both happen in one task, so the order is certain.
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.root}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('vulkaan');
    await poll(() => resultLinks(page, 'gesprek-search').count()).toBeGreaterThan(0);
    const order = await page.evaluate(async () => {
      const dialog = document.querySelector<HTMLDialogElement>('gesprek-search dialog')!;
      const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
      const close = document.querySelector<HTMLButtonElement>('gesprek-search [data-close]')!;
      close.focus();
      close.click();
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
      const reopened = dialog.open;
      await closed;
      await new Promise((resolve) => setTimeout(resolve));
      return { reopened, focused: document.activeElement?.matches('gesprek-search input[type="search"]') };
    });
    expect(order).toEqual({ reopened: true, focused: true });
    await page.keyboard.type('cluetrain');
    expect(await page.inputValue('gesprek-search input[type="search"]')).toBe('cluetrain');
    await page.close();
  });

  it('keeps focus in the dialog the boot script opened before the search module has arrived', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Hold every module back: the dialog is open, and only the boot script is there to keep Tab inside.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const modules: string[] = [];
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      modules.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(`${site.server.root}/`);
    await page.locator('header a[data-search-open]').click();
    await poll(() => page.locator('dialog').isVisible()).toBe(true);
    await poll(() => modules.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => customElements.get('gesprek-search'))).toBeUndefined();
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog'))), key).toBe(true);
    }
    release();
    await poll(() => page.evaluate(() => Boolean(customElements.get('gesprek-search')))).toBe(true);
    await page.close();
  });

  it('the search button is a plain link to the search page without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}/`);
    await page.locator('header a[data-search-open]').click();
    expect(new URL(page.url()).pathname).toMatch(/\/zoeken\/$/);
    await context.close();
  });
});
