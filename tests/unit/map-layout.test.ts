import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { layoutMap } from '../../src/features/map/layout.ts';
import { mapData, mapLists } from '../../src/features/map/map-data.ts';
import { cacheDirFor } from '../../src/build/cache-dir.ts';
import { buildKnowledgeGraph } from '../../src/lib/knowledge-graph.ts';

/** A star of `leaves` articles around one concept, and a second concept linked to the first. */
function starGraph(leaves: number) {
  return buildKnowledgeGraph({
    articles: Array.from({ length: leaves }, (_, i) => ({
      id: `a${i}`,
      data: {
        title: `Artikel ${i}`,
        description: '',
        pubDate: new Date(Date.UTC(2024, 0, 1 + i)),
        type: 'opinion',
        books: [],
        organisations: [],
        people: [],
        concepts: [{ collection: 'concepts', id: 'dialoog' }],
        theses: [],
      },
    })),
    books: [],
    people: [],
    organisations: [],
    concepts: [
      { id: 'dialoog', data: { term: 'Dialoog', definition: '', aliases: [], related: [{ collection: 'concepts', id: 'zenden' }] } },
      { id: 'zenden', data: { term: 'Zenden', definition: '', aliases: [], related: [] } },
    ],
    theses: [],
    thesisTitle: (n) => `These ${n}`,
  });
}

describe('layoutMap', () => {
  const graph = starGraph(12);
  const nodes = mapLists(graph).flatMap((list) => list.nodes);
  const { links } = mapData(graph);
  const positions = layoutMap(nodes.length, links);
  const at = (path: string) => nodes.findIndex((node) => node.path === path);
  const distance = (a: number, b: number) => Math.hypot(positions[a * 2]! - positions[b * 2]!, positions[a * 2 + 1]! - positions[b * 2 + 1]!);

  it('places every node, the same way every time', () => {
    expect(positions).toHaveLength(nodes.length * 2);
    expect(positions.every(Number.isFinite)).toBe(true);
    expect(layoutMap(nodes.length, links)).toEqual(positions);
  });

  it('keeps linked nodes near and spreads the rest: no two nodes on one spot', () => {
    const hub = at('/begrippen/dialoog/');
    const other = at('/begrippen/zenden/');
    for (let i = 0; i < nodes.length; i++) {
      if (i === hub) continue;
      // Every leaf hangs about one link length (36) from its hub…
      if (i !== other) expect(distance(i, hub)).toBeLessThan(80);
      // …and nothing overlaps another node.
      for (let j = i + 1; j < nodes.length; j++) expect(distance(i, j)).toBeGreaterThan(5);
    }
    // The leaves, two links from "zenden", lie further from it than their hub does, on average:
    // one on zenden's side of the hub may be nearer.
    const leaves = nodes.map((_, i) => i).filter((i) => i !== hub && i !== other);
    const mean = leaves.reduce((sum, leaf) => sum + distance(leaf, other), 0) / leaves.length;
    expect(mean).toBeGreaterThan(distance(hub, other) * 1.2);
  });
});

describe('mapFile', () => {
  const contentDir = `/tmp/gesprek-map-layout-test-${process.pid}`;
  const cacheDir = join(cacheDirFor(contentDir), 'gesprek-map-layout');
  vi.stubEnv('CONTENT_DIR', contentDir);
  afterAll(() => rmSync(cacheDirFor(contentDir), { recursive: true, force: true }));

  it("lays the graph out on a worker thread, keeps the result by the graph's hash and reuses it", async () => {
    const { mapFile } = await import('../../src/build/map-layout/index.ts');
    const graph = starGraph(5);
    const { counts, links } = mapData(graph);
    const file = await mapFile(graph);
    expect(file.positions).toEqual(layoutMap(7, links));
    expect(file.counts).toEqual(counts);
    const [cached] = readdirSync(cacheDir);
    expect(cached).toMatch(/^[0-9a-f]{24}\.json$/);
    // The same graph again (another object, as in the next build): read from the cache, not laid out anew.
    const marker = file.positions.map((value) => value + 1000);
    writeFileSync(join(cacheDir, cached!), JSON.stringify(marker));
    expect((await mapFile(starGraph(5))).positions).toEqual(marker);
    // Another graph gets its own layout.
    await mapFile(starGraph(6));
    expect(readdirSync(cacheDir)).toHaveLength(2);
    expect(existsSync(join(cacheDir, cached!))).toBe(true);
  });
});
