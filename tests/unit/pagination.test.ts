import { describe, expect, it } from 'vitest';
import { pageParam, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  it('splits into pages with neighbours', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.prev, page.current, page.next, page.total])).toEqual([
      [undefined, 1, 2, 3],
      [1, 2, 3, 3],
      [2, 3, undefined, 3],
    ]);
  });

  it('gives one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ items: [], current: 1, total: 1, prev: undefined, next: undefined }]);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 1.5)).toThrow(/positive integer/);
  });
});

describe('pageParam', () => {
  it('maps page numbers to the [...page] route parameter', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('pagina/4');
  });
});
