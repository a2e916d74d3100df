/** Every page type exists in dist/ for the real content, with the parts a reader relies on. */
import { describe, expect, it } from 'vitest';
import { readArticles } from '../support/content.ts';
import { page, PROJECT_ROOT, routeExists, text } from '../support/dist.ts';

const articles = readArticles(`${PROJECT_ROOT}/content`);
const published = articles.filter((article) => article.published).sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
const TYPE_PATHS = { review: '/boekbesprekingen/', thesis: '/stellingen/', 'case-study': '/cases/', opinion: '/opinie/' } as const;
const dutchDate = (date: Date) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(date);

describe('every page type is built', () => {
  const routes = ['/', '/artikelen/', '/tags/', '/archief/', '/over/', '/404.html', '/rss.xml', '/sitemap-index.xml', ...Object.values(TYPE_PATHS)];
  it.each(routes)('%s', (route) => {
    expect(routeExists(route)).toBe(true);
  });

  it('an article page per published article', () => {
    for (const article of published) expect(routeExists(`/artikelen/${article.slug}/`), article.slug).toBe(true);
  });

  it('a tag page per tag and a year page per year', () => {
    for (const article of published) {
      for (const tag of article.tags) {
        const slug = tag.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-');
        expect(routeExists(`/tags/${slug}/`), tag).toBe(true);
      }
      expect(routeExists(`/archief/${article.pubDate.getUTCFullYear()}/`)).toBe(true);
    }
  });
});

