/**
 * The writing desk in Chromium, offline, against `npm run editor` on a copy of the project:
 * an author creates a case study with every kind of reference, a quotation and a cover image,
 * edits an article, renames a concept, deletes a draft; each time the files on disk are what
 * the site's schemas accept, and the site shows the result. No request leaves the machine, and
 * what is ours on the editor's screens passes axe.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collections as schemas } from '../../src/content.config.ts';
import { launchChromium } from '../../scripts/support/browser.ts';
import { buildSite } from '../support/build.ts';
import { projectCopy, startEditor, type EditorServer } from '../support/editor-server.ts';

let editor: EditorServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request the browser made to anywhere but this machine. */
const outside: string[] = [];

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;
/**
 * What axe finds in Keystatic's own chrome: grey text below 4.5:1 on the navigation's section
 * headings, the empty state of a list and the text editor's placeholder.
 */
const KEYSTATIC_KNOWN = new Set(['color-contrast']);
const file = (path: string) => join(editor.root, 'content', path);
const read = (path: string) => readFileSync(file(path), 'utf8');

/** An article file as the site's schema reads it (images as their paths), and its body. */
function article(path: string) {
  const [, yaml, body] = FRONTMATTER.exec(read(path))!;
  const schema = (schemas.articles.schema as unknown as (context: { image: () => z.ZodType }) => z.ZodType)({ image: () => z.string() });
  return { data: schema.parse(parseYaml(yaml!)) as Record<string, unknown>, yaml: parseYaml(yaml!) as Record<string, unknown>, body: body! };
}

/** A field by its label; a required field's label ends in an asterisk. */
const combobox = (name: string, scope: Page | Locator = page) => scope.getByRole('combobox', { name: new RegExp(`^${name}\\*?$`) });
/** Picks one entry in a picker by typing part of its name. */
async function choose(name: string, typed: string, option: string | RegExp, scope?: Locator) {
  await combobox(name, scope).fill(typed);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await expect.poll(() => combobox(name, scope).inputValue()).toMatch(option);
}
/**
 * Adds an entry to a list field. The menu stays open for the next one; Escape closes it, and
 * the entry then shows among the chosen, with its remove button.
 */
async function add(name: string, typed: string, option: string | RegExp, shown: RegExp) {
  await combobox(name).fill(typed);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: shown }).waitFor();
}

/** The text of astro dev's error overlay on a page of the site, loaded afresh (empty when the page loads fine). */
async function devOverlay(site: Page, path: string): Promise<string> {
  await site.goto(`${editor.url}${path}`, { waitUntil: 'networkidle' });
  return site.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
}

/** Rethrows a failed wait with what the editor's dev server printed, but the lines of each page it served. */
const withServerLog =
  (context = '') =>
  (error: Error): never => {
    const log = editor
      .output()
      .split('\n')
      .filter((line) => !/\[200\] |collection "commentArchives" does not exist/.test(line))
      .join('\n');
    throw new Error(`${error.message}${context}\nThe editor's dev server printed, last (pages served left out):\n${log.slice(-6000)}`, { cause: error });
  };

/** Opens an editor screen once Keystatic has drawn it. */
async function open(path: string, ready: () => Locator) {
  await page.goto(`${editor.url}${path}`);
  await ready().waitFor({ timeout: 60_000 });
}

/** A new article with the fields every article needs but its tags. */
async function newArticle(title: string, description: string, type: string, date: string) {
  await open('/keystatic/collection/articles/create', () => page.getByRole('button', { name: 'Aanmaken' }));
  await page.getByRole('textbox', { name: 'Titel' }).fill(title);
  await page.getByRole('textbox', { name: 'Beschrijving' }).fill(description);
  await page.getByRole('button', { name: /Soort/ }).click();
  await page.getByRole('option', { name: type }).click();
  await page.getByRole('textbox', { name: 'Publicatiedatum' }).fill(date);
}

beforeAll(async () => {
  editor = await startEditor(projectCopy());
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
  context.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (/^https?:|^wss?:/.test(protocol) && hostname !== '127.0.0.1') outside.push(request.url());
  });
  page = await context.newPage();
  // The first visit lets Vite bundle Keystatic for the browser; it reloads the page when done.
  await open('/keystatic', () => page.getByRole('link', { name: 'Artikelen' }).first());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await editor?.close();
});

