import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newArticleFileName, renderNewArticle, validateNewArticle } from '../../src/lib/new-article.ts';

const known = { books: ['de-conversation-manager'], organisations: ['klm'] };

describe('newArticleFileName', () => {
  it('makes an ASCII slug from a Dutch title', () => {
    expect(newArticleFileName('Wat Eyjafjallajökull ons leerde')).toBe('wat-eyjafjallajokull-ons-leerde.mdx');
    expect(newArticleFileName('Ideeën over “dialoog”?')).toBe('ideeen-over-dialoog.mdx');
  });
});

describe('renderNewArticle', () => {
  it('writes a draft whose frontmatter parses back to what was asked, quotes and all', () => {
    const source = renderNewArticle({
      type: 'review',
      title: 'Boek: "De Conversation Manager" & meer',
      tags: ['boeken', 'co-creatie'],
      book: 'de-conversation-manager',
      date: new Date('2024-05-02'),
    });
    const [, frontmatter] = source.split('---\n');
    expect(parseYaml(frontmatter!)).toEqual({
      title: 'Boek: "De Conversation Manager" & meer',
      description: 'Samenvatting van "Boek: "De Conversation Manager" & meer" in één of twee zinnen.',
      pubDate: '2024-05-02',
      type: 'review',
      tags: ['boeken', 'co-creatie'],
      book: 'de-conversation-manager',
      draft: true,
    });
    expect(source).toMatch(/\n## Eerste tussenkop\n/);
  });
});

describe('validateNewArticle', () => {
  const base = { type: 'opinion' as const, title: 'Titel', tags: ['a'], date: new Date() };

  it('accepts a complete article', () => {
    expect(validateNewArticle(base, known)).toEqual([]);
  });

  it('names what is missing or unknown', () => {
    expect(validateNewArticle({ ...base, type: 'review', tags: [] }, known)).toEqual([
      'at least one tag is required',
      'a review needs --book (an id in content/books)',
    ]);
    expect(validateNewArticle({ ...base, type: 'case-study', organisation: 'ryanair' }, known)).toEqual([
      'no organisation "ryanair" in content/organisations (known: klm)',
    ]);
    expect(validateNewArticle({ ...base, title: '???' }, known)).toEqual(['the title "???" gives no usable file name']);
  });
});
