/**
 * A build with comments configured: giscus loads only on consent, carries the right
 * settings, follows the theme; and the whole site runs under its strict CSP.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { buildSite, copyFixture, type BuildResult } from '../support/build.ts';
import { parse } from 'node-html-parser';
import { htmlFiles } from '../support/dist.ts';
import { accessibleTexts, untranslated } from '../support/untranslated.ts';

const GISCUS = {
  PUBLIC_GISCUS_REPO: 'gesprek/reacties',
  PUBLIC_GISCUS_REPO_ID: 'R_kgDOTEST',
  PUBLIC_GISCUS_CATEGORY: 'Reacties',
  PUBLIC_GISCUS_CATEGORY_ID: 'DIC_kwDOTEST',
};
const SITE = 'https://voorbeeld.example.org';
const HOSTILE = `"Dialoog" </script><script>window.__pwned = true</script> <img src=x onerror="window.__pwned = true"> & co`;
let build: BuildResult;

const article = (slug: string, frontmatter: string, body = 'Tekst met een [externe bron](https://example.com/bron) en een [eigen pagina](/over/).') =>
  `---\ntitle: ${JSON.stringify(slug === 'vijandig' ? HOSTILE : `Artikel ${slug}`)}\ndescription: ${JSON.stringify(slug === 'vijandig' ? HOSTILE : 'Een artikel.')}\npubDate: 2024-02-0${(slug.length % 9) + 1}\ntype: opinion\ntags: [dialoog]\n${frontmatter}---\n\n${body}\n`;

beforeAll(() => {
  const dir = copyFixture('comments');
  writeFileSync(join(dir, 'articles/met-reacties.mdx'), article('met-reacties', ''));
  writeFileSync(join(dir, 'articles/eigen-discussie.mdx'), article('eigen-discussie', 'discussionId: over-dialoog-2024\n'));
  writeFileSync(join(dir, 'articles/zonder-reacties.mdx'), article('zonder-reacties', 'comments: false\n'));
  writeFileSync(join(dir, 'articles/vijandig.mdx'), article('vijandig', ''));
  build = buildSite(dir, { ...GISCUS, SITE_URL: SITE, EDIT_BASE: '' });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

const site = useBuiltSite(() => build.outDir, '/');

interface Watched {
  context: BrowserContext;
  page: Page;
  giscusRequests: string[];
  problems: string[];
}

/** A page whose requests to giscus.app are answered locally by a stand-in that records messages. */
async function watchedPage(): Promise<Watched> {
  const context = await site.browser.newContext();
  const giscusRequests: string[] = [];
  await context.route('https://giscus.app/**', (route) => {
    giscusRequests.push(route.request().url());
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>giscus</title><script>window.received = []; addEventListener("message", (event) => received.push(event.data));</script>',
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
  );
  return { context, page, giscusRequests, problems };
}

const giscusFrame = (page: Page) => page.frames().find((frame) => frame.url().startsWith('https://giscus.app/'));
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('comments', () => {
  it('request nothing from giscus or GitHub before the reader clicks', async () => {
    const { context, page, giscusRequests } = await watchedPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.server.origin)) external.push(request.url());
    });
    await page.goto(`${site.server.root}/artikelen/met-reacties/`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('button', { name: 'Reacties tonen' }).isVisible()).toBe(true);
    expect(await page.locator('gesprek-giscus').count()).toBe(0);
    expect(giscusRequests).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('after consent load giscus with the repo, the stable term, our theme and Dutch', async () => {
    const { context, page, giscusRequests } = await watchedPage();
    await page.goto(`${site.server.root}/artikelen/eigen-discussie/`);
    await page.getByRole('button', { name: 'Reacties tonen' }).click();
    await poll(() => giscusRequests.length).toBe(1);
    const url = new URL(giscusRequests[0]!);
    expect(url.pathname).toBe('/nl/widget');
    expect(url.searchParams.get('repo')).toBe(GISCUS.PUBLIC_GISCUS_REPO);
    expect(url.searchParams.get('repoId')).toBe(GISCUS.PUBLIC_GISCUS_REPO_ID);
    expect(url.searchParams.get('categoryId')).toBe(GISCUS.PUBLIC_GISCUS_CATEGORY_ID);
    expect(url.searchParams.get('term')).toBe('over-dialoog-2024');
    expect(url.searchParams.get('theme')).toBe(`${SITE}/giscus/light.css`);
    await context.close();
  });

  it('give the giscus frame a Dutch accessible name', async () => {
    const { context, page } = await watchedPage();
    await page.goto(`${site.server.root}/artikelen/met-reacties/`);
    await page.getByRole('button', { name: 'Reacties tonen' }).click();
    await poll(() => page.locator('gesprek-giscus iframe').count()).toBe(1);
    const texts = await accessibleTexts(page);
    expect(texts).toContain('Reacties via GitHub Discussions');
    expect(texts.filter((value) => untranslated(value))).toEqual([]);
    await context.close();
  });

  it.each([
    ['/theses/1/', 'theses:these-1', 'Klopt deze these nog?'],
    ['/boeken/the-intention-economy/', 'books:the-intention-economy', 'Wat vind jij van dit boek?'],
    ['/begrippen/dialoog/', 'concepts:dialoog', 'Hoe gebruik jij dit begrip?'],
  ])('invite discussion on %s, with the stable term %s and its own question', async (path, term, heading) => {
    const { context, page, giscusRequests } = await watchedPage();
    await page.goto(`${site.server.root}${path}`);
    expect(await page.locator('#reacties-title').textContent()).toBe(heading);
    expect(giscusRequests).toEqual([]);
    await page.getByRole('button', { name: 'Reacties tonen' }).click();
    await poll(() => giscusRequests.length).toBe(1);
    expect(new URL(giscusRequests[0]!).searchParams.get('term')).toBe(term);
    await context.close();
  });

  it('leave people and organisations without a discussion section', () => {
    for (const path of ['personen/doc-searls', 'organisaties/klm']) {
      expect(parse(readFileSync(join(build.outDir, path, 'index.html'), 'utf8')).querySelector('[data-comments]'), path).toBeNull();
    }
  });

  it('use the slug as the term when no discussionId is given', async () => {
    const { context, page, giscusRequests } = await watchedPage();
    await page.goto(`${site.server.root}/artikelen/met-reacties/`);
    await page.getByRole('button', { name: 'Reacties tonen' }).click();
    await poll(() => giscusRequests.length).toBe(1);
    expect(new URL(giscusRequests[0]!).searchParams.get('term')).toBe('met-reacties');
    await context.close();
  });

  it('follow a theme switch: giscus is sent the dark theme', async () => {
    const { context, page } = await watchedPage();
    await page.goto(`${site.server.root}/artikelen/met-reacties/`);
    await page.getByRole('button', { name: 'Reacties tonen' }).click();
    await poll(() => giscusFrame(page)?.evaluate(() => (window as unknown as { received: unknown[] }).received.length)).toBeGreaterThan(0);
    const toggle = page.locator('header [data-theme-toggle]');
    await toggle.click(); // system (light here) → light
    await toggle.click(); // light → dark
    const themes = () =>
      giscusFrame(page)!.evaluate(() =>
        (window as unknown as { received: { giscus?: { setConfig?: { theme?: string } } }[] }).received.map((message) => message.giscus?.setConfig?.theme),
      );
    await poll(themes).toContain(`${SITE}/giscus/dark.css`);
    expect(await page.locator('gesprek-giscus').getAttribute('theme')).toBe(`${SITE}/giscus/dark.css`);
    await context.close();
  });

  it('remember the choice when asked, load at once on the next visit, and can be revoked', async () => {
    const { context, page, giscusRequests } = await watchedPage();
    await page.goto(`${site.server.root}/artikelen/met-reacties/`);
    await page.getByLabel('Onthoud mijn keuze op deze site').check();
    await page.getByRole('button', { name: 'Reacties tonen' }).click();
    await poll(() => giscusRequests.length).toBe(1);
    await page.goto(`${site.server.root}/artikelen/eigen-discussie/`);
    await poll(() => page.locator('gesprek-giscus').count()).toBe(1);
    // The widget's iframe is lazy: it is fetched once the comments come into view.
    await page.locator('[data-comments]').scrollIntoViewIfNeeded();
    await poll(() => giscusRequests.length).toBe(2);
    await page.getByRole('button', { name: 'Toestemming intrekken' }).click();
    expect(await page.locator('gesprek-giscus').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reacties tonen' }).isVisible()).toBe(true);
    await page.goto(`${site.server.root}/artikelen/met-reacties/`, { waitUntil: 'networkidle' });
    expect(giscusRequests).toHaveLength(2);
    await context.close();
  });

  it('leave out the "improve this page" link when no edit address is set (EDIT_BASE empty)', () => {
    const files = htmlFiles(build.outDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(parse(readFileSync(file, 'utf8')).querySelector('a[data-edit-link]'), file).toBeNull();
  });

  it('offer a link to the discussion on GitHub, and none where comments: false', async () => {
    const { context, page } = await watchedPage();
    await page.goto(`${site.server.root}/artikelen/met-reacties/`);
    const link = page.getByRole('link', { name: /direct op GitHub/ });
    expect(new URL((await link.getAttribute('href'))!).pathname).toBe('/gesprek/reacties/discussions');
    await page.goto(`${site.server.root}/artikelen/zonder-reacties/`);
    expect(await page.locator('[data-comments]').count()).toBe(0);
    await context.close();
  });

  it('without JavaScript show only that link, not controls that could do nothing', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}/artikelen/met-reacties/`);
    await page.locator('[data-comments]').scrollIntoViewIfNeeded();
    expect(await page.getByRole('link', { name: /direct op GitHub/ }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Reacties tonen' }).isVisible()).toBe(false);
    expect(await page.getByRole('checkbox').isVisible()).toBe(false);
    await context.close();
  });
});

describe('security', () => {
  it('zero CSP violations and console errors on every page type, comments and search in use', async () => {
    const { context, page, problems } = await watchedPage();
    for (const path of ['/', '/artikelen/met-reacties/', '/zoeken/?q=dialoog', '/tags/dialoog/', '/begrippen/dialoog/']) {
      await page.goto(`${site.server.root}${path}`, { waitUntil: 'networkidle' });
      if (path === '/artikelen/met-reacties/') {
        await page.getByRole('button', { name: 'Reacties tonen' }).click();
        await poll(() => giscusFrame(page) !== undefined).toBe(true);
        await page.keyboard.press('/');
        await poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
        await page.keyboard.type('dialoog');
        await poll(() => page.locator('dialog a[data-result]').count()).toBeGreaterThan(0);
      }
      if (path.startsWith('/zoeken/')) await poll(() => page.locator('a[data-result]').count()).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a hostile title renders as text everywhere and runs no script', async () => {
    const { context, page, problems } = await watchedPage();
    await page.goto(`${site.server.root}/artikelen/vijandig/`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe(HOSTILE);
    expect(await page.title()).toContain(HOSTILE);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(HOSTILE);
    await page.goto(`${site.server.root}/zoeken/?q=dialoog`);
    await poll(() => page.locator('a[data-result] .search-result-title').allTextContents()).toContain(HOSTILE);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('external links in content get rel="noopener noreferrer" and a marker', () => {
    const html = readFileSync(join(build.outDir, 'artikelen/met-reacties/index.html'), 'utf8');
    const external = /<a href="https:\/\/example\.com\/bron"([^>]*)>(.*?)<\/a>/.exec(html);
    expect(external?.[1]).toContain('rel="noopener noreferrer"');
    expect(external?.[1]).toContain('class="external-link"');
    expect(external?.[2]).toContain('(externe link)');
    expect(html).toMatch(/<a href="\/over\/">eigen pagina<\/a>/);
  });

  it('dist/_headers carries the same policy as the pages, plus the other headers', () => {
    const headers = readFileSync(join(build.outDir, '_headers'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(htmlFiles(build.outDir)[0]!, 'utf8'))![1]!;
    const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
    for (const directive of meta
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const merged = policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .find(([candidate]) => candidate === name);
      expect(merged, name).toBeDefined();
      for (const source of sources) expect(merged, `${name} ${source}`).toContain(source);
    }
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain('frame-src https://giscus.app');
    expect(policy).not.toContain('unsafe-inline');
    expect(headers).toMatch(/Referrer-Policy: strict-origin-when-cross-origin/);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Permissions-Policy: /);
  });
});

describe('configuration', () => {
  it('half-configured comments fail the build naming what is missing', () => {
    const result = buildSite(copyFixture('half-giscus'), { PUBLIC_GISCUS_REPO: 'gesprek/reacties', PUBLIC_GISCUS_CATEGORY: 'Reacties' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'Comments are half configured: PUBLIC_GISCUS_REPO, PUBLIC_GISCUS_CATEGORY set but PUBLIC_GISCUS_REPO_ID, PUBLIC_GISCUS_CATEGORY_ID missing',
    );
  });
});
