/** The whole import on the synthetic blogs, into a copy of the site's content. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontmatterOf } from '../../../src/lib/dates.ts';
import { describe, expect, it } from 'vitest';
import { checksumOf, findExportFiles, readExports, runImport, type ImportOptions } from '../../../src/import/importer.ts';
import { RECONCILED } from '../../../src/import/report.ts';
import { ExportError } from '../../../src/import/model.ts';
import { parseTypeRule } from '../../../src/import/plan.ts';
import { fixture, readFixture } from './support.ts';

const CONTENT = join(import.meta.dirname, '../../../content');
/** The export's e-mail and IP addresses: none may reach content/. */
const PERSONAL = /(jan\.jansen|wacht|spam|marieke\.privé|piet|wees|sanne|jan\.privé|koen\.bakker|lezer\.een)@|203\.0\.113\.|198\.51\.100\.|192\.0\.2\./;

function site() {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  cpSync(CONTENT, join(root, 'content'), { recursive: true });
  return root;
}
const options = (root: string, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  contentDir: join(root, 'content'),
  stagingDir: join(root, '.cache/import/staging'),
  typeRules: [parseTypeRule('category:cases=case-study')],
  defaultType: 'opinion',
  defaultTag: 'archief',
  link: true,
  force: false,
  dryRun: false,
  comments: { pingbacks: false, initials: false, urls: true },
  media: { folder: fixture('media'), download: false, cacheDir: join(root, '.cache/import/media'), delay: 0 },
  now: new Date('2026-11-30T12:00:00Z'),
  ...extra,
});
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('runImport of the synthetic WordPress blog', () => {
  const root = site();
  const before = files(join(root, 'content'));
  const first = runImport(readFixture('synthetic/wordpress-split'), options(root));

  it('writes articles, a page, an author, comment archives, images and old tag redirects', async () => {
    const report = await first;
    expect(report.counts).toEqual({ posts: 8, pages: 5, drafts: 7, skipped: 2, comments: 5, imagesCopied: 4, imagesMissing: 0, redirects: 22, authors: 1 });
    const added = files(join(root, 'content')).filter((file) => !before.includes(file));
    expect(added).toEqual(
      expect.arrayContaining([
        'articles/klm-en-de-aswolk-terugblik.mdx',
        'articles/klm-en-de-aswolk-terugblik/klm-twitter.png',
        'articles/dialoog-is-een-mythe-2.mdx',
        'articles/dialoog-is-een-mythe-2/dialoog.png',
        'articles/cafe-gesprekken/bakker-1.png',
        'articles/merken-en-mensen-samen.mdx',
        'comments/klm-en-de-aswolk-terugblik.yaml',
        'comments/likes-meten-geen-loyaliteit-2.yaml',
        'pages/colofon.mdx',
        'authors/marieke-de-vries.yaml',
        'redirects.yaml',
      ]),
    );
    expect(report.written).toHaveLength(added.filter((file) => /\.\w+$/.test(file)).length);
    expect(existsSync(join(root, '.cache/import/staging'))).toBe(false);
  });

  it('keeps draft, pending and private pages drafts, and a scheduled page scheduled', async () => {
    await first;
    const page = (slug: string) => parse(frontmatterOf(readFileSync(join(root, 'content/pages', `${slug}.mdx`), 'utf8')));
    for (const slug of ['conceptpagina', 'ter-beoordeling', 'besloten']) expect(page(slug), slug).toMatchObject({ draft: true });
    expect(page('ingepland')).toMatchObject({ pubDate: '2099-01-01' });
    expect(page('ingepland').draft).toBeUndefined();
    expect(page('colofon').draft).toBeUndefined();
    expect(page('colofon').pubDate).toBeUndefined();
  });

  it('skips trashed and password-protected posts with their reasons', async () => {
    const report = await first;
    expect(report.items.filter((item) => item.result === 'skipped').map((item) => [item.id, item.reason])).toEqual([
      ['106', 'staat in de prullenbak'],
      ['107', 'beveiligd met een wachtwoord: de inhoud was niet openbaar bedoeld'],
    ]);
  });

  it('maps the case to KLM, the frontmatter to the schema, old addresses to aliases', async () => {
    await first;
    const text = readFileSync(join(root, 'content/articles/klm-en-de-aswolk-terugblik.mdx'), 'utf8');
    const data = parse(text.split(/^---$/m)[1]!);
    expect(data).toMatchObject({
      title: 'KLM en de aswolk: een terugblik',
      pubDate: '2010-04-20',
      type: 'case-study',
      organisation: 'klm',
      people: ['doc-searls'],
      tags: ['cases', 'webcare', 'social media'],
      author: 'marieke-de-vries',
      // Its image's attachment page redirects here too.
      aliases: ['/2010/04/klm-en-de-aswolk-terugblik/', '/?p=101', '/?attachment_id=300'],
      source: { platform: 'wordpress', id: '101', url: 'https://oudblog.example.nl/2010/04/klm-en-de-aswolk-terugblik/' },
    });
    expect(data.source.checksum).toBe(checksumOf(text));
    expect(text).toContain('[waarom dialoog een mythe is](/artikelen/dialoog-is-een-mythe-2/)');
  });

  it('lets no e-mail or IP address from the export into content/', async () => {
    await first;
    for (const file of files(join(root, 'content'))) {
      if (!/\.(mdx|ya?ml)$/.test(file)) continue;
      expect(readFileSync(join(root, 'content', file), 'utf8'), file).not.toMatch(PERSONAL);
    }
  });

  it('changes nothing and duplicates nothing when run again', async () => {
    await first;
    const after = files(join(root, 'content'));
    const again = await runImport(readFixture('synthetic/wordpress-split'), options(root));
    expect(again.written).toEqual([]);
    expect(again.items.filter((item) => item.result !== 'skipped').every((item) => item.result === 'unchanged')).toBe(true);
    expect(files(join(root, 'content'))).toEqual(after);
  });

  it('leaves a file an author edited alone, unless --force', async () => {
    await first;
    const file = join(root, 'content/articles/cafe-gesprekken.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Café-gesprekken', 'Gesprekken in het café'));
    const edited = readFileSync(file, 'utf8');
    const again = await runImport(readFixture('synthetic/wordpress-split'), options(root));
    expect(again.items.find((item) => item.id === '109')).toMatchObject({
      result: 'skipped',
      reason: expect.stringMatching(/is bewerkt sinds de import.*--force/),
    });
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = await runImport(readFixture('synthetic/wordpress-split'), options(root, { force: true }));
    expect(forced.items.find((item) => item.id === '109')?.result).toBe('updated');
    expect(readFileSync(file, 'utf8')).toContain('title: Café-gesprekken');
  });
});

