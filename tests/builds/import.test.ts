/**
 * End to end: the synthetic WordPress blog and the classic Blogger backup imported with
 * `npm run import` into a copy of the site, built, and read in Chromium: the articles, their
 * archived threads and anchors, old addresses landing on the new pages, and no personal data
 * from the exports anywhere in content/ or dist/.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../scripts/support/browser.ts';
import { buildSite, type BuildResult } from '../support/build.ts';
import { importFixtureBlogs, type ImportRun } from '../support/import-blogs.ts';
import { PROJECT_ROOT, walk } from '../support/dist.ts';

/** E-mail and IP addresses from the exports' author and comment fields, and from comment bodies. */
const PERSONAL =
  /(jan\.jansen|wacht|spam|marieke\.privé|piet|wees|sanne|jan\.privé|koen\.bakker|lezer\.een|claire|hermione|harry)@|203\.0\.113\.|198\.51\.100\.|192\.0\.2\./;

let root: string;
let build: BuildResult;
let imports: ImportRun[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gesprek-import-'));
  cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  imports = importFixtureBlogs(join(root, 'content'));
  build = buildSite(join(root, 'content'));
});

const site = useBuiltSite(() => build.outDir);
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('npm run import, then the build', () => {
  it('imports both blogs, prints the summary and writes the report', () => {
    for (const run of imports) expect(run.status, run.output).toBe(0);
    expect(imports[0]!.output).toMatch(/Berichten\s+8\n/);
    expect(imports[0]!.output).toMatch(/Reacties gearchiveerd\s+5\n/);
    expect(imports[0]!.output).toContain('overgeslagen: bericht 107 “Geheim”: beveiligd met een wachtwoord');
    const report = JSON.parse(readFileSync(join(root, 'report-0.json'), 'utf8'));
    expect(report.counts).toMatchObject({ posts: 8, pages: 5, skipped: 2, imagesCopied: 4 });
  });

  it('accounts for everything each export held: found = written + skipped, every skip named', () => {
    expect(imports).toHaveLength(5);
    for (const [index] of imports.entries()) {
      const { reconciliation } = JSON.parse(readFileSync(join(root, `report-${index}.json`), 'utf8')) as {
        reconciliation: Record<string, { found: number; written: number; skipped: { item: string; reason: string }[] }>;
      };
      expect(Object.keys(reconciliation)).toHaveLength(8);
      for (const [kind, { found, written, skipped }] of Object.entries(reconciliation)) {
        expect(found, `report ${index}: ${kind}`).toBe(written + skipped.length);
        for (const entry of skipped) expect(entry.item && entry.reason, `report ${index}: ${kind}`).toBeTruthy();
      }
    }
    expect(imports[0]!.output).toMatch(/Verantwoording\s+gevonden\s+geschreven\s+overgeslagen/);
  });

  it('builds the imported site', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/Wrote \d+ redirect pages/);
  });

  it('publishes neither drafts nor scheduled or private posts', () => {
    for (const slug of ['merken-en-mensen-samen', 'alleen-voor-mij', 'straks-online', 'half-af', 'geheim', 'weggegooid']) {
      expect(existsSync(join(build.outDir, 'artikelen', slug)), slug).toBe(false);
    }
  });

  it('publishes no draft, pending, private or scheduled page from either platform: no page, link, sitemap entry, redirect or search entry', () => {
    const hidden = [
      ['conceptpagina', 'Conceptpagina'],
      ['ter-beoordeling', 'Pagina ter beoordeling'],
      ['besloten', 'Besloten pagina'],
      ['ingepland', 'Ingeplande pagina'],
      ['halve-contactpagina', 'Halve contactpagina'],
    ];
    for (const [slug] of hidden) expect(existsSync(join(root, 'content/pages', `${slug}.mdx`)), slug).toBe(true);
    const named: string[] = [];
    for (const file of walk(build.outDir)) {
      let text: string;
      if (/\.(html|xml|json|txt)$|\/_redirects$/.test(file)) text = readFileSync(file, 'utf8');
      else if (/\.pf_(fragment|meta|index)$/.test(file)) text = gunzipSync(readFileSync(file)).toString('utf8');
      else continue;
      for (const [slug, title] of hidden) if (text.includes(`/${slug}/`) || text.includes(title!)) named.push(`${file}: ${slug}`);
    }
    expect(named).toEqual([]);
    for (const [slug] of hidden) expect(existsSync(join(build.outDir, slug!)), slug).toBe(false);
    expect(existsSync(join(build.outDir, 'colofon/index.html'))).toBe(true);
  });

  it('lets no e-mail or IP address from the exports into content/ or dist/, search index included', () => {
    const leaks: string[] = [];
    for (const file of [...walk(join(root, 'content')), ...walk(build.outDir)]) {
      let text: string;
      if (/\.(mdx|ya?ml|html|xml|json|txt|js|css)$|\/_redirects$|\/_headers$/.test(file)) text = readFileSync(file, 'utf8');
      else if (/\.pf_(fragment|meta|index)$/.test(file)) text = gunzipSync(readFileSync(file)).toString('latin1');
      else continue;
      if (PERSONAL.test(text)) leaks.push(file);
    }
    expect(leaks).toEqual([]);
  });
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await (await site.browser.newContext({ colorScheme })).newPage();
  await page.goto(`${site.server.root}${path}`);
  return page;
}

