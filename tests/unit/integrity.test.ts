import { describe, expect, it } from 'vitest';
import { findDanglingReferences, formatDanglingReferences } from '../../src/lib/integrity.ts';

const known = new Map([
  ['books', new Set(['de-conversation-manager'])],
  ['people', new Set(['doc-searls'])],
]);

describe('findDanglingReferences', () => {
  it('finds missing targets in nested fields and arrays, with the field path', () => {
    const dangling = findDanglingReferences(
      [
        {
          collection: 'articles',
          id: 'x',
          filePath: 'content/articles/x.mdx',
          data: {
            title: 'X',
            pubDate: new Date('2024-01-01'),
            book: { collection: 'books', id: 'de-conversation-manager' },
            people: [
              { collection: 'people', id: 'doc-searls' },
              { collection: 'people', id: 'nobody' },
            ],
          },
        },
        { collection: 'books', id: 'b', data: { authors: [{ collection: 'people', id: 'ghost' }] } },
      ],
      known,
    );
    expect(dangling).toEqual([
      { from: { collection: 'articles', id: 'x', filePath: 'content/articles/x.mdx', field: 'people[1]' }, to: { collection: 'people', id: 'nobody' } },
      { from: { collection: 'books', id: 'b', filePath: undefined, field: 'authors[0]' }, to: { collection: 'people', id: 'ghost' } },
    ]);
  });

  it('reports nothing when every reference resolves', () => {
    expect(
      findDanglingReferences([{ collection: 'articles', id: 'y', data: { book: { collection: 'books', id: 'de-conversation-manager' } } }], known),
    ).toEqual([]);
  });
});

describe('formatDanglingReferences', () => {
  it('names the file, the field and the missing target', () => {
    const message = formatDanglingReferences([
      { from: { collection: 'articles', id: 'x', filePath: 'content/articles/x.mdx', field: 'book' }, to: { collection: 'books', id: 'onbekend' } },
    ]);
    expect(message).toContain('content/articles/x.mdx');
    expect(message).toContain('veld "book" verwijst naar "onbekend" in books');
  });
});