describe('runImport of a "posts only" WordPress export', () => {
  it('keeps every old address: renamed slugs, category and tag pages from the items, child pages, a permalink with a double slash', async () => {
    const root = site();
    const report = await runImport(readFixture('synthetic/wordpress-posts-only.xml'), options(root));
    const aliasesOf = (path: string) => parse(frontmatterOf(readFileSync(join(root, 'content', path), 'utf8'))).aliases;
    expect(aliasesOf('articles/musique-et-dialogue.mdx')).toEqual([
      '/2009/03/musique-et-dialogue/',
      '/2009/03/premier-titre/',
      '/2009/03/musique-%C3%A9t-dialogue/',
      '/?p=11',
    ]);
    expect(aliasesOf('pages/tech-summit-dec-2008.mdx')).toEqual(['/videos/tech-summit-dec-2008/', '/?page_id=21']);
    // "Επίπεδο 2" keeps its words, and its address loses the second slash the schema would refuse.
    expect(aliasesOf('pages/epipedo-2.mdx')).toEqual(['/greek/%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF-2/', '/?page_id=22']);
    expect(parse(readFileSync(join(root, 'content/redirects.yaml'), 'utf8'))).toEqual([
      { from: '/category/musique/', to: '/tags/musique/' },
      { from: '/tag/concerts-live/', to: '/tags/concerts-live/' },
    ]);
    expect(report.items.flatMap((item) => item.notes).filter((note) => note.includes('een adres van deze site'))).toEqual([]);
    // The blog is French (fr-FR in the export): its posts and pages say so.
    const frontmatter = (path: string) => parse(frontmatterOf(readFileSync(join(root, 'content', path), 'utf8')));
    expect(frontmatter('articles/musique-et-dialogue.mdx').lang).toBe('fr-FR');
    expect(frontmatter('pages/videos.mdx').lang).toBe('fr-FR');
  });
});

