/** Entity pages, their backlinks, the article infobox and MDX components, checked against content/. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readArticles, readEntries, referencedIds, referencesOf, type SourceArticle } from '../support/content.ts';
import { page, PROJECT_ROOT, routeExists, text } from '../support/dist.ts';

const CONTENT = `${PROJECT_ROOT}/content`;
const articles = readArticles(CONTENT);
const published = articles.filter((article) => article.published).sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
const hidden = articles.filter((article) => !article.published);
const KINDS = [
  { folder: 'books', field: 'book', path: '/boeken/' },
  { folder: 'people', field: 'people', path: '/personen/' },
  { folder: 'organisations', field: 'organisation', path: '/organisaties/' },
  { folder: 'concepts', field: 'concepts', path: '/begrippen/' },
] as const;
const hrefs = (route: string, selector: string) => page(route).querySelectorAll(selector).map((link) => link.getAttribute('href'));
const articleHref = (article: SourceArticle) => `/artikelen/${article.slug}/`;
const POSITIONS = ['supports', 'nuances', 'contests', 'discusses'] as const;
const POSITION_SEGMENTS = { supports: 'onderschreven', nuances: 'genuanceerd', contests: 'betwist', discusses: 'besproken' };
const VERDICT_SEGMENTS = { holds: 'klopt-nog', partly: 'klopt-deels', 'no-longer': 'klopt-niet-meer' };
const VERBS: Record<string, string> = { supports: 'Onderschrijft', nuances: 'Nuanceert', contests: 'Betwist', discusses: 'Bespreekt' };
/** Published articles, newest first, that take `position` on the thesis `id`. */
const takingUp = (id: string, position: string) =>
  published.filter((article) => referencesOf(article, 'theses').some((ref) => ref.id === id && ref.position === position));

