/**
 * A larger generated site, deployed under a base path: pagination, base-aware links and
 * assets, escaping of hostile titles and responsive cover images.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, type BuildResult } from '../support/build.ts';
import { htmlFiles, page, text } from '../support/dist.ts';
import { checkLinks } from '../support/links.ts';
import { launchChromium } from '../../scripts/support/browser.ts';
import { serveDist } from '../../scripts/support/static-server.ts';

const BASE = '/gesprek';
const SITE = 'https://voorbeeld.example.org';
const GENERATED = 29; // plus the fixture's own and the components article: 31 (+ the hostile one), three pages of 12
const HOSTILE_TITLE = `Waarom "dialoog" <script>alert('x')</script> & <b>R&D</b> niet samengaan`;

let build: BuildResult;
const at = (route: string) => page(route, build.outDir);

beforeAll(() => {
  const dir = copyFixture('generated');
  for (let i = 1; i <= GENERATED; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const frontmatter = [
      `title: "Gegenereerd artikel ${i}"`,
      `description: "Beschrijving van artikel ${i}."`,
      `pubDate: 2023-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
      'type: opinion',
      `tags: [${i % 2 ? 'Eyjafjallajökull' : 'dialoog'}, test]`,
    ];
    const body = `Zie ook [het geldige artikel](/artikelen/een-geldig-artikel/) en [de kop](/artikelen/een-geldig-artikel/#eerste-kop).\n`;
    writeFileSync(join(dir, `articles/gegenereerd-${i}.mdx`), `---\n${frontmatter.join('\n')}\n---\n\n${body}`);
  }
  writeFileSync(
    join(dir, 'articles/vijandige-titel.mdx'),
    `---\ntitle: ${JSON.stringify(HOSTILE_TITLE)}\ndescription: ${JSON.stringify(`Een "beschrijving" met <img src=x onerror=alert(1)> & meer`)}\npubDate: 2022-01-01\ntype: opinion\ntags: ["<i>R&D</i>"]\ncover:\n  src: ./omslag.png\n  alt: Een oranje vlak\n---\n\nTekst.\n`,
  );
  writeFileSync(
    join(dir, 'articles/componenten.mdx'),
    [
      '---',
      'title: Alle componenten',
      'description: Een artikel dat elke MDX-component gebruikt.',
      'pubDate: 2021-06-01',
      'type: thesis',
      'tags: [test]',
      '---',
      '',
      "import omslag from './omslag.png';",
      '',
      'Een zin met een <Term id="dialoog">tweegesprek</Term> erin, en nog een <Term id="dialoog" />.',
      '',
      '<Quote by="Doc Searls" person="doc-searls" source="the-intention-economy" lang="en">Markets are conversations.</Quote>',
      '',
      '<Thesis n={1} />',
      '',
      '<Callout type="tip" title="Onthoud dit">Een tip met **nadruk**.</Callout>',
      '',
      // By path, as the editor writes it; the build imports it (src/build/mdx-image-paths.ts).
      '<Figure src="./omslag.png" alt="Een oranje vlak" caption="Het omslagbeeld" credit="Foto: redactie" />',
      '',
      // One image by path, one imported by hand: both forms build.
      '<Gallery label="Twee vlakken" images={[{"src":"./omslag.png","alt":"Het oranje vlak","caption":"Eerste"},{ src: omslag, alt: "Nog eens oranje" }]} />',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'articles/ingepland.mdx'),
    '---\ntitle: Ingepland stuk\ndescription: Verschijnt pas later.\npubDate: 2099-01-01\ntype: opinion\ntags: [later]\npeople: [doc-searls]\n---\n\nTekst.\n',
  );
  build = buildSite(dir, { BASE_PATH: BASE, SITE_URL: SITE });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('build log', () => {
  it('warns once that comments are off when giscus is not configured', () => {
    expect(build.output.match(/Comments are off/g)).toHaveLength(1);
  });

  it('stays readable: no per-article MDX warnings', () => {
    expect(build.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });
});

describe('under a base path', () => {
  it('every internal link, asset and fragment resolves', () => {
    const { checked, broken } = checkLinks(build.outDir, { site: SITE, base: BASE });
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it('no root-relative URL escapes the base', () => {
    const outside: string[] = [];
    for (const file of htmlFiles(build.outDir)) {
      const root = parse(readFileSync(file, 'utf8'));
      for (const element of root.querySelectorAll('[href], [src], [srcset]')) {
        for (const attribute of ['href', 'src', 'srcset']) {
          const value = element.getAttribute(attribute);
          if (value?.startsWith('/') && !value.startsWith(`${BASE}/`)) outside.push(`${file}: ${attribute}=${value}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('links written in article bodies get the base too', () => {
    const hrefs = at('/artikelen/gegenereerd-1/')
      .querySelectorAll('.prose-article a')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([`${BASE}/artikelen/een-geldig-artikel/`, `${BASE}/artikelen/een-geldig-artikel/#eerste-kop`]);
  });

  it('canonical URLs and feed links are absolute on the site URL with the base', () => {
    expect(at('/artikelen/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${BASE}/artikelen/`);
    const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(readFileSync(join(build.outDir, 'rss.xml'), 'utf8'));
    for (const item of feed.rss.channel.item) {
      expect(item.link.startsWith(`${SITE}${BASE}/artikelen/`)).toBe(true);
      for (const [, link] of String(item['content:encoded']).matchAll(/href="([^"#][^"]*)"/g)) expect(link!.startsWith('https://')).toBe(true);
    }
    const root = at('/artikelen/gegenereerd-1/');
    expect(root.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE}${BASE}/og/artikelen/gegenereerd-1.png`);
    expect(root.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(`${BASE}/rss.xml`);
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}/sitemap-index.xml`);
    expect(readFileSync(join(build.outDir, '_headers'), 'utf8').split('\n')[0]).toBe(`${BASE}/*`);
  });
});

describe('pagination', () => {
  it('splits 32 articles into pages of 12 with prev/next links', () => {
    const cards = (route: string) => at(route).querySelectorAll('main article h2 a').length;
    expect(cards('/artikelen/')).toBe(12);
    expect(cards('/artikelen/pagina/2/')).toBe(12);
    expect(cards('/artikelen/pagina/3/')).toBe(8);
    expect(() => at('/artikelen/pagina/4/')).toThrow(/No page/);
    const middle = at('/artikelen/pagina/2/').querySelector('nav[aria-label="Paginering"]')!;
    expect(middle.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`${BASE}/artikelen/`);
    expect(middle.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`${BASE}/artikelen/pagina/3/`);
    expect(text(middle.querySelector('[aria-current="page"]'))).toBe('2');
  });

  it('gives the sole author one page of the latest and a link to the archive, not a second copy of every page', () => {
    const author = at('/auteurs/redactie/');
    expect(author.querySelectorAll('main article h2 a').length).toBe(12);
    expect(author.querySelector('main header a[href$="/artikelen/"]')?.getAttribute('href')).toBe(`${BASE}/artikelen/`);
    expect(author.querySelector('nav[aria-label="Paginering"]')).toBeNull();
    expect(() => at('/auteurs/redactie/pagina/2/')).toThrow(/No page/);
  });

  it('paginates type and tag listings too, with diacritics folded in tag URLs', () => {
    expect(at('/opinie/pagina/3/').querySelectorAll('main article').length).toBe(6); // 29 generated + the hostile one
    expect(at('/tags/eyjafjallajokull/').querySelector('h1')?.textContent).toContain('Eyjafjallajökull');
    expect(at('/tags/test/pagina/2/').querySelectorAll('main article').length).toBe(12);
  });
});

describe('hostile titles are text, never markup', () => {
  const route = '/artikelen/vijandige-titel/';

  it('in the page heading, the document title and meta description', () => {
    const root = at(route);
    expect(root.querySelector('h1')?.textContent).toBe(HOSTILE_TITLE);
    expect(root.querySelector('title')?.textContent).toContain(HOSTILE_TITLE);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(`Een "beschrijving" met <img src=x onerror=alert(1)> & meer`);
    // The title may appear, escaped, inside the JSON-LD data block; in no executable script.
    const executable = root.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/ld+json');
    expect(executable.filter((script) => script.textContent.includes("alert('x')")).length).toBe(0);
    expect(root.querySelectorAll('main img[src="x"], main b')).toEqual([]);
  });

  it('in Open Graph tags and JSON-LD', () => {
    const root = at(route);
    expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(HOSTILE_TITLE);
    const scripts = root.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.textContent).not.toMatch(/<\/script/i);
    const [posting] = JSON.parse(scripts[0]!.textContent) as { headline: string }[];
    expect(posting!.headline).toBe(HOSTILE_TITLE);
  });

  it('in listings and tags', () => {
    const card = at('/artikelen/pagina/3/')
      .querySelectorAll('main article h2 a')
      .find((link) => link.getAttribute('href') === `${BASE}${route}`);
    expect(card?.textContent.trim()).toBe(HOSTILE_TITLE);
    expect(
      at(route)
        .querySelectorAll('a[rel="tag"]')
        .map((link) => link.textContent.trim()),
    ).toContain('#<i>R&D</i>');
  });

  it('in the feed', () => {
    const source = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
    const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(source);
    const item = feed.rss.channel.item.find((entry: { link: string }) => entry.link.endsWith(route));
    expect(item.title).toBe(HOSTILE_TITLE);
    expect(source).not.toContain('<script>');
  });
});

describe('cover image', () => {
  it('is a responsive astro:assets image with its alt text', () => {
    const image = at('/artikelen/vijandige-titel/').querySelector('article figure img')!;
    expect(image.getAttribute('alt')).toBe('Een oranje vlak');
    expect(image.getAttribute('srcset')?.split(',').length).toBeGreaterThanOrEqual(1);
    expect(image.getAttribute('sizes')).toBeTruthy();
    expect(Number(image.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(image.getAttribute('height'))).toBeGreaterThan(0);
    expect(image.getAttribute('src')).toMatch(new RegExp(`^${BASE}/_astro/.+\\.(webp|png)$`));
  });
});

describe('MDX components', () => {
  const root = () => at('/artikelen/componenten/');

  it('<Term> links the concept with its definition as an accessible description', () => {
    const terms = root().querySelectorAll('.term');
    expect(terms).toHaveLength(2);
    const [first, second] = terms.map((term) => ({ link: term.querySelector('a')!, tip: term.querySelector('[role="tooltip"]')! }));
    expect(first!.link.getAttribute('href')).toBe(`${BASE}/begrippen/dialoog/`);
    expect(first!.link.textContent).toBe('tweegesprek');
    expect(second!.link.textContent).toBe('Dialoog');
    expect(first!.link.getAttribute('aria-describedby')).toBe(first!.tip.id);
    expect(first!.tip.id).not.toBe(second!.tip.id);
    expect(first!.tip.textContent).toContain('Een gesprek waarin partijen');
  });

  it('<Quote> is an attributed blockquote linking person and source', () => {
    const figure = root().querySelector('figure.quote')!;
    expect(figure.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(text(figure.querySelector('blockquote'))).toBe('Markets are conversations.');
    expect(figure.querySelector('figcaption a')?.getAttribute('href')).toBe(`${BASE}/personen/doc-searls/`);
    expect(figure.querySelector('figcaption cite a')?.getAttribute('href')).toBe(`${BASE}/boeken/the-intention-economy/`);
  });

  it('<Thesis> renders the thesis from the collection and links to it', () => {
    const thesis = root()
      .querySelectorAll('figure')
      .find((figure) => figure.querySelector('.thesis'))!;
    expect(text(thesis.querySelector('blockquote'))).toBe('Markets are conversations.');
    expect(text(thesis)).toContain('Markten zijn gesprekken.');
    expect(thesis.querySelector('figcaption a')?.getAttribute('href')).toBe(`${BASE}/theses/1/`);
  });

  it('<Callout> is a labelled aside with its Markdown rendered', () => {
    const callout = root().querySelector('aside[data-callout="tip"]')!;
    expect(callout.getAttribute('aria-label')).toBe('Onthoud dit');
    expect(callout.querySelector('strong')?.textContent).toBe('nadruk');
  });

  it('<Gallery> is a labelled list of small images with captions, each linking to the full image', () => {
    const gallery = root().querySelector('ul[aria-label="Twee vlakken"]')!;
    const items = gallery.querySelectorAll('li');
    expect(items).toHaveLength(2);
    const links = gallery.querySelectorAll('a');
    expect(links.map((link) => link.querySelector('img')?.getAttribute('alt'))).toEqual(['Het oranje vlak', 'Nog eens oranje']);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(new RegExp(`^${BASE}/_astro/omslag\\.[\\w-]+\\.(png|webp)$`));
      expect(existsSync(join(build.outDir, link.getAttribute('href')!.slice(BASE.length)))).toBe(true);
      expect(link.querySelector('img')?.getAttribute('srcset')).toMatch(/ 240w\b/);
      expect(link.querySelector('img')?.getAttribute('loading')).toBe('lazy');
    }
    expect(items.map((item) => text(item.querySelector('figcaption')))).toEqual(['Eerste', '']);
  });

  it('<Figure> is a lazy responsive image with alt, caption and credit', () => {
    const figure = root()
      .querySelectorAll('figure')
      .find((candidate) => candidate.querySelector('img'))!;
    const image = figure.querySelector('img')!;
    expect(image.getAttribute('alt')).toBe('Een oranje vlak');
    expect(image.getAttribute('loading')).toBe('lazy');
    expect(image.getAttribute('src')).toMatch(new RegExp(`^${BASE}/_astro/`));
    expect(
      figure
        .querySelector('figcaption')
        ?.childNodes.map((node) => node.textContent.trim())
        .filter(Boolean),
    ).toEqual(['Het omslagbeeld', 'Foto: redactie']);
  });
});

describe('scheduled articles', () => {
  it('appear nowhere: no page, no listing, no entity backlink', () => {
    expect(() => at('/artikelen/ingepland/')).toThrow(/No page/);
    for (const file of htmlFiles(build.outDir)) expect(readFileSync(file, 'utf8')).not.toContain('Ingepland stuk');
    expect(text(at('/personen/doc-searls/').querySelector('section[aria-labelledby="backlinks-title"]'))).toContain('Hier verscheen nog geen artikel over.');
  });
});

describe('search under the base path', () => {
  it('the dialog finds articles and links them under the base', async () => {
    const server = await serveDist(build.outDir, BASE);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.root}/artikelen/`);
      await page.locator('header a[data-search-open]').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')), { timeout: 10_000 }).toBe('search');
      await page.keyboard.type('tweegesprek');
      const result = page.locator('dialog a[data-result]').first();
      await expect.poll(() => result.getAttribute('href'), { timeout: 10_000 }).toMatch(new RegExp(`^${BASE}/artikelen/componenten/\\?markeer=`));
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