describe('runImport writes nothing', () => {
  it('on a dry run, but reports all the same', async () => {
    const root = site();
    const before = files(join(root, 'content'));
    const report = await runImport(readFixture('synthetic/blogger-classic.xml'), options(root, { dryRun: true }));
    expect(report.counts.posts).toBe(2);
    expect(files(join(root, 'content'))).toEqual(before);
  });

  it('when the run is interrupted: content/ stays as it was', async () => {
    const root = site();
    const before = files(join(root, 'content'));
    const interrupted = runImport(
      readFixture('synthetic/wordpress-split'),
      options(root, {
        onProgress: ({ items }) => {
          if (items === 3) throw new Error('onderbroken');
        },
      }),
    );
    await expect(interrupted).rejects.toThrow('onderbroken');
    expect(files(join(root, 'content'))).toEqual(before);
  });
});

describe('runImport of Blogger', () => {
  it('imports the Takeout folder with its album image, threads and the trashed post skipped', async () => {
    const root = site();
    const report = await runImport(
      readFixture('synthetic/blogger-takeout'),
      options(root, { media: { folder: fixture('synthetic/blogger-takeout'), download: false, cacheDir: join(root, 'c'), delay: 0 } }),
    );
    expect(report.items.map((item) => [item.id, item.result, item.slug ?? item.reason])).toEqual([
      ['9003', 'skipped', 'staat in de prullenbak'],
      ['9001', 'new', 'luisteren-voor-je-praat'],
      ['9002', 'new', 'concept'],
      ['9100', 'new', 'contact'],
      ['9101', 'new', 'prijslijst-in-wording'],
    ]);
    expect(readFileSync(join(root, 'content/pages/prijslijst-in-wording.mdx'), 'utf8')).toMatch(/^draft: true$/m);
    expect(report.counts).toMatchObject({ comments: 3, imagesCopied: 1 });
    const archive = parse(readFileSync(join(root, 'content/comments/luisteren-voor-je-praat.yaml'), 'utf8'));
    expect(archive.comments.map((comment: { anchor: string; author: string; parent?: string }) => [comment.anchor, comment.author, comment.parent])).toEqual([
      ['c9501', 'Lezer Twee', undefined],
      ['c9502', 'Anoniem', '9501'],
      ['c9504', 'Anoniem', undefined],
    ]);
    // Blogger's placeholder for a deleted comment is counted, not archived.
    expect(report.items.find((item) => item.id === '9001')!.notes).toContain(
      '1 reactie(s) op het oude blog verwijderd (alleen de melding van Blogger bleef over): niet gearchiveerd',
    );
    expect(readFileSync(join(root, 'content/articles/luisteren-voor-je-praat.mdx'), 'utf8')).toContain(
      '![Een klant met een telefoon](./luisteren-voor-je-praat/bakker-2.png)',
    );
  });

  it('imports the classic backup: label redirects, the <br> paragraphs, no personal data', async () => {
    const root = site();
    const report = await runImport(readFixture('synthetic/blogger-classic.xml'), options(root));
    expect(report.counts).toMatchObject({ posts: 2, pages: 2, drafts: 2, comments: 4, imagesCopied: 1, imagesMissing: 0 });
    // The page's conversation is archived under the page.
    const pageArchive = parse(readFileSync(join(root, 'content/comments/pagina-over-mij.yaml'), 'utf8'));
    expect(pageArchive).toMatchObject({ platform: 'blogger', page: 'over-mij', comments: [{ anchor: 'c8010', author: 'Lezer Vier' }] });
    expect(readFileSync(join(root, 'content/pages/halve-contactpagina.mdx'), 'utf8')).toMatch(/^draft: true$/m);
    const redirects = parse(readFileSync(join(root, 'content/redirects.yaml'), 'utf8'));
    expect(redirects).toEqual([
      { from: '/search/label/Webcare', to: '/tags/webcare/' },
      { from: '/search/label/Bakkers%20%26%20klanten', to: '/tags/bakkers-en-klanten/' },
    ]);
    const text = readFileSync(join(root, 'content/articles/webcare-bij-de-bakker-2.mdx'), 'utf8');
    expect(text).toContain('De bakker op de hoek antwoordt op Twitter.\n\nNiet omdat het moet, maar omdat hij zijn klanten kent.\\\nElke ochtend.');
    for (const file of files(join(root, 'content')).filter((file) => /\.(mdx|ya?ml)$/.test(file))) {
      expect(readFileSync(join(root, 'content', file), 'utf8'), file).not.toMatch(PERSONAL);
    }
  });
});