describe('launch content', () => {
  it('publishes the required articles, each 500+ words with headings', () => {
    const byTitle = (pattern: RegExp) => published.find((article) => pattern.test(article.title));
    expect(byTitle(/Conversation Manager/)?.type).toBe('review');
    expect(byTitle(/Markten zijn gesprekken/)?.type).toBe('thesis');
    expect(byTitle(/KLM/)?.type).toBe('case-study');
    expect(byTitle(/dialoog/i)?.type).toBe('opinion');
    expect(byTitle(/Likes/)).toBeDefined();
    expect(byTitle(/[Uu]niek/)).toBeDefined();
    expect(byTitle(/[Ss]torytelling/)).toBeDefined();
    for (const article of published) {
      const words = article.body.replace(/<[^>]+>/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
      expect(words.length, article.slug).toBeGreaterThanOrEqual(500);
      expect(article.body, article.slug).toMatch(/^## /m);
    }
  });
});

describe.each(KINDS)('$folder pages', ({ folder, field, path }) => {
  const entries = readEntries(CONTENT, folder);

  it('exist for every entry, with an index listing them all', () => {
    expect(entries.size).toBeGreaterThan(0);
    for (const id of entries.keys()) expect(routeExists(`${path}${id}/`), id).toBe(true);
    expect(new Set(hrefs(path, 'main dt a'))).toEqual(new Set([...entries.keys()].map((id) => `${path}${id}/`)));
  });

  it('list exactly the published articles that reference them, newest first', () => {
    for (const id of entries.keys()) {
      const referencing = published.filter((article) => referencedIds(article, field).includes(id));
      // Book pages list reviews first, then the other articles; every other page lists all.
      const reviews = folder === 'books' ? referencing.filter((article) => article.type === 'review') : [];
      const rest = referencing.filter((article) => !reviews.includes(article));
      expect(hrefs(`${path}${id}/`, 'section[aria-labelledby="reviews-title"] a'), `${folder}/${id}`).toEqual(reviews.map(articleHref));
      expect(hrefs(`${path}${id}/`, 'section[aria-labelledby="backlinks-title"] a'), `${folder}/${id}`).toEqual(rest.map(articleHref));
    }
  });

  it('never list a draft or scheduled article', () => {
    const hiddenLinks = new Set(hidden.map(articleHref));
    for (const id of entries.keys()) {
      for (const href of hrefs(`${path}${id}/`, 'main a')) expect(hiddenLinks.has(href ?? ''), `${folder}/${id} → ${href}`).toBe(false);
    }
  });
});

describe('people and books', () => {
  const books = readEntries(CONTENT, 'books');
  const people = readEntries(CONTENT, 'people');

  it('a person page lists the books they wrote', () => {
    for (const personId of people.keys()) {
      const written = [...books].filter(([, book]) => (book.authors as string[]).includes(personId)).map(([id]) => `/boeken/${id}/`);
      const listed = hrefs(`/personen/${personId}/`, 'section[aria-labelledby="books-title"] a');
      expect(new Set(listed), personId).toEqual(new Set(written));
    }
  });

  it('a book page lists its reviews and links its authors', () => {
    for (const [bookId, book] of books) {
      const reviews = published.filter((article) => article.type === 'review' && referencedIds(article, 'book').includes(bookId)).map(articleHref);
      expect(hrefs(`/boeken/${bookId}/`, 'section[aria-labelledby="reviews-title"] a'), bookId).toEqual(reviews);
      const facts = page(`/boeken/${bookId}/`).querySelector('main dl');
      for (const author of book.authors as string[]) expect(facts?.querySelector(`a[href="/personen/${author}/"]`), `${bookId} → ${author}`).not.toBeNull();
      expect(text(facts)).toContain(String(book.year));
    }
  });
});

describe('article pages', () => {
  const books = readEntries(CONTENT, 'books');
  const organisations = readEntries(CONTENT, 'organisations');

  it.each(published.map((article) => [article.slug, article] as const))('%s shows its infobox and links every referenced entity', (_slug, article) => {
    const root = page(articleHref(article));
    const [bookId] = referencedIds(article, 'book');
    if (bookId) {
      const box = root.querySelector('aside[aria-labelledby="infobox-book"]');
      expect(box?.querySelector(`a[href="/boeken/${bookId}/"]`)?.textContent).toBe(books.get(bookId)!.title);
      expect(text(box)).toContain(String(books.get(bookId)!.year));
      for (const author of books.get(bookId)!.authors as string[]) expect(box?.querySelector(`a[href="/personen/${author}/"]`)).not.toBeNull();
    } else {
      expect(root.querySelector('aside[aria-labelledby="infobox-book"]')).toBeNull();
    }
    const [organisationId] = referencedIds(article, 'organisation');
    if (organisationId) {
      const box = root.querySelector('aside[aria-labelledby="infobox-organisation"]');
      expect(box?.querySelector(`a[href="/organisaties/${organisationId}/"]`)?.textContent).toBe(organisations.get(organisationId)!.name);
    }
    const mentioned = new Set(hrefs(articleHref(article), 'nav[aria-labelledby="infobox-mentioned"] a'));
    for (const person of referencedIds(article, 'people')) expect(mentioned.has(`/personen/${person}/`), person).toBe(true);
    for (const concept of referencedIds(article, 'concepts')) expect(mentioned.has(`/begrippen/${concept}/`), concept).toBe(true);
  });

  it('renders the MDX components used in the launch content', () => {
    const root = page('/artikelen/markten-zijn-gesprekken/');
    const thesis = root.querySelectorAll('.prose-article figure').find((figure) => figure.querySelector('.thesis'));
    expect(thesis?.querySelector('figcaption a')?.getAttribute('href')).toMatch(/^\/theses\/\d+\/$/);
    const term = root.querySelector('.prose-article .term a');
    expect(term?.getAttribute('href')).toMatch(/^\/begrippen\/[\w-]+\/$/);
    expect(root.querySelector(`#${term?.getAttribute('aria-describedby')}`)?.getAttribute('role')).toBe('tooltip');
    expect(root.querySelector('.prose-article figure.quote figcaption cite a')?.getAttribute('href')).toBe('/boeken/the-cluetrain-manifesto/');
    expect(page('/artikelen/de-conversation-manager/').querySelector('.prose-article aside[data-callout]')).not.toBeNull();
  });
});

describe('/begrippen/ and /theses/', () => {
  const concepts = readEntries(CONTENT, 'concepts');
  const theses = readEntries(CONTENT, 'theses');

  it('the glossary is an A–Z index with a letter navigation', () => {
    const root = page('/begrippen/');
    const letters = root.querySelectorAll('main nav a').map((link) => text(link));
    expect(letters).toEqual([...letters].sort());
    const expectedLetters = new Set([...concepts.values()].map((concept) => String(concept.term).normalize('NFKD').charAt(0).toUpperCase()));
    expect(new Set(letters)).toEqual(expectedLetters);
    for (const letter of letters) expect(root.querySelector(`#letter-${letter}`)).not.toBeNull();
  });

  it('the tracker lists every thesis under its group, with its verdict and how many articles take each position', () => {
    const root = page('/theses/');
    for (const [id, thesis] of theses) {
      const item = root.querySelector(`#these-${String(thesis.number)}`);
      expect(item, id).not.toBeNull();
      expect(item?.closest('section')?.id).toBe(`groep-${String(thesis.group)}`);
      expect(item?.querySelector('[data-verdict-status]')?.getAttribute('data-verdict-status'), id).toBe((thesis.verdict as { status: string } | undefined)?.status ?? '');
      for (const position of POSITIONS) {
        expect(text(item?.querySelector(`[data-position="${position}"] dd`)), `${id} ${position}`).toBe(String(takingUp(id, position).length));
      }
      expect(item?.querySelector(`a[href="/theses/${String(thesis.number)}/"]`), id).not.toBeNull();
    }
  });

  it('filters by position and by verdict on static views, each listing exactly the matching theses', () => {
    const shown = (route: string) => page(route).querySelectorAll('main [data-thesis]').map((item) => Number(item.getAttribute('data-thesis')));
    const numbers = (keep: (id: string, thesis: Record<string, unknown>) => boolean) =>
      [...theses].filter(([id, thesis]) => keep(id, thesis)).map(([, thesis]) => Number(thesis.number)).sort((a, b) => a - b);
    for (const [position, segment] of Object.entries(POSITION_SEGMENTS)) {
      const route = `/theses/standpunt/${segment}/`;
      expect(shown(route).sort((a, b) => a - b), route).toEqual(numbers((id) => takingUp(id, position).length > 0));
      expect(page(route).querySelector(`nav a[aria-current="page"]`)?.getAttribute('href'), route).toBe(route);
    }
    for (const [status, segment] of Object.entries(VERDICT_SEGMENTS)) {
      const route = `/theses/oordeel/${segment}/`;
      expect(shown(route).sort((a, b) => a - b), route).toEqual(numbers((_, thesis) => (thesis.verdict as { status: string } | undefined)?.status === status));
    }
    // The real content has at least one thesis contested, one no longer holding: the views are not all empty.
    expect(shown('/theses/standpunt/betwist/').length).toBeGreaterThan(0);
    expect(shown('/theses/oordeel/klopt-niet-meer/').length).toBeGreaterThan(0);
  });

  it('each thesis has a page with its text, verdict, articles grouped by position and related theses', () => {
    for (const [id, thesis] of theses) {
      const root = page(`/theses/${String(thesis.number)}/`);
      expect(text(root.querySelector('h1')), id).toBe(`These ${String(thesis.number)}`);
      if (thesis.text) expect(text(root.querySelector('main blockquote[lang="en"]')), id).toBe(thesis.text);
      const verdict = thesis.verdict as { status: string; text: string } | undefined;
      const verdictSection = root.querySelector('section[data-verdict-status]');
      expect(verdictSection?.getAttribute('data-verdict-status'), id).toBe(verdict?.status ?? '');
      if (verdict) expect(text(verdictSection), id).toContain(verdict.text);
      for (const position of POSITIONS) {
        const section = root.querySelector(`#standpunt-${position}`)?.closest('section');
        const listed = section?.querySelectorAll('li a[href^="/artikelen/"]').map((link) => link.getAttribute('href')) ?? [];
        expect(listed, `${id} ${position}`).toEqual(takingUp(id, position).map(articleHref));
      }
      const related = root.querySelectorAll('[aria-labelledby="related-theses-title"] a').map((link) => link.getAttribute('href'));
      expect(related, id).not.toContain(`/theses/${String(thesis.number)}/`);
      for (const link of related) expect(routeExists(link!), link!).toBe(true);
      // This build has no comments configured: no discussion section (a giscus build has one).
      expect(root.querySelector('[data-comments]'), id).toBeNull();
    }
  });

  it('articles show their positions in the infobox', () => {
    for (const article of published) {
      const listed = page(articleHref(article))
        .querySelectorAll('nav[aria-labelledby="infobox-mentioned"] li[data-position]')
        .map((item) => ({ position: item.getAttribute('data-position'), text: text(item) }));
      const expected = referencesOf(article, 'theses').map(({ id, position }) => ({
        position,
        text: `${VERBS[position]} these ${String(theses.get(id)!.number)}`,
      }));
      expect(listed, article.slug).toEqual(expected);
    }
  });
});

describe('backlinks in context', () => {
  const ENTRY_KINDS = [
    { folder: 'books', path: '/boeken/', names: ['title'] },
    { folder: 'people', path: '/personen/', names: ['name'] },
    { folder: 'organisations', path: '/organisaties/', names: ['name'] },
    { folder: 'concepts', path: '/begrippen/', names: ['term'] },
    { folder: 'theses', path: '/theses/', names: [] },
  ] as const;
  const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
  // The article text as read: without the concept definitions that <Term> keeps hidden until hover.
  const prose = new Map(
    published.map((article) => {
      const body = parse(page(articleHref(article)).querySelector('.prose-article')!.outerHTML);
      for (const tip of body.querySelectorAll('.term-tip')) tip.remove();
      return [article.slug, body];
    }),
  );
  const cases = ENTRY_KINDS.flatMap(({ folder, path, names }) =>
    [...readEntries(CONTENT, folder)].map(([id, entry]) => {
      const route = folder === 'theses' ? `${path}${String(entry.number)}/` : `${path}${id}/`;
      const own = folder === 'theses' ? [`These ${String(entry.number)}`, `stelling ${String(entry.number)}`] : names.map((field) => String(entry[field]));
      return { route, names: [...own, ...((entry.aliases as string[] | undefined) ?? [])] };
    }),
  );
  let mentions = 0;

  it.each(cases)('$route quotes where each article mentions the entry, the entry highlighted', ({ route, names }) => {
    const items = page(route).querySelectorAll('[data-backlink]');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    for (const item of items) {
      const slug = item.getAttribute('data-backlink')!;
      const body = prose.get(slug)!;
      const linked = body.querySelectorAll(`a[href="${route}"]`).map((link) => flat(link.text));
      const context = item.querySelector('[data-context]')!;
      if (context.getAttribute('data-context') === 'mention') {
        mentions += 1;
        const mark = flat(text(context.querySelector('mark')));
        // The highlight is the entry: one of its names, or the words of a reference to its page.
        expect(linked.includes(mark) || pattern.test(mark), `${route} ← ${slug}: "${mark}"`).toBe(true);
        // Every quoted piece is text the reader sees in the article.
        const bodyText = flat(body.text);
        for (const piece of flat(text(context)).split(/…| — /)) expect(bodyText, `${route} ← ${slug}`).toContain(flat(piece));
      } else {
        expect(text(context)).toBe(published.find((article) => article.slug === slug)!.description);
        expect(linked, `${route} ← ${slug}`).toEqual([]);
        expect(flat(body.text).match(pattern)?.[0], `${route} ← ${slug}`).toBeUndefined();
      }
    }
  });

  it('quotes at least one mention of each kind of reference in the real content', () => {
    expect(mentions).toBeGreaterThan(10);
    const marks = (route: string) => page(route).querySelectorAll('[data-backlink] mark').map((mark) => text(mark));
    expect(marks('/theses/12/')).toContain('These 12'); // a <Thesis>
    expect(marks('/begrippen/authenticiteit/')).toContain('Authenticiteit'); // a <Term id />
    expect(marks('/personen/doc-searls/')).toContain('Doc Searls'); // the name in plain text
  });
});
