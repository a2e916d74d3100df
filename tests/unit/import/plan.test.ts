import { describe, expect, it } from 'vitest';
import type { SourceComment, SourceItem } from '../../../src/import/model.ts';
import { paragraphText } from '../../../src/import/text.ts';
import {
  aliasesFor,
  archiveComments,
  descriptionFor,
  initials,
  outcomeOf,
  parseTypeRule,
  slugFor,
  subjectFor,
  tagsFor,
  titleFor,
  typeFor,
} from '../../../src/import/plan.ts';

const now = new Date('2026-11-30T12:00:00Z');
const item = (fields: Partial<SourceItem> = {}): SourceItem => ({
  platform: 'wordpress',
  file: 'export.xml',
  id: '1',
  kind: 'post',
  title: 'Een titel',
  slug: 'een-titel',
  content: '',
  contentFormat: 'wordpress',
  published: new Date('2010-04-20T10:00:00Z'),
  status: 'publish',
  passwordProtected: false,
  tags: [],
  categories: [],
  oldUrls: [],
  comments: [],
  notes: [],
  ...fields,
});

describe('outcomeOf', () => {
  it('publishes, drafts, schedules or skips by status', () => {
    expect(outcomeOf(item(), now)).toMatchObject({ write: true, draft: false });
    for (const status of ['draft', 'pending', 'private'] as const) expect(outcomeOf(item({ status }), now)).toMatchObject({ write: true, draft: true });
    expect(outcomeOf(item({ status: 'future', published: new Date('2099-01-01') }), now)).toMatchObject({
      write: true,
      draft: false,
      note: 'ingepland: verschijnt op de eigen datum',
    });
    expect(outcomeOf(item({ status: 'future', published: new Date('2020-01-01') }), now)).toMatchObject({
      write: true,
      draft: true,
      note: expect.stringMatching(/datum is voorbij/),
    });
    expect(outcomeOf(item({ status: 'trash' }), now)).toEqual({ write: false, reason: 'staat in de prullenbak' });
    expect(outcomeOf(item({ passwordProtected: true }), now)).toMatchObject({ write: false, reason: expect.stringMatching(/^beveiligd met een wachtwoord/) });
  });

  it('dates an undated item today, and says so', () => {
    expect(outcomeOf(item({ status: 'draft', published: undefined }), now)).toEqual({
      write: true,
      draft: true,
      pubDate: now,
      note: expect.stringMatching(/geen geldige datum/),
    });
  });
});

describe('slugFor and titleFor', () => {
  it('keeps the old slug, transliterated; makes one from the title or id when it is empty', () => {
    expect(slugFor(item({ slug: 'café-gesprekken' }), 'x', new Set())).toEqual({ slug: 'cafe-gesprekken' });
    expect(slugFor(item({ slug: '' }), 'Merken & mensen', new Set())).toEqual({
      slug: 'merken-en-mensen',
      note: 'geen adres (slug) in de export: gemaakt van de titel',
    });
    expect(slugFor(item({ slug: '', id: '77' }), '', new Set()).slug).toBe('bericht-77');
  });

  it('never takes a slug twice, nor a page slug the site’s routes use', () => {
    expect(slugFor(item(), 'x', new Set(['een-titel', 'een-titel-2']))).toEqual({
      slug: 'een-titel-3',
      note: 'adres "een-titel" was al bezet: geschreven als "een-titel-3"',
    });
    expect(slugFor(item({ kind: 'page', slug: 'tags' }), 'x', new Set()).slug).toBe('tags-pagina');
  });

  it('makes a title from the first words, or "Zonder titel" with the date', () => {
    expect(titleFor(item({ title: '' }), 'Een bericht zonder titel, met dezelfde slug als een ander bericht.', now)).toEqual({
      title: 'Een bericht zonder titel, met dezelfde slug als…',
      note: 'geen titel: gemaakt van de eerste woorden',
    });
    expect(titleFor(item({ title: '' }), '', now).title).toBe('Zonder titel (2026-11-30)');
  });
});

describe('descriptionFor', () => {
  it('prefers the manual excerpt, then the SEO description', () => {
    expect(descriptionFor(item({ excerpt: 'Handmatig.', metaDescription: 'SEO.' }), 'Tekst.', 'T')).toBe('Handmatig.');
    expect(descriptionFor(item({ metaDescription: 'SEO.' }), 'Tekst.', 'T')).toBe('SEO.');
  });

  it('otherwise takes the first sentences of the paragraphs, not headings, embeds or shortcodes', () => {
    const html =
      '<h2>Kop</h2><p>Kort.</p><p>https://youtu.be/x</p><p>[contact-form-7]</p><p>Een tweede zin die langer is dan de eerste en het geheel afmaakt. Derde zin.</p>';
    expect(descriptionFor(item(), paragraphText(html), 'T')).toBe('Kort. Een tweede zin die langer is dan de eerste en het geheel afmaakt. Derde zin.');
    expect(descriptionFor(item(), '', 'De titel')).toBe('De titel');
  });
});