describe('bad input stops the import before anything is written, naming the file', () => {
  it.each([
    [['broken/boodschappen.xml'], /boodschappen\.xml: is geen export van WordPress \(WXR\) of Blogger/],
    [['broken/kapot.xml'], /kapot\.xml: is geen geldige XML \(regel 5, kolom \d+\)/],
    [['real/pelican-wordpressexport.xml', 'real/pelican-bloggerexport.xml'], /mengt exports van WordPress en Blogger/],
    [['media'], /media: bevat geen export van WordPress of Blogger/],
    [['bestaat-niet.xml'], /bestaat-niet\.xml: bestaat niet/],
  ])('%s', (paths, message) => {
    expect(() => readExports(findExportFiles(paths.map((path) => fixture(path))))).toThrow(ExportError);
    expect(() => readExports(findExportFiles(paths.map((path) => fixture(path))))).toThrow(message);
  });
});

describe('runImport of the Ghost migrator’s posts-only test export', () => {
  it('resolves permalinks given as paths against the old site, and no login that is an e-mail address gets out', async () => {
    const root = site();
    const report = await runImport(readFixture('real/ghost-migrate-posts-only.xml'), options(root));
    expect(report.items.map((item) => [item.id, item.result, item.slug])).toEqual([
      ['204', 'new', 'draft-post-html'],
      ['4', 'new', 'basic-post-html'],
      ['14', 'new', 'another-post-html'],
    ]);
    const data = parse(frontmatterOf(readFileSync(join(root, 'content/articles/basic-post-html.mdx'), 'utf8')));
    expect(data.aliases).toEqual(['/blog/basic-post.html', '/?p=4']);
    expect(data.source.url).toBe('https://example.com/blog/basic-post.html');
    expect(parse(frontmatterOf(readFileSync(join(root, 'content/articles/draft-post-html.mdx'), 'utf8'))).draft).toBe(true);
    expect(report.reconciliation.otherItems.skipped).toEqual([{ item: 'customcpt 15', reason: 'soort "customcpt" wordt niet geïmporteerd' }]);
    for (const file of files(join(root, 'content')).filter((file) => /\.(mdx|ya?ml)$/.test(file))) {
      expect(readFileSync(join(root, 'content', file), 'utf8'), file).not.toMatch(/(hermione|harry)@example\.com/);
    }
  });
});

describe('two blogs whose ids overlap', () => {
  it('stay two: the second import neither updates nor overwrites the first blog’s post 20', async () => {
    const root = site();
    await runImport(readFixture('synthetic/wordpress-posts-only.xml'), options(root));
    const videos = readFileSync(join(root, 'content/pages/videos.mdx'), 'utf8');
    const second = await runImport(readFixture('real/ghost-migrate-feature-image-captions.xml'), options(root));
    expect(second.items.map((item) => [item.id, item.result])).toEqual([
      ['20', 'new'],
      ['21', 'new'],
      ['22', 'new'],
    ]);
    expect(readFileSync(join(root, 'content/pages/videos.mdx'), 'utf8')).toBe(videos);
    expect(parse(frontmatterOf(videos)).source).toMatchObject({ platform: 'wordpress', site: 'http://muziekblog.example.fr', id: '20' });
  });
});

