import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph, type GraphInput } from '../../src/lib/knowledge-graph.ts';
import { mapData, mapLists } from '../../src/features/map/map-data.ts';

const concept = (id: string, term: string, related: string[] = []) => ({
  id,
  data: { term, definition: `Wat ${term} betekent.`, aliases: [], related: related.map((other) => ({ collection: 'concepts' as const, id: other })) },
});
const article = (id: string, title: string, concepts: string[]) => ({
  id,
  data: {
    title,
    description: 'Lange beschrijving die niet in het kaartbestand hoort.',
    pubDate: new Date('2024-01-01'),
    type: 'opinion',
    books: [],
    organisations: [],
    people: [],
    concepts: concepts.map((other) => ({ collection: 'concepts' as const, id: other })),
    theses: [],
  },
});
const graphOf = (articles: GraphInput['articles']) =>
  buildKnowledgeGraph({
    articles,
    books: [],
    people: [],
    organisations: [],
    concepts: [concept('zenden', 'Zenden'), concept('dialoog', 'Dialoog', ['zenden'])],
    theses: [],
    thesisTitle: (n) => `These ${n}`,
  });

describe('mapData and mapLists', () => {
  const graph = graphOf([article('b', 'Beta', ['dialoog']), article('a', 'Alfa', ['zenden'])]);
  const data = mapData(graph);
  const listed = mapLists(graph).flatMap((list) => list.nodes);

  it("lists each kind's nodes by title; the file counts them per kind and holds each link once, as indexes into that order", () => {
    expect(data.kinds).toEqual(mapLists(graph).map((list) => list.kind));
    expect(data.counts).toEqual(data.kinds.map((kind) => (kind === 'article' ? 2 : kind === 'concept' ? 2 : 0)));
    expect(listed.map((node) => node.path)).toEqual(['/artikelen/a/', '/artikelen/b/', '/begrippen/dialoog/', '/begrippen/zenden/']);
    const pairs = [];
    for (let i = 0; i < data.links.length; i += 2) pairs.push([listed[data.links[i]!]!.path, listed[data.links[i + 1]!]!.path].sort().join(' '));
    expect(pairs.sort()).toEqual(['/artikelen/a/ /begrippen/zenden/', '/artikelen/b/ /begrippen/dialoog/', '/begrippen/dialoog/ /begrippen/zenden/']);
  });

  it('names no node and carries no descriptions: the page lists titles and routes', () => {
    const file = JSON.stringify(data);
    for (const text of ['Alfa', '/artikelen/', 'beschrijving', 'betekent']) expect(file).not.toContain(text);
  });

  it('keeps a title whose initial sorts apart from its letter where the long list shows it, in both orders', () => {
    // Past 100 articles the list is split by initial; "Ĳzer" sorts among the I's but files under Ĳ.
    const titles = ['Ĳzer', 'Inzicht', 'Ideeën', ...Array.from({ length: 120 }, (_, i) => `Artikel ${i}`)];
    const big = graphOf(titles.map((title, i) => article(`a${i}`, title, [title === 'Ĳzer' ? 'zenden' : 'dialoog'])));
    const [articles] = mapLists(big);
    expect(articles!.parts.map(([letter]) => letter)).toEqual(['A', 'I', 'Ĳ']);
    expect(articles!.nodes.map((node) => node.title).slice(-3)).toEqual(['Ideeën', 'Inzicht', 'Ĳzer']);
    // The one article linked to "Zenden" is, by the file's indexes, the page's "Ĳzer".
    const nodes = mapLists(big).flatMap((list) => list.nodes);
    const { links } = mapData(big);
    const zenden = nodes.findIndex((node) => node.path === '/begrippen/zenden/');
    const linked = [];
    for (let i = 0; i < links.length; i += 2)
      if (links.slice(i, i + 2).includes(zenden)) linked.push(nodes[links[i] === zenden ? links[i + 1]! : links[i]!]!.title);
    expect(linked.sort()).toEqual(['Dialoog', 'Ĳzer']);
  });
});