describe('tagsFor, typeFor and parseTypeRule', () => {
  it('joins categories and tags in lower case, without the default category', () => {
    expect(tagsFor(item({ categories: ['Cases', 'Geen categorie'], tags: ['Social Media', 'cases'] }), { defaultCategories: ['Geen categorie'] })).toEqual([
      'cases',
      'social media',
    ]);
  });

  it('takes the first rule that matches a term, else the default type', () => {
    const rules = [parseTypeRule('category:boeken=review'), parseTypeRule('tag:klm=case-study')];
    expect(typeFor(item({ categories: ['Boeken'] }), rules, 'opinion')).toBe('review');
    expect(typeFor(item({ tags: ['KLM'] }), rules, 'opinion')).toBe('case-study');
    expect(typeFor(item({ platform: 'blogger', tags: ['boeken'] }), [parseTypeRule('label:boeken=review')], 'thesis')).toBe('review');
    expect(typeFor(item(), rules, 'thesis')).toBe('thesis');
  });

  it('rejects a malformed rule or an unknown type, saying how to write it', () => {
    expect(() => parseTypeRule('boeken=review')).toThrow('write it as category:NAME=TYPE');
    expect(() => parseTypeRule('category:boeken=recensie')).toThrow('recensie is not one of review, thesis, case-study, opinion');
  });
});

describe('subjectFor', () => {
  const names = (books: string[], organisations: string[]) => (collection: 'books' | 'organisations') => (collection === 'books' ? books : organisations);
  it('gives a review its one named book and a case its one named organisation', () => {
    expect(subjectFor('review', names(['de-conversation-manager'], []), 'opinion')).toEqual({ type: 'review', book: 'de-conversation-manager' });
    expect(subjectFor('case-study', names([], ['klm']), 'opinion')).toEqual({ type: 'case-study', organisation: 'klm' });
    expect(subjectFor('thesis', names([], []), 'opinion')).toEqual({ type: 'thesis' });
  });

  it('falls back to a type the schema accepts when none or several are named, and says why', () => {
    expect(subjectFor('review', names([], []), 'thesis')).toEqual({
      type: 'thesis',
      note: 'type review vraagt om het besproken boek, en de tekst noemt geen bekend boek: geschreven als thesis',
    });
    expect(subjectFor('case-study', names([], ['klm', 'insites-consulting']), 'case-study')).toEqual({
      type: 'opinion',
      note: 'type case-study vraagt om de organisatie, en de tekst noemt er meer (klm, insites-consulting): geschreven als opinion',
    });
  });
});

describe('aliasesFor', () => {
  it('normalises addresses as a browser asks for them: one slash, one form of percent-encoding', () => {
    expect(
      aliasesFor([
        'https://oud.example//greek/%ce%b5%cf%80%ce%af-2/',
        'https://oud.example/caf%c3%a9/',
        'https://oud.example/café/',
        'https://oud.example/a%26b/',
      ]),
    ).toEqual(['/greek/%CE%B5%CF%80%CE%AF-2/', '/caf%C3%A9/', '/a%26b/']);
  });

  it('keeps path and query of every old address, once, and never the home page', () => {
    expect(
      aliasesFor(['https://oud.example/2010/04/a/', 'https://oud.example/?p=3', 'http://oud.example/2010/04/a/', 'https://oud.example/', 'geen url']),
    ).toEqual(['/2010/04/a/', '/?p=3']);
  });
});

describe('archiveComments', () => {
  const comment = (fields: Partial<SourceComment>): SourceComment => ({
    id: '1',
    author: 'Jan Jansen',
    html: '<p>Hoi</p>',
    status: 'approved',
    kind: 'comment',
    anchor: 'comment-1',
    date: new Date('2010-04-21T08:00:00Z'),
    ...fields,
  });
  const all = [
    comment({ id: '1', authorUrl: 'https://jan.example/' }),
    comment({ id: '2', parentId: '1', author: 'Marieke de Vries', date: new Date('2010-04-22') }),
    comment({ id: '3', status: 'pending' }),
    comment({ id: '4', status: 'spam' }),
    comment({ id: '5', kind: 'pingback', author: 'Ander blog' }),
    comment({ id: '6', parentId: '99', author: '', html: '<script>x()</script><p onclick="y()">Mail a.b@c.example</p>', authorUrl: 'javascript:alert(1)' }),
  ];

  it('keeps approved human comments, threads them and sanitises bodies and names', () => {
    const { comments, notes } = archiveComments(all, new Date(), { pingbacks: false, initials: false, urls: true });
    expect(comments.map((c) => [c.id, c.parent, c.author, c.url])).toEqual([
      ['1', undefined, 'Jan Jansen', 'https://jan.example/'],
      ['6', undefined, 'Anoniem', undefined],
      ['2', '1', 'Marieke de Vries', undefined],
    ]);
    expect(comments.find((c) => c.id === '6')?.body).toBe('<p>Mail [e-mailadres verwijderd]</p>');
    expect(notes).toEqual([
      'reactie 6 antwoordt op reactie 99, die niet bewaard blijft: bovenaan getoond',
      '3 reactie(s) niet gearchiveerd: wachtend op goedkeuring, spam of in de prullenbak, of pingbacks en trackbacks',
    ]);
  });

  it('keeps pingbacks when asked, shortens names to initials and drops URLs on request', () => {
    const { comments } = archiveComments(all, new Date(), { pingbacks: true, initials: true, urls: false });
    expect(comments.map((c) => [c.id, c.author, c.url])).toEqual([
      ['1', 'J.J.', undefined],
      ['5', 'A.b.', undefined],
      ['6', 'A.', undefined],
      ['2', 'M.d.V.', undefined],
    ]);
    expect(initials('Jan van der Berg')).toBe('J.v.d.B.');
  });
});
