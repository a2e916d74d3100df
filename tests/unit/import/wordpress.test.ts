import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/import/text.ts';
import { wordpressDate } from '../../../src/import/wordpress.ts';
import { readFixture } from './support.ts';

describe('plainText and wordpressDate', () => {
  it('decode entities, also double-encoded ones, and drop markup', () => {
    expect(plainText('Merken &amp;amp; mensen: &#8216;samen&#8217; <b>nu</b>')).toBe('Merken & mensen: ‘samen’ nu');
  });
  it('read WordPress dates as wall-clock time and reject the draft placeholders', () => {
    expect(wordpressDate('2010-04-20 23:30:00')?.toISOString()).toBe('2010-04-20T23:30:00.000Z');
    expect(wordpressDate('0000-00-00 00:00:00')).toBeUndefined();
    expect(wordpressDate('1970-01-01 00:00:00')).toBeUndefined();
    expect(wordpressDate('')).toBeUndefined();
  });
});

describe('readWordPress on a "posts only" export', () => {
  const site = readFixture('synthetic/wordpress-posts-only.xml');

  it('takes categories and tags from the items when the channel lists none, leaving out the default category', () => {
    expect(Object.fromEntries(site.taxonomyUrls)).toEqual({
      Musique: ['http://muziekblog.example.fr/category/musique/'],
      'Concerts live': ['http://muziekblog.example.fr/tag/concerts-live/'],
    });
    expect(site.defaultCategories).toEqual(['Non classé']);
  });

  it('keeps the addresses a post had before it was renamed (_wp_old_slug)', () => {
    expect(site.items.find((item) => item.id === '11')!.oldUrls).toEqual([
      'http://muziekblog.example.fr/2009/03/musique-et-dialogue/',
      'http://muziekblog.example.fr/2009/03/premier-titre/',
      'http://muziekblog.example.fr/2009/03/musique-%c3%a9t-dialogue/',
      'http://muziekblog.example.fr/?p=11',
    ]);
  });
});

describe('readWordPress on a real self-hosted export (Pelican’s test data)', () => {
  const site = readFixture('real/pelican-wordpressexport.xml');

  it('reads posts and pages, not attachments or custom post types', () => {
    expect(site.format).toBe('wxr');
    expect(site.url).toBe('http://thisisa.test');
    expect(site.items.filter((item) => item.kind === 'post')).toHaveLength(9);
    expect(site.items.filter((item) => item.kind === 'page').map((item) => [item.id, item.title])).toEqual([['334', 'Page']]);
  });

  it('knows the default category by its term id, and authors by login, case-insensitively', () => {
    expect(site.defaultCategories).toEqual(['Uncategorized']);
    expect(site.authors.map((author) => author.name)).toEqual(['Bob', 'Jonh']);
    expect(site.items.find((item) => item.id === '173')?.authorKey).toBe('bob');
  });

  it('reads comments with parent, status and kind, and carries no e-mail or IP address', () => {
    const post = site.items.find((item) => item.comments.length > 0)!;
    expect(post.comments.map((comment) => [comment.id, comment.parentId, comment.anchor, comment.status, comment.kind])).toEqual([
      ['116', undefined, 'comment-116', 'approved', 'comment'],
      ['117', '116', 'comment-117', 'approved', 'comment'],
      ['156', undefined, 'comment-156', 'trash', 'pingback'],
      ['122', '121', 'comment-122', 'approved', 'comment'],
    ]);
    expect(JSON.stringify(site)).not.toMatch(/@mail\.test|@thisisa\.test|127\.0\.0\.1/);
  });
});

describe('readWordPress on a real WordPress.com export (jekyll-import’s test data)', () => {
  const site = readFixture('real/jekyll-import-sitetitle.wordpress.2025-01-19.000.xml');
  it('reads block-editor posts with their permalinks and ?p= addresses', () => {
    const posts = site.items.filter((item) => item.kind === 'post');
    expect(posts).toHaveLength(7);
    expect(posts.every((post) => post.contentFormat === 'wordpress' && post.status === 'publish')).toBe(true);
    expect(posts[0]!.oldUrls).toEqual([
      expect.stringMatching(/^https:\/\/jekyllbot\.wordpress\.com\/\d{4}\/\d{2}\/\d{2}\/[\w-]+\/$/),
      expect.stringMatching(/\?p=\d+$/),
    ]);
  });
});

describe('readWordPress on the synthetic split export (https namespace, two files)', () => {
  const site = readFixture('synthetic/wordpress-split');

  it('reads both files as one site, once per item', () => {
    expect(site.files).toHaveLength(2);
    expect(site.items.map((item) => item.id)).toEqual([
      '101',
      '102',
      '103',
      '104',
      '105',
      '106',
      '107',
      '108',
      '109',
      '110',
      '120',
      '121',
      '122',
      '123',
      '111',
    ]);
    expect(site.notes).toEqual([
      expect.stringMatching(/\.000\.xml: 1 byte\(s\) die geen geldige UTF-8 zijn, gelezen als Windows-1252$/),
      expect.stringMatching(/\.000\.xml: 1 stuurteken\(s\) die XML niet toestaat, verwijderd$/),
    ]);
  });

  it('reads statuses, passwords, percent-encoded slugs, entity titles and missing dates', () => {
    const byId = new Map(site.items.map((item) => [item.id, item]));
    expect([...byId.values()].map((item) => item.status)).toEqual([
      'publish',
      'publish',
      'draft',
      'private',
      'future',
      'trash',
      'publish',
      'publish',
      'publish',
      'publish',
      // The pages: draft, pending, private and scheduled.
      'draft',
      'pending',
      'private',
      'future',
      'publish',
    ]);
    expect(byId.get('107')?.passwordProtected).toBe(true);
    expect(byId.get('109')?.slug).toBe('café-gesprekken');
    expect(byId.get('103')).toMatchObject({
      title: 'Merken & mensen: ‘samen’',
      slug: '',
      published: undefined,
      notes: ['HTML-entiteiten in de titel omgezet'],
    });
    expect(byId.get('102')).toMatchObject({
      metaDescription: 'Waarom merken geen echte dialoog voeren met hun klanten.',
      featuredImage: { url: 'attachment:301' },
    });
  });

  it('reads the media library, the default category and the old tag and category pages', () => {
    expect(site.attachments.get('301')).toEqual({
      url: 'https://oudblog.example.nl/wp-content/uploads/2011/02/dialoog.png',
      alt: 'Twee mensen in gesprek aan tafel',
      parentId: '102',
      pageUrls: ['https://oudblog.example.nl/?attachment_id=301'],
    });
    expect(site.defaultCategories).toEqual(['Geen categorie']);
    expect(site.taxonomyUrls.get('Social Media')).toEqual(['https://oudblog.example.nl/tag/social-media/']);
  });

  it('never reads the e-mail or IP address fields of authors and commenters', () => {
    const model = JSON.stringify({ ...site, attachments: [...site.attachments], taxonomyUrls: [...site.taxonomyUrls] });
    expect(model).not.toMatch(/(jan\.jansen|wacht|spam|marieke\.privé|piet|wees|sanne)@|203\.0\.113|198\.51\.100|192\.0\.2/);
  });
});
