import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph } from '../../src/lib/knowledge-graph.ts';
import { mapData } from '../../src/features/map/map-data.ts';

describe('mapData', () => {
  const graph = buildKnowledgeGraph({
    articles: [
      {
        id: 'a',
        data: {
          title: 'Artikel',
          description: 'Lange beschrijving die niet in het kaartbestand hoort.',
          pubDate: new Date('2024-01-01'),
          type: 'opinion',
          books: [],
          organisations: [],
          people: [],
          concepts: [{ collection: 'concepts', id: 'dialoog' }],
          theses: [],
        },
      },
    ],
    books: [],
    people: [],
    organisations: [],
    concepts: [
      { id: 'dialoog', data: { term: 'Dialoog', definition: 'Een gesprek.', aliases: [], related: [{ collection: 'concepts', id: 'zenden' }] } },
      { id: 'zenden', data: { term: 'Zenden', definition: 'Eenrichting.', aliases: [], related: [] } },
    ],
    theses: [],
    thesisTitle: (n) => `These ${n}`,
  });
  const data = mapData(graph);

  it('lists each node as title, kind index and route, and each link once as a pair of indexes', () => {
    const route = (index: number) => data.nodes[index]![2];
    expect(data.nodes.map(([title, kind, path]) => [title, data.kinds[kind], path]).sort()).toEqual([
      ['Artikel', 'article', '/artikelen/a/'],
      ['Dialoog', 'concept', '/begrippen/dialoog/'],
      ['Zenden', 'concept', '/begrippen/zenden/'],
    ]);
    const pairs = [];
    for (let i = 0; i < data.links.length; i += 2) pairs.push([route(data.links[i]!), route(data.links[i + 1]!)].sort().join(' '));
    expect(pairs.sort()).toEqual(['/artikelen/a/ /begrippen/dialoog/', '/begrippen/dialoog/ /begrippen/zenden/']);
  });

  it('carries no descriptions', () => {
    expect(JSON.stringify(data)).not.toContain('beschrijving');
    expect(JSON.stringify(data)).not.toContain('Een gesprek');
  });
});
