import { describe, expect, it } from 'vitest';
import { layoutNeighbourhood } from '../../src/lib/graph-layout.ts';
import { articleLinks, buildKnowledgeGraph, neighbourhood, type GraphInput } from '../../src/lib/knowledge-graph.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const article = (id: string, day: number, refs: Partial<GraphInput['articles'][number]['data']> = {}) => ({
  id,
  data: {
    title: `Artikel ${id}`,
    description: `Over ${id}`,
    pubDate: new Date(Date.UTC(2024, 0, day)),
    type: 'opinion',
    books: [],
    organisations: [],
    people: [],
    concepts: [],
    theses: [],
    ...refs,
  },
});

function input(articles: GraphInput['articles']): GraphInput {
  return {
    articles,
    books: [{ id: 'cluetrain', data: { title: 'The Cluetrain Manifesto', description: 'Boek', aliases: [], authors: [ref('people', 'searls')] } }],
    people: [
      { id: 'searls', data: { name: 'Doc Searls', description: 'Schrijver', aliases: ['Searls'], organisations: [] } },
      { id: 'eenling', data: { name: 'Eenling', description: 'Eén link', aliases: [], organisations: [ref('organisations', 'klm')] } },
    ],
    organisations: [{ id: 'klm', data: { name: 'KLM', description: 'Luchtvaart', aliases: [] } }],
    concepts: [
      { id: 'dialoog', data: { term: 'Dialoog', definition: 'Gesprek', aliases: [], related: [ref('concepts', 'zenden')] } },
      { id: 'zenden', data: { term: 'Zenden', definition: 'Eenrichting', aliases: [], related: [] } },
    ],
    theses: [{ id: 'these-1', data: { number: 1, summary: 'Markten zijn gesprekken.', aliases: [], source: ref('books', 'cluetrain') } }],
    thesisTitle: (n) => `These ${n}`,
  };
}

const articles = [
  article('nieuw', 20, { concepts: [ref('concepts', 'dialoog')], theses: [{ thesis: ref('theses', 'these-1'), position: 'supports' }] }),
  article('oud', 2, { book: ref('books', 'cluetrain'), concepts: [ref('concepts', 'dialoog')], people: [ref('people', 'searls')] }),
  article('los', 5),
];
const graph = buildKnowledgeGraph(input(articles));
const keys = (hood: ReturnType<typeof neighbourhood>) => hood.nodes.map((node) => node.key);

describe('buildKnowledgeGraph', () => {
  it('makes a node per article and entry, with its page, title and description', () => {
    expect(graph.nodes.get('articles/nieuw')).toMatchObject({ kind: 'article', path: '/artikelen/nieuw/', title: 'Artikel nieuw' });
    expect(graph.nodes.get('theses/these-1')).toMatchObject({ kind: 'thesis', path: '/theses/1/', title: 'These 1', description: 'Markten zijn gesprekken.' });
    expect(graph.nodes.get('concepts/dialoog')).toMatchObject({ kind: 'concept', description: 'Gesprek' });
  });

  it('links references both ways: articles to entries, books to authors, people to organisations, related concepts, theses to their book', () => {
    expect([...graph.edges.get('concepts/dialoog')!].sort()).toEqual(['articles/nieuw', 'articles/oud', 'concepts/zenden']);
    expect(graph.edges.get('people/searls')).toEqual(new Set(['books/cluetrain', 'articles/oud']));
    expect(graph.edges.get('organisations/klm')).toEqual(new Set(['people/eenling']));
    expect(graph.edges.get('theses/these-1')).toEqual(new Set(['books/cluetrain', 'articles/nieuw']));
    expect(graph.edges.get('articles/los')).toEqual(new Set());
  });

  it('leaves out what the input leaves out: articles not passed (drafts) are no nodes and no edges', () => {
    expect(graph.nodes.has('articles/concept')).toBe(false);
    const withoutOld = buildKnowledgeGraph(input(articles.filter((a) => a.id !== 'oud')));
    expect(withoutOld.edges.get('people/searls')).toEqual(new Set(['books/cluetrain']));
  });
});