describe('the site’s own schemas', () => {
  it('refuse a file that would not build, naming the field, and the item is skipped with that reason', async () => {
    const root = site();
    // A tag of only spaces is no tag: the schema says so, and the post that would get it is refused.
    const report = await runImport(readFixture('synthetic/wordpress-split'), options(root, { defaultTag: '   ' }));
    const refused = report.items.filter((item) => item.result === 'skipped' && item.reason?.includes('schema'));
    expect(refused.length).toBeGreaterThan(0);
    const articles = files(join(root, 'content/articles'))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => readFileSync(join(root, 'content/articles', file), 'utf8'));
    for (const item of refused) {
      expect(item.reason).toMatch(/^wat geschreven zou worden, past niet in het schema van de site: tags\.0: een onderwerp mag niet leeg zijn/);
      expect(articles.filter((text) => text.includes(`id: "${item.id}"`))).toEqual([]);
    }
    expect(report.reconciliation.posts.skipped.map((entry) => entry.reason)).toEqual(expect.arrayContaining([refused[0]!.reason]));
  });
});

describe('the reconciliation, over every fixture', () => {
  const exports = [
    'real/jekyll-import-sitetitle.wordpress.2025-01-19.000.xml',
    'real/pelican-wordpressexport.xml',
    'real/pelican-bloggerexport.xml',
    'real/ghost-migrate-posts-only.xml',
    'real/ghost-migrate-feature-image-captions.xml',
    'synthetic/wordpress-split',
    'synthetic/wordpress-posts-only.xml',
    'synthetic/blogger-classic.xml',
    'synthetic/blogger-takeout',
  ];
  const occurrences = (texts: string[], pattern: RegExp) => texts.reduce((sum, text) => sum + (text.match(pattern)?.length ?? 0), 0);

  it.each(exports)('%s: everything found is written or skipped with its reason, and every player, gallery and code block is counted', async (path) => {
    const source = readFixture(path);
    const report = await runImport(readFixture(path), options(site(), { dryRun: true }));
    for (const kind of RECONCILED) {
      const { found, written, skipped } = report.reconciliation[kind];
      expect(found, kind).toBe(written + skipped.length);
      for (const entry of skipped) expect(entry.item && entry.reason, `${kind}: ${JSON.stringify(entry)}`).toBeTruthy();
    }
    const { posts, pages, comments, embeds, galleries, shortcodes } = report.reconciliation;
    expect(posts.found).toBe(source.items.filter((item) => item.kind === 'post').length);
    expect(pages.found).toBe(source.items.filter((item) => item.kind === 'page').length);
    expect(comments.found).toBe(source.items.reduce((sum, item) => sum + item.comments.length, 0) + source.droppedComments.length);
    // The items that were converted: what their source holds is in the tally, one for one.
    const converted = new Set(report.items.filter((item) => item.result !== 'skipped').map((item) => item.id));
    const texts = source.items.filter((item) => converted.has(item.id)).map((item) => item.content);
    expect(galleries.found).toBe(occurrences(texts, /\[gallery[\s\]]/g));
    expect(shortcodes.found).toBeGreaterThanOrEqual(occurrences(texts, /\[(code|sourcecode|php|caption)[\s\]=]/g));
    expect(embeds.found).toBeGreaterThanOrEqual(occurrences(texts, /<(iframe|object)\b|\[(youtube|vimeo|embed)[\s\]=]|<!-- wp:(core-)?embed/g));
  });

  it('names what it skipped: a trashed post, its comments, and the media library items', async () => {
    const report = await runImport(readFixture('synthetic/wordpress-split'), options(site(), { dryRun: true }));
    expect(report.reconciliation.posts.skipped).toContainEqual({ item: 'bericht 106 “Weggegooid”', reason: 'staat in de prullenbak' });
    expect(report.reconciliation.otherItems.skipped).toContainEqual({
      item: 'attachment 300',
      reason: 'item van de mediabibliotheek: bron van afbeeldingen, geen eigen pagina',
    });
    expect(report.reconciliation.comments.skipped.map((entry) => entry.reason)).toEqual(expect.arrayContaining(['wacht op goedkeuring', 'spam']));
  });
});
