import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph } from '../../src/lib/knowledge-graph.ts';
import { previewBucket, previewBucketCount, previewBuckets } from '../../src/features/link-previews/buckets.ts';

describe('preview files', () => {
  it('hold about a hundred previews each, in a power of two of files', () => {
    expect(previewBucketCount(0)).toBe(1);
    expect(previewBucketCount(100)).toBe(1);
    expect(previewBucketCount(101)).toBe(2);
    expect(previewBucketCount(1_070)).toBe(16);
    expect(previewBucketCount(5_070)).toBe(64);
  });

  it('hash a route to the same file every time, spread evenly', () => {
    expect(previewBucket('/artikelen/x/', 64)).toBe(previewBucket('/artikelen/x/', 64));
    const counts = new Array(16).fill(0) as number[];
    for (let i = 0; i < 1600; i++) counts[previewBucket(`/artikelen/artikel-${i}/`, 16)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(Math.max(...counts)).toBeLessThan(140);
  });

  it('put every node of the graph in its file, described as asked', () => {
    const graph = buildKnowledgeGraph({
      articles: [],
      books: [],
      people: [],
      organisations: [],
      concepts: [{ id: 'dialoog', data: { term: 'Dialoog', definition: 'Een gesprek.', aliases: [], related: [] } }],
      theses: [],
      thesisTitle: (n) => `These ${n}`,
    });
    const buckets = previewBuckets(graph, (node) => ({ kind: node.kind, title: node.title, text: node.description }));
    expect(buckets).toEqual([{ '/begrippen/dialoog/': { kind: 'concept', title: 'Dialoog', text: 'Een gesprek.' } }]);
  });
});