describe('every page', () => {
  const samples = ['/', '/artikelen/', `/artikelen/${published[0]!.slug}/`, '/tags/', '/archief/', '/over/', '/404.html', '/opinie/'];
  it.each(samples)('%s is Dutch, has one h1, a skip link to main, a title and a description', (route) => {
    const root = page(route);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('nl');
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    const skip = root.querySelector('body a');
    expect(skip?.getAttribute('href')).toBe('#inhoud');
    expect(root.querySelector('main#inhoud')).not.toBeNull();
    expect(text(root.querySelector('title')).length).toBeGreaterThan(5);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(10);
    expect(root.querySelector('link[rel="alternate"][type="application/rss+xml"]')).not.toBeNull();
  });

  it.each(samples)('%s loads no script file and no third-party resource', (route) => {
    const root = page(route);
    // The search dialog's script waits, inert, in a <template> until search is opened.
    const scripts = root.querySelectorAll('script[src]').filter((script) => !script.closest('template'));
    expect(scripts).toHaveLength(0);
    // Only elements that make the browser fetch something; canonical links load nothing.
    const loaded = root
      .querySelectorAll('link[rel~="stylesheet"], link[rel~="preload"], link[rel~="icon"], img, source, script[src], iframe')
      .flatMap((element) => [element.getAttribute('href'), element.getAttribute('src'), element.getAttribute('srcset')])
      .filter((url): url is string => Boolean(url));
    expect(loaded.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
  });
});

describe('article page', () => {
  const withToc = published.find((article) => (article.body.match(/^##{1,2} /gm) ?? []).length >= 3)!;
  const root = page(`/artikelen/${withToc.slug}/`);

  it('shows title, lead, type, author, Dutch dates and reading time', () => {
    expect(text(root.querySelector('h1'))).toBe(withToc.title);
    expect(text(root.querySelector('article header'))).toContain(withToc.description);
    const times = root.querySelectorAll('article header time');
    expect(times[0]?.getAttribute('datetime')).toBe(withToc.pubDate.toISOString().slice(0, 10));
    expect(text(times[0])).toBe(dutchDate(withToc.pubDate));
    if (withToc.updatedDate) expect(times[1]?.getAttribute('datetime')).toBe(withToc.updatedDate.toISOString().slice(0, 10));
    expect(text(root.querySelector('article header'))).toMatch(/\d+ min lezen/);
    expect(text(root.querySelector('article header'))).toContain('Redactie Gesprek');
    expect(root.querySelector(`article header .type-marker[data-type="${withToc.type}"]`)).not.toBeNull();
  });

  it('renders the body inside the region search indexes', () => {
    const body = root.querySelector('[data-pagefind-body]');
    const firstParagraph = withToc.body.split('\n').find((line) => /^[A-Z]/.test(line))!.slice(0, 40);
    expect(text(body)).toContain(firstParagraph.replace(/[*_]/g, ''));
  });

  it('has a table of contents whose links match the heading ids, and heading anchors', () => {
    const tocLinks = root.querySelectorAll('nav[aria-labelledby="toc-title"] a');
    const headings = root.querySelectorAll('.prose-article h2, .prose-article h3');
    expect(tocLinks.length).toBeGreaterThanOrEqual(3);
    expect(tocLinks.map((link) => link.getAttribute('href'))).toEqual(headings.map((heading) => `#${heading.id}`));
    expect(tocLinks.map((link) => text(link))).toEqual(headings.map((heading) => text(heading)));
    for (const heading of headings) {
      const anchor = heading.parentNode?.querySelector('a.heading-anchor');
      expect(anchor?.getAttribute('href')).toBe(`#${heading.id}`);
    }
  });

  it('links tags, the neighbouring articles and up to three related articles', () => {
    const tagLinks = root.querySelectorAll('a[rel="tag"]').map((link) => text(link));
    expect(tagLinks).toEqual(withToc.tags.map((tag) => `#${tag}`));
    const index = published.findIndex((article) => article.slug === withToc.slug);
    const older = published[index + 1];
    const newer = published[index - 1];
    expect(root.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(older ? `/artikelen/${older.slug}/` : undefined);
    expect(root.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(newer ? `/artikelen/${newer.slug}/` : undefined);
    const related = root.querySelectorAll('section[aria-labelledby="related-title"] article h3 a');
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(3);
    expect(related.map((link) => link.getAttribute('href'))).not.toContain(`/artikelen/${withToc.slug}/`);
  });

  it('leaves out the table of contents when an article has fewer than three headings', () => {
    const short = published.find((article) => (article.body.match(/^##{1,2} /gm) ?? []).length < 3);
    if (!short) return expect(published.length).toBeGreaterThan(0);
    expect(page(`/artikelen/${short.slug}/`).querySelector('nav[aria-labelledby="toc-title"]')).toBeNull();
  });
});

describe('listings', () => {
  it('/artikelen/ lists published articles newest first', () => {
    const titles = page('/artikelen/').querySelectorAll('main article h2 a').map((link) => text(link));
    expect(titles).toEqual(published.slice(0, 12).map((article) => article.title));
  });

  it.each(Object.entries(TYPE_PATHS))('the %s listing shows exactly the articles of that type', (type, path) => {
    const titles = page(path).querySelectorAll('main article h2 a').map((link) => text(link));
    expect(titles).toEqual(published.filter((article) => article.type === type).map((article) => article.title));
  });

  it('the archive groups every published article under its year', () => {
    const root = page('/archief/');
    for (const article of published) {
      const year = article.pubDate.getUTCFullYear();
      const section = root.querySelector(`section[aria-labelledby="jaar-${year}"]`);
      expect(section?.querySelectorAll('a').map((link) => text(link))).toContain(article.title);
    }
  });

  it('the home page has the latest articles, an entry per type with its count, and top tags', () => {
    const root = page('/');
    const latest = root.querySelectorAll('section[aria-labelledby="latest-title"] article h3 a').map((link) => text(link));
    expect(latest).toEqual(published.slice(0, 6).map((article) => article.title));
    for (const [type, path] of Object.entries(TYPE_PATHS)) {
      const entry = root.querySelector(`section[aria-labelledby="types-title"] [data-type="${type}"]`);
      expect(entry?.querySelector('a')?.getAttribute('href')).toBe(path);
      const count = published.filter((article) => article.type === type).length;
      expect(text(entry)).toContain(count === 1 ? '1 artikel' : `${count} artikelen`);
    }
    expect(root.querySelectorAll('section[aria-labelledby="tags-title"] a[href^="/tags/"]').length).toBeGreaterThan(0);
  });

  it('the 404 page helps the reader on', () => {
    const root = page('/404.html');
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(root.querySelectorAll('main a[href="/artikelen/"]').length).toBeGreaterThan(0);
  });
});

describe('without comment settings', () => {
  it('no page has a comments section or a giscus widget', () => {
    for (const article of published) {
      const root = page(`/artikelen/${article.slug}/`);
      expect(root.querySelector('[data-comments]'), article.slug).toBeNull();
      expect(root.querySelector('gesprek-giscus'), article.slug).toBeNull();
    }
  });

  it('every page still has the strict Content-Security-Policy', () => {
    for (const route of ['/', `/artikelen/${published[0]!.slug}/`, '/zoeken/', '/404.html']) {
      const policy = page(route).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(policy, route).toContain("default-src 'self'");
      expect(policy, route).toContain("object-src 'none'");
      expect(policy, route).toContain("base-uri 'self'");
      expect(policy, route).not.toContain('unsafe-inline');
    }
  });
});

describe('improve this page', () => {
  it('links every article and entry page to its own file in the repository', () => {
    const editLink = (route: string) => page(route).querySelector('a[data-edit-link]')?.getAttribute('href');
    for (const article of published) {
      expect(editLink(`/artikelen/${article.slug}/`)).toBe(`https://github.com/gesprek/gesprek/edit/main/content/articles/${article.slug}.mdx`);
    }
    expect(editLink('/personen/doc-searls/')).toBe('https://github.com/gesprek/gesprek/edit/main/content/people/doc-searls.yaml');
    expect(editLink('/organisaties/klm/')).toBe('https://github.com/gesprek/gesprek/edit/main/content/organisations/klm.yaml');
    expect(editLink('/begrippen/dialoog/')).toBe('https://github.com/gesprek/gesprek/edit/main/content/concepts/dialoog.yaml');
    expect(editLink('/boeken/de-conversation-manager/')).toBe('https://github.com/gesprek/gesprek/edit/main/content/books/de-conversation-manager.yaml');
    expect(text(page('/personen/doc-searls/').querySelector('a[data-edit-link]'))).toBe('Deze pagina verbeteren');
  });
});