describe('the editor at /keystatic (npm run editor)', () => {
  it('creates a case study with an organisation, two concepts, a thesis with a position, a quotation and a cover image', async () => {
    await newArticle('Webcare bij de bank', 'Hoe een bank leerde luisteren naar wat klanten online zeggen.', 'Case', '2024-10-01');
    await add('Onderwerpen', 'webc', 'webcare', /^Verwijderen webcare$/);
    await add('Onderwerpen', 'bankzaken', 'Nieuw: "bankzaken"', /^Verwijderen bankzaken$/);
    await choose('Organisatie', 'kl', 'KLM');
    await add('Begrippen', 'dial', 'Dialoog', /^Verwijderen Dialoog$/);
    await add('Begrippen', 'broad', 'Broadcasting', /^Verwijderen Broadcasting$/);
    await add('These toevoegen', 'these 1:', /^These 1:/, /^These verwijderen: These 1:/);
    await page.getByRole('button', { name: /Standpunt/ }).click();
    await page.getByRole('option', { name: 'Betwist' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Kies een bestand' }).click();
    await (await chooser).setFiles(join(import.meta.dirname, '../fixtures/content-minimal/articles/omslag.png'));
    await page.getByRole('textbox', { name: 'Alt-tekst' }).fill('Een oranje vlak');

    // The text, with a quotation from the insert menu.
    await page.getByRole('textbox', { name: 'Tekst', exact: true }).click();
    await page.keyboard.type('Een bank die luistert, hoort meer dan een bank die zendt.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Invoegen', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Citaat' }).click();
    await page.locator('.ProseMirror-blockParent p').last().click();
    await page.keyboard.type('Wie luistert, hoort meer.');
    await page.getByRole('button', { name: 'Bewerken', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Van' }).fill('Een klant van de bank');
    await choose('Persoon', 'doc', 'Doc Searls', dialog);
    await dialog.getByRole('button', { name: 'Klaar' }).click();

    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.waitForURL(/\/collection\/articles\/item\/webcare-bij-de-bank$/, { timeout: 30_000 });

    const { data, yaml, body } = article('articles/webcare-bij-de-bank.mdx');
    expect(data).toMatchObject({
      title: 'Webcare bij de bank',
      type: 'case-study',
      tags: ['webcare', 'bankzaken'],
      organisation: { collection: 'organisations', id: 'klm' },
      concepts: [
        { collection: 'concepts', id: 'dialoog' },
        { collection: 'concepts', id: 'broadcasting' },
      ],
      theses: [{ thesis: { collection: 'theses', id: 'these-1' }, position: 'contests' }],
      cover: { src: './webcare-bij-de-bank/omslag.png', alt: 'Een oranje vlak' },
      draft: false,
    });
    expect(data.pubDate).toEqual(new Date('2024-10-01'));
    expect(yaml.pubDate).toBe('2024-10-01');
    expect(existsSync(file('articles/webcare-bij-de-bank/omslag.png'))).toBe(true);
    expect(body).toContain('Een bank die luistert, hoort meer dan een bank die zendt.');
    expect(body).toMatch(/<Quote by="Een klant van de bank" person="doc-searls">\s*Wie luistert, hoort meer\.\s*<\/Quote>/);
  });

  it('the site builds with it, and its page shows each part', () => {
    const build = buildSite(join(editor.root, 'content'));
    expect(build.status, build.output).toBe(0);
    const html = parseHtml(readFileSync(join(build.outDir, 'artikelen/webcare-bij-de-bank/index.html'), 'utf8'));
    expect(html.querySelector('h1')!.text).toBe('Webcare bij de bank');
    const links = html.querySelectorAll('a').map((link) => link.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/organisaties/klm/', '/begrippen/dialoog/', '/begrippen/broadcasting/', '/personen/doc-searls/']));
    expect(html.querySelector('li[data-position="contests"] a[href="/theses/1/"]')!.text).toBe('Betwist these 1');
    expect(html.querySelector('figure.quote blockquote')!.text.trim()).toBe('Wie luistert, hoort meer.');
    expect(html.querySelector('img[alt="Een oranje vlak"]')).not.toBeNull();
    expect(html.querySelector('a[href="/tags/bankzaken/"]')).not.toBeNull();
  });

  it('edits an existing article’s title and text, and changes nothing else', async () => {
    const before = article('articles/klm-en-de-aswolk.mdx');
    await open('/keystatic/collection/articles/item/klm-en-de-aswolk', () => page.getByRole('button', { name: 'Opslaan' }));
    await page.getByRole('textbox', { name: 'Titel' }).fill('KLM en de aswolk van 2010');
    // At the very start of the first paragraph.
    await page
      .getByRole('textbox', { name: 'Tekst', exact: true })
      .getByText('Sommige veranderingen worden jarenlang voorbereid.')
      .click({ position: { x: 1, y: 6 } });
    await page.keyboard.type('Een vulkaan veranderde een klantenservice. ');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => article('articles/klm-en-de-aswolk.mdx').data.title, { timeout: 20_000 }).toBe('KLM en de aswolk van 2010');

    const after = article('articles/klm-en-de-aswolk.mdx');
    expect(after.body).toContain('Een vulkaan veranderde een klantenservice. Sommige veranderingen worden jarenlang voorbereid.');
    expect({ ...after.data, title: before.data.title }).toEqual(before.data);
    // The rest of the text as it was, but for the editor's whitespace (indented component children).
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(words(after.body.replace('Een vulkaan veranderde een klantenservice. ', ''))).toBe(words(before.body));
    // The dev server shows the change on the article's page. (If not, what it printed says why.)
    await expect
      .poll(async () => (await (await fetch(`${editor.url}/artikelen/klm-en-de-aswolk/`)).text()).includes('KLM en de aswolk van 2010'), { timeout: 20_000 })
      .toBe(true)
      .catch(withServerLog());
  });

  it('shows every save of a file written as Keystatic writes it, emptied first, when the writing lags', async () => {
    const path = file('articles/markten-zijn-gesprekken.mdx');
    const text = read('articles/markten-zijn-gesprekken.mdx');
    for (const round of [1, 2, 3, 4, 5]) {
      const title = `Markten zijn gesprekken, versie ${round}`;
      const handle = await openFile(path, 'r+');
      await handle.truncate(0);
      await new Promise((resolve) => setTimeout(resolve, 20)); // a busy machine, between emptying the file and writing it
      await handle.write(text.replace(/^title: .*$/m, `title: ${title}`), 0);
      await handle.close();
      await expect
        .poll(async () => (await (await fetch(`${editor.url}/artikelen/markten-zijn-gesprekken/`)).text()).includes(title), { timeout: 15_000 })
        .toBe(true)
        .catch(withServerLog(` (save ${round})`));
    }
    writeFileSync(path, text);
  });

  it('shows what the form cannot check (a review without its book) as the build’s Dutch message in the dev overlay', async () => {
    await newArticle('Een boek zonder titel', 'Een bespreking die vergat welk boek ze bespreekt.', 'Boekbespreking', '2024-11-01');
    await add('Onderwerpen', 'boek', 'boeken', /^Verwijderen boeken$/);
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.waitForURL(/\/item\/een-boek-zonder-titel$/, { timeout: 30_000 });

    const site = await context.newPage();
    await expect
      .poll(() => devOverlay(site, '/artikelen/'), { timeout: 20_000 })
      .toContain('een boekbespreking (type: review) moet het besproken boek noemen in book');
    expect(await devOverlay(site, '/artikelen/')).toMatch(/articles → een-boek-zonder-titel[\s\S]*book/);
    await site.close();
    // Fixed by hand, so the next steps start from a site that loads.
    const path = file('articles/een-boek-zonder-titel.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('type: review', 'type: opinion'));
  });

  it('renames a concept: the article that names it shows a clear error, in the editor and on the site', async () => {
    await open('/keystatic/collection/concepts/item/broadcasting', () => page.getByRole('button', { name: 'Opslaan' }));
    await page.getByRole('textbox', { name: 'Adres' }).fill('zenden');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/collection\/concepts\/item\/zenden$/, { timeout: 30_000 });
    expect(existsSync(file('concepts/zenden.yaml'))).toBe(true);
    expect(existsSync(file('concepts/broadcasting.yaml'))).toBe(false);

    // The KLM case still names "broadcasting": its picker says so instead of hiding it.
    await open('/keystatic/collection/articles/item/klm-en-de-aswolk', () => page.getByRole('button', { name: 'Opslaan' }));
    await expect.poll(() => page.getByText('"broadcasting" bestaat niet (meer): kies opnieuw').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    const site = await context.newPage();
    await expect
      .poll(() => devOverlay(site, '/artikelen/klm-en-de-aswolk/'), { timeout: 20_000 })
      .toMatch(/klm-en-de-aswolk\.mdx: veld "concepts\[\d\]" verwijst naar "broadcasting" in concepts, en dat bestaat niet/);
    await site.close();
  });

  it('deletes a draft', async () => {
    expect(read('articles/webcare-bij-de-bakker.mdx')).toMatch(/^draft: true$/m);
    await open('/keystatic/collection/articles/item/webcare-bij-de-bakker', () => page.getByRole('button', { name: 'Verwijderen…' }));
    await page.getByRole('button', { name: 'Verwijderen…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.waitForURL(/\/collection\/articles$/, { timeout: 30_000 });
    expect(existsSync(file('articles/webcare-bij-de-bakker.mdx'))).toBe(false);
  });

  it.each([
    ['the dashboard', '/keystatic', 'Begrippen'],
    ['a collection', '/keystatic/collection/articles', 'Webcare bij de bank'],
    ['an article', '/keystatic/collection/articles/item/webcare-bij-de-bank', 'Opslaan'],
    ['a new article', '/keystatic/collection/articles/create', 'Aanmaken'],
    ['a thesis', '/keystatic/collection/theses/item/these-28', 'Opslaan'],
  ])('on %s, axe finds nothing wrong in what is ours, and in Keystatic only what is recorded', async (_, path, text) => {
    await open(path, () => page.getByText(text, { exact: true }).first());
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const found = violations.flatMap((violation) => violation.nodes.map((node) => ({ rule: violation.id, target: String(node.target[0]) })));
    const inOurFields = await page.evaluate(
      (list) => list.filter(({ target }) => document.querySelector(target)?.closest('[data-gesprek-field]')).map(({ rule, target }) => `${rule}: ${target}`),
      found,
    );
    expect(inOurFields).toEqual([]);
    // Our page: its language and title.
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['nl', 'Schrijftafel · Gesprek']);
    // Keystatic's own chrome fails these (recorded in docs/architecture.md under the editor); a new kind fails here.
    expect(found.filter(({ rule }) => !KEYSTATIC_KNOWN.has(rule))).toEqual([]);
  });

  it('sends no request off this machine, the editor’s web font included', async () => {
    expect(outside).toEqual([]);
    const response = await fetch(`${editor.url}/keystatic`);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });
});
