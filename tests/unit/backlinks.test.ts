import { describe, expect, it } from 'vitest';
import { alphabetical, entityBacklinks, entityKey, invertReferences } from '../../src/lib/backlinks.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const article = (
  id: string,
  data: Partial<{
    book: ReturnType<typeof ref>;
    organisation: ReturnType<typeof ref>;
    people: ReturnType<typeof ref>[];
    concepts: ReturnType<typeof ref>[];
    theses: { thesis: ReturnType<typeof ref> }[];
  }>,
) => ({
  id,
  data: { people: [], concepts: [], theses: [], ...data },
});

describe('entityBacklinks', () => {
  const articles = [
    article('nieuw', { book: ref('books', 'cm'), people: [ref('people', 'svb')], concepts: [ref('concepts', 'dialoog')] }),
    article('ouder', { organisation: ref('organisations', 'klm'), concepts: [ref('concepts', 'dialoog'), ref('concepts', 'dialoog')] }),
    article('these', { theses: [{ thesis: ref('theses', 'these-1') }] }),
  ];
  const backlinks = entityBacklinks(articles);

  it('lists every referencing article under each entity, in the order given', () => {
    expect(backlinks.get(entityKey('concepts', 'dialoog'))?.map((a) => a.id)).toEqual(['nieuw', 'ouder']);
    expect(backlinks.get(entityKey('books', 'cm'))?.map((a) => a.id)).toEqual(['nieuw']);
    expect(backlinks.get(entityKey('organisations', 'klm'))?.map((a) => a.id)).toEqual(['ouder']);
    expect(backlinks.get(entityKey('theses', 'these-1'))?.map((a) => a.id)).toEqual(['these']);
  });

  it('counts an article once per entity and keeps collections apart', () => {
    expect(backlinks.get(entityKey('concepts', 'dialoog'))).toHaveLength(2);
    expect(backlinks.get(entityKey('people', 'dialoog'))).toBeUndefined();
  });
});

describe('invertReferences', () => {
  it('turns book → authors into person → books', () => {
    const books = [
      { id: 'cluetrain', data: { authors: [ref('people', 'searls'), ref('people', 'locke')] } },
      { id: 'intention', data: { authors: [ref('people', 'searls')] } },
    ];
    const byAuthor = invertReferences(books, (book) => book.data.authors);
    expect(byAuthor.get('searls')?.map((book) => book.id)).toEqual(['cluetrain', 'intention']);
    expect(byAuthor.get('locke')?.map((book) => book.id)).toEqual(['cluetrain']);
  });
});

describe('alphabetical', () => {
  it('groups A–Z with Dutch collation, folding diacritics, other characters last', () => {
    const groups = alphabetical(['authenticiteit', 'Ëcho', 'broadcasting', '3FM', 'co-creatie', 'Azië'], (name) => name);
    expect(groups).toEqual([
      { letter: 'A', entries: ['authenticiteit', 'Azië'] },
      { letter: 'B', entries: ['broadcasting'] },
      { letter: 'C', entries: ['co-creatie'] },
      { letter: 'E', entries: ['Ëcho'] },
      { letter: '#', entries: ['3FM'] },
    ]);
  });
});
