import { describe, expect, it } from 'vitest';
import { commentThread } from '../../src/lib/comment-thread.ts';

const c = (id: string, day: number, parent?: string) => ({ id, parent, date: new Date(Date.UTC(2010, 3, day)) });
const shape = (nodes: ReturnType<typeof commentThread>): unknown => nodes.map((node) => [node.comment.id, shape(node.replies)]);

describe('commentThread', () => {
  it('nests replies under their parent, oldest first at every level', () => {
    expect(shape(commentThread([c('3', 3, '1'), c('1', 1), c('2', 2), c('4', 4, '3'), c('5', 2, '1')]))).toEqual([
      [
        '1',
        [
          ['5', []],
          ['3', [['4', []]]],
        ],
      ],
      ['2', []],
    ]);
  });

  it('keeps a reply whose parent is missing, at the top level', () => {
    expect(shape(commentThread([c('7', 7, '99'), c('1', 1)]))).toEqual([
      ['1', []],
      ['7', []],
    ]);
  });

  it('breaks a cycle instead of losing both comments', () => {
    expect(shape(commentThread([c('a', 1, 'b'), c('b', 2, 'a')]))).toEqual([['b', [['a', []]]]]);
  });

  it('orders comments of the same moment by id, as numbers', () => {
    expect(shape(commentThread([c('10', 5), c('100', 5), c('9', 5)]))).toEqual([
      ['9', []],
      ['10', []],
      ['100', []],
    ]);
  });
});