describe('neighbourhood', () => {
  it('is one hop for an article: entries first, by kind, then the rest', () => {
    expect(keys(neighbourhood(graph, 'articles/oud'))).toEqual(['books/cluetrain', 'people/searls', 'concepts/dialoog']);
  });

  it('is one hop for a well-linked entry, articles newest first', () => {
    const hood = neighbourhood(graph, 'concepts/dialoog', { fewLinks: 3 });
    expect(keys(hood)).toEqual(['concepts/zenden', 'articles/nieuw', 'articles/oud']);
    expect(hood.nodes.every((node) => node.hop === 1)).toBe(true);
  });

  it('reaches two hops for an entry with few links, noting the node each hangs from', () => {
    const hood = neighbourhood(graph, 'organisations/klm');
    expect(hood.nodes.map((node) => [node.key, node.hop, node.via])).toEqual([['people/eenling', 1, undefined]]);
    const searls = neighbourhood(graph, 'people/searls');
    expect(searls.nodes.filter((node) => node.hop === 2).map((node) => [node.key, node.via])).toEqual([
      ['concepts/dialoog', 'articles/oud'],
      ['theses/these-1', 'books/cluetrain'],
    ]);
  });

  it('caps the nodes and counts what it left out; edges only among the shown nodes', () => {
    const hood = neighbourhood(graph, 'concepts/dialoog', { limit: 2, fewLinks: 0 });
    expect(keys(hood)).toEqual(['concepts/zenden', 'articles/nieuw']);
    expect(hood.hidden).toBe(1);
    for (const [a, b] of hood.edges) expect(['concepts/dialoog', ...keys(hood)]).toEqual(expect.arrayContaining([a, b]));
  });

  it('fails clearly for an unknown node', () => {
    expect(() => neighbourhood(graph, 'people/niemand')).toThrow('people/niemand');
  });
});

describe('layoutNeighbourhood', () => {
  it('is deterministic: the same content in another order gives the same drawing', () => {
    const shuffled = buildKnowledgeGraph(input([...articles].reverse()));
    for (const key of graph.nodes.keys()) {
      expect(layoutNeighbourhood(neighbourhood(shuffled, key)), key).toEqual(layoutNeighbourhood(neighbourhood(graph, key)));
    }
  });

  it('puts the page left, each hop in its own column, one node per row', () => {
    const drawing = layoutNeighbourhood(neighbourhood(graph, 'people/searls'));
    const [centre, ...rest] = drawing.nodes;
    expect(centre).toMatchObject({ key: 'people/searls', hop: 0 });
    for (const hop of [1, 2]) {
      const column = rest.filter((node) => node.hop === hop);
      expect(new Set(column.map((node) => node.x)).size).toBe(1);
      const ys = column.map((node) => node.y);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(30);
    }
    expect(drawing.edges.map((edge) => [edge.from, edge.to].sort().join(' ')).sort()).toEqual(
      neighbourhood(graph, 'people/searls')
        .edges.map((edge) => [...edge].sort().join(' '))
        .sort(),
    );
    for (const edge of drawing.edges) expect(edge.d).toMatch(/^M[\d.]+ [\d.]+C/);
  });

  it('cuts long labels at a word with an ellipsis, keeping the full title', () => {
    const long = buildKnowledgeGraph(
      input([
        article('lang', 1, {
          title: 'Een heel lange titel die niet in de kolom past omdat hij maar doorgaat en doorgaat',
          concepts: [ref('concepts', 'zenden')],
        } as never),
      ]),
    );
    const node = layoutNeighbourhood(neighbourhood(long, 'concepts/zenden')).nodes.find((n) => n.key === 'articles/lang')!;
    expect(node.label.endsWith('…')).toBe(true);
    expect(node.label.length).toBeLessThan(node.title.length);
    expect(node.title).toContain('doorgaat en doorgaat');
  });
});

describe('articleLinks', () => {
  it('says what an article is about, mentions and cites, as absolute URLs', () => {
    const links = articleLinks(graph, articles[1]!.data, (path) => `https://x.nl${path}`);
    expect(links.about).toEqual([{ type: 'Book', name: 'The Cluetrain Manifesto', url: 'https://x.nl/boeken/cluetrain/' }]);
    expect(links.mentions.map((thing) => thing.type)).toEqual(['Person', 'DefinedTerm']);
    expect(links.citation.map((thing) => thing.url)).toEqual(['https://x.nl/boeken/cluetrain/']);
    expect(articleLinks(graph, articles[0]!.data, (path) => path).about).toEqual([{ type: 'Claim', name: 'These 1', url: '/theses/1/' }]);
  });
});
