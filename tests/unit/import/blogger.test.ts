import { describe, expect, it } from 'vitest';
import { readFixture } from './support.ts';

describe('readBlogger on a real classic backup (Pelican’s test data)', () => {
  const site = readFixture('real/pelican-bloggerexport.xml');

  it('reads posts and pages by their kind, not settings or the template', () => {
    expect(site.format).toBe('blogger-classic');
    expect(site.items.map((item) => [item.kind, item.title, item.status])).toEqual([
      ['post', "Black as Egypt's Night", 'draft'],
      ['post', 'The Steel Windpipe', 'publish'],
      ['page', 'Test page 2', 'draft'],
      ['page', 'Test page', 'publish'],
    ]);
  });

  it('attaches the comment to its post through thr:in-reply-to, with Blogger’s #c anchor', () => {
    const post = site.items.find((item) => item.title === 'The Steel Windpipe')!;
    expect(post.comments.map((comment) => [comment.id, comment.anchor, comment.author])).toEqual([
      ['5590533389087749201', 'c5590533389087749201', 'Thomas Isidore Noël Sankara'],
    ]);
    expect(post.oldUrls).toEqual(['http://youngdoctornotes.blogspot.com/2010/11/the-steel-windpipe.html']);
    expect(post.slug).toBe('the-steel-windpipe');
  });
});

describe('readBlogger on the synthetic classic backup', () => {
  const site = readFixture('synthetic/blogger-classic.xml');
  const post = site.items.find((item) => item.id === '7001')!;

  it('reads labels as tags, entity titles decoded, the page and the draft without an old address', () => {
    expect(post).toMatchObject({ title: 'Webcare bij de bakker & daarna', tags: ['Webcare', 'Bakkers & klanten'], status: 'publish' });
    expect(post.modified?.toISOString()).toBe('2011-05-14T09:00:00.000Z');
    expect(site.items.find((item) => item.id === '7002')).toMatchObject({ status: 'draft', oldUrls: [] });
    expect(site.items.find((item) => item.id === '7100')).toMatchObject({ kind: 'page', slug: 'over-mij' });
  });

  it('threads a reply through its rel="related" link, and an anonymous comment has no name', () => {
    expect(post.comments.map((comment) => [comment.id, comment.parentId, comment.author, comment.authorUrl])).toEqual([
      ['8001', undefined, 'Lezer Een', 'https://lezer-een.example'],
      ['8002', '8001', 'Koen Bakker', 'https://www.blogger.com/profile/0101'],
      ['8003', undefined, '', undefined],
    ]);
  });

  it('knows the old label pages', () => {
    expect(site.taxonomyUrls.get('Bakkers & klanten')).toEqual(['https://gespreksnotities.blogspot.com/search/label/Bakkers%20%26%20klanten']);
  });

  it('never reads e-mail addresses', () => {
    expect(JSON.stringify({ ...site, attachments: [...site.attachments], taxonomyUrls: [...site.taxonomyUrls] })).not.toMatch(/(koen\.bakker|noreply)@/);
  });
});

describe('readBlogger on a Takeout folder (feed.atom)', () => {
  const site = readFixture('synthetic/blogger-takeout');

  it('finds feed.atom in the folder and reads type, status, filename and trash', () => {
    expect(site.format).toBe('blogger-takeout');
    expect(site.items.map((item) => [item.id, item.kind, item.status, item.slug])).toEqual([
      ['9001', 'post', 'publish', 'luisteren-voor-je-praat'],
      ['9002', 'post', 'draft', ''],
      ['9003', 'post', 'trash', 'weg'],
      ['9100', 'page', 'publish', 'contact'],
      ['9101', 'page', 'draft', ''],
    ]);
    expect(site.items[0]).toMatchObject({
      metaDescription: 'Waarom luisteren het begin van elk gesprek is.',
      oldUrls: ['https://gespreksnotities.blogspot.com/2012/03/luisteren-voor-je-praat.html'],
    });
  });

  it('threads comments through blogger:parent and blogger:inReplyTo, trashed ones marked as such', () => {
    expect(site.items[0]!.comments.map((comment) => [comment.id, comment.parentId, comment.status, comment.author])).toEqual([
      ['9501', undefined, 'approved', 'Lezer Twee'],
      ['9502', '9501', 'approved', ''],
      ['9503', undefined, 'trash', ''],
      // "Unknown" is Blogger's name for a deleted profile: no name, like an anonymous reader.
      ['9504', undefined, 'approved', ''],
      ['9505', undefined, 'approved', 'Lezer Drie'],
    ]);
  });
});