describe('the earlier conversation', () => {
  it('is threaded under the article, with the old anchors, and counted in listings', async () => {
    const page = await open('/artikelen/klm-en-de-aswolk-terugblik/');
    const section = page.getByRole('region', { name: 'Eerder gesprek' });
    expect(await section.locator('article').evaluateAll((all) => all.map((node) => node.id))).toEqual([
      'comment-201',
      'comment-202',
      'comment-206',
      'comment-207',
    ]);
    expect(await page.locator('#comment-201 + ol #comment-202').count()).toBe(1);
    expect(await page.locator('#comment-201 header a[rel="nofollow ugc"]').getAttribute('href')).toBe('https://jan.example.org');
    await page.goto(`${site.server.root}/auteurs/marieke-de-vries/`);
    expect(await page.locator('article', { hasText: 'KLM en de aswolk: een terugblik' }).textContent()).toContain('4 reacties');
    await page.context().close();
  });

  it('renders a hostile comment inert: no script runs, no frame, form or handler is left', async () => {
    const page = await open('/artikelen/klm-en-de-aswolk-terugblik/');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    const hostile = page.locator('#comment-206');
    expect(await hostile.locator('script, iframe, form, input, button, style, img, [onclick], [onerror], [style]').count()).toBe(0);
    expect(await hostile.locator('.comment-body a').count()).toBe(0); // its javascript: link is text now
    expect(await hostile.textContent()).toContain('[e-mailadres verwijderd]');
    await page.context().close();
  });

  it('is archived under a page too, with its old anchor', async () => {
    const page = await open('/over-mij/#c8010');
    const section = page.getByRole('region', { name: 'Eerder gesprek' });
    expect(await section.locator('article').evaluateAll((all) => all.map((node) => node.id))).toEqual(['c8010']);
    expect(await section.textContent()).toContain('waar deze pagina eerst verscheen');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('c8010');
    await page.context().close();
  });

  it('shortens names to initials when asked (the Blogger import)', async () => {
    const page = await open('/artikelen/webcare-bij-de-bakker-2/');
    expect(await page.locator('#c8001 header').textContent()).toContain('L.E.');
    expect(await page.locator('#c8001 + ol #c8002').count()).toBe(1);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations with the thread, nor on the author page, in the ${colorScheme} theme`, async () => {
      for (const path of [
        '/artikelen/klm-en-de-aswolk-terugblik/#comment-202',
        '/auteurs/marieke-de-vries/',
        '/colofon/',
        '/artikelen/cafe-gesprekken/',
        '/over-mij/',
      ]) {
        const page = await open(path, colorScheme);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(result.violations.map((violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.context().close();
      }
    });
  }
});

describe('old addresses', () => {
  it('an old permalink lands on the new page, at the old comment anchor', async () => {
    const page = await open('/2010/04/klm-en-de-aswolk-terugblik/#comment-202');
    await page.waitForURL(/\/artikelen\/klm-en-de-aswolk-terugblik\/#comment-202$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('comment-202');
    await page.context().close();
  });

  it('an old Blogger .html address and an old label page land on the new pages', async () => {
    const page = await open('/2011/05/webcare-bij-de-bakker.html');
    await page.waitForURL(/\/artikelen\/webcare-bij-de-bakker-2\/$/);
    await page.goto(`${site.server.root}/search/label/Bakkers%20%26%20klanten`);
    await page.waitForURL(/\/tags\/bakkers-en-klanten\/$/);
    await page.goto(`${site.server.root}/tag/social-media/`);
    await page.waitForURL(/\/tags\/social-media\/$/);
    await page.context().close();
  });

  it('a redirect page works without JavaScript too, and tells search engines where the page is now', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}/2011/02/caf%C3%A9-gesprekken/`);
    await page.waitForURL(/\/artikelen\/cafe-gesprekken\/$/);
    const stub = readFileSync(join(build.outDir, '2011/02/café-gesprekken/index.html'), 'utf8');
    expect(stub).toContain('<meta name="robots" content="noindex">');
    expect(stub).toContain('<link rel="canonical" href="https://gesprek.example.nl/artikelen/cafe-gesprekken/">');
    await context.close();
  });

  it('a /?p= link on the home page is looked up and followed', async () => {
    const page = await open('/?p=102');
    await page.waitForURL(/\/artikelen\/dialoog-is-een-mythe-2\/$/);
    await page.goto(`${site.server.root}/?page_id=110`);
    await page.waitForURL(/\/colofon\/$/);
    // An image's attachment page leads to the post the image was in.
    await page.goto(`${site.server.root}/?attachment_id=300`);
    await page.waitForURL(/\/artikelen\/klm-en-de-aswolk-terugblik\/$/);
    await page.context().close();
  });

  it('an old address a host does not serve a page for is looked up from the 404 page', async () => {
    rmSync(join(build.outDir, '2012/04/dialoog-is-een-mythe'), { recursive: true });
    const page = await open('/2012/04/dialoog-is-een-mythe/#vervolg');
    await poll(() => new URL(page.url()).pathname).toBe('/artikelen/dialoog-is-een-mythe-3/');
    expect(new URL(page.url()).hash).toBe('#vervolg');
    await page.context().close();
  });

  it('renamed posts, category pages of a "posts only" export, child pages and a Greek permalink land on the new pages', async () => {
    const page = await open('/2009/03/premier-titre/');
    await page.waitForURL(/\/artikelen\/musique-et-dialogue\/$/);
    for (const [from, to] of [
      ['/category/musique/', /\/tags\/musique\/$/],
      ['/tag/concerts-live/', /\/tags\/concerts-live\/$/],
      ['/videos/tech-summit-dec-2008/', /\/tech-summit-dec-2008\/$/],
      ['/greek/%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF-2/', /\/epipedo-2\/$/],
    ] as const) {
      await page.goto(`${site.server.root}${from}`);
      await page.waitForURL(to);
    }
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Επίπεδο 2');
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('fr-FR');
    await page.context().close();
  });

  it('redirect pages and pages with a thread pass html-validate', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-redundant-role': 'off' } });
    const problems: string[] = [];
    for (const file of [
      '2011/05/webcare-bij-de-bakker.html',
      '2010/04/klm-en-de-aswolk-terugblik/index.html',
      'artikelen/klm-en-de-aswolk-terugblik/index.html',
      'auteurs/marieke-de-vries/index.html',
      'colofon/index.html',
    ]) {
      const report = await validator.validateFile(join(build.outDir, file));
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${file}:${message.line} ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('_redirects holds an explicit 301 to an existing page for every old path', () => {
    const lines = readFileSync(join(build.outDir, '_redirects'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const [from, to, status, ...rest] = line.split(' ');
      expect(rest, line).toEqual([]);
      expect(status, line).toBe('301');
      expect(from, line).toMatch(/^\//);
      expect(existsSync(join(build.outDir, decodeURI(to!), 'index.html')), line).toBe(true);
    }
    expect(lines).toContain('/2011/05/webcare-bij-de-bakker.html /artikelen/webcare-bij-de-bakker-2/ 301');
  });
});

describe('a gallery', () => {
  it('becomes a labelled grid of small images with their captions, each opening the full image', async () => {
    const page = await open('/artikelen/cafe-gesprekken/');
    const gallery = page.getByRole('list', { name: 'Fotogalerie' });
    expect(await gallery.getByRole('listitem').count()).toBe(2);
    expect(await gallery.locator('figcaption').allTextContents()).toEqual(['Elke ochtend om zes uur']);
    const link = gallery.getByRole('link', { name: 'De bakker achter de toonbank (volledige afbeelding)' });
    const full = await link.getAttribute('href');
    expect(full).toMatch(/^\/_astro\/bakker-1\.[\w-]+\.(png|webp)$/);
    // The grid loads lazily, in the size the grid shows (the fixture's images are smaller than any copy).
    expect(await link.locator('img').getAttribute('loading')).toBe('lazy');
    expect(await link.locator('img').getAttribute('sizes')).toBeTruthy();
    const response = await page.request.get(`${site.server.origin}${full}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\//);
    await link.click();
    await page.waitForURL(new RegExp(`${full!.replace(/\./g, '\\.')}$`));
    await page.context().close();
  });
});

describe('an old technical post', () => {
  const path = '/artikelen/code-videos-galerie/';

  it('keeps the language of its French blog on what its author wrote, the site around it Dutch', async () => {
    const page = await open(path);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('fr-FR');
    expect(await page.locator('.prose').getAttribute('lang')).toBe('fr-FR');
    expect(
      await page
        .locator('header time')
        .first()
        .evaluate((time) => time.closest('[lang]')?.getAttribute('lang')),
    ).toBe('nl');
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((json) => JSON.parse(json));
    expect(data.flat().find((entry: { '@type': unknown }) => [entry['@type']].flat().includes('BlogPosting')).inLanguage).toBe('fr-FR');
    await page.goto(`${site.server.root}/tags/musique/`);
    expect(await page.locator('main article h2 a', { hasText: 'Code, vidéos et galerie' }).getAttribute('lang')).toBe('fr-FR');
    await page.context().close();
  });

  it('keeps its code verbatim in blocks with their language, and its inline code without backticks', async () => {
    const page = await open(path);
    expect(await page.locator('pre code.language-php').textContent()).toBe(
      '<?php\nif ($places > 0) {\n    echo "Il reste $places places";   // ne pas "traduire"\n}\n',
    );
    expect(await page.locator('pre code.language-javascript').textContent()).toBe("const reponse = await fetch('/places?salle=[grande]');\n");
    const inline = page.locator('.prose p code', { hasText: 'fetch' });
    expect(await inline.evaluate((code) => [getComputedStyle(code, '::before').content, getComputedStyle(code, '::after').content])).toEqual(['none', 'none']);
    expect(await inline.evaluate((code) => getComputedStyle(code).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('turns Flash-era players into plain links to the video pages, and loads nothing from them', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.server.origin)) external.push(request.url());
    });
    await page.goto(`${site.server.root}${path}`, { waitUntil: 'networkidle' });
    const links = await page.locator('.prose a').evaluateAll((all) => all.map((link) => [link.textContent, (link as HTMLAnchorElement).href]));
    expect(links).toEqual(
      expect.arrayContaining([
        // The site marks links that leave it for screen readers: "(externe link)".
        ['Bekijk op YouTube (externe link)', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
        ['Bekijk op Vimeo (externe link)', 'https://vimeo.com/2619976'],
        ['Bekijk op Dailymotion (externe link)', 'https://www.dailymotion.com/video/x7tgad0'],
        ['Fotogalerie (op de oorspronkelijke pagina) (externe link)', 'http://muziekblog.example.fr/2009/04/code-videos-galerie/'],
      ]),
    );
    expect(await page.locator('object, embed, iframe').count()).toBe(0);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('keeps the caption of an image it could not fetch, linked to the original on the old site', async () => {
    const page = await open(path);
    const caption = page.locator('.prose p', { hasText: 'La scène, une heure avant.' });
    expect(await caption.textContent()).toBe('Afbeelding: La scène vide (externe link) — La scène, une heure avant.');
    expect(await caption.locator('a').getAttribute('href')).toBe('http://muziekblog.example.fr/wp-content/uploads/2009/04/scene.jpg');
    expect(await page.getByRole('link', { name: 'Afbeelding: Programme de la soirée' }).getAttribute('href')).toBe(
      'http://muziekblog.example.fr/wp-content/uploads/2009/04/programme.png',
    );
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in the ${colorScheme} theme`, async () => {
      const page = await open(path, colorScheme);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('authors', () => {
  it('bylines link to the author page, which lists their articles with Person data', async () => {
    const page = await open('/artikelen/dialoog-is-een-mythe-2/');
    await page.getByRole('link', { name: 'Marieke de Vries' }).click();
    await page.waitForURL(/\/auteurs\/marieke-de-vries\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Marieke de Vries');
    expect(await page.locator('main article h2 a').count()).toBe(5);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect([data].flat().find((entry: { '@type': string }) => entry['@type'] === 'Person')).toMatchObject({ name: 'Marieke de Vries' });
    await page.context().close();
  });
});
