/** The map's graph file: every published article and entry with its kind and route, every link, nothing more. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../support/content.ts';
import { DIST, PROJECT_ROOT } from '../support/dist.ts';
import { sourceGraph } from '../support/knowledge-graph.ts';

const CONTENT = `${PROJECT_ROOT}/content`;
const { neighbours, routeOf } = sourceGraph(CONTENT);
const data = JSON.parse(readFileSync(`${DIST}/kaart/graph.json`, 'utf8')) as {
  kinds: string[];
  nodes: [string, number, string][];
  links: number[];
  positions: number[];
};
const KINDS: Record<string, string> = { articles: 'article', books: 'book', people: 'person', organisations: 'organisation', concepts: 'concept', theses: 'thesis' };

describe('/kaart/graph.json', () => {
  it('holds every published article and entry once, with its kind and route', () => {
    const expected = [...neighbours.keys()].map((key) => `${KINDS[key.split('/')[0]!]} ${routeOf(key)}`).sort();
    expect(data.nodes.map(([, kind, path]) => `${data.kinds[kind]} ${path}`).sort()).toEqual(expected);
    for (const article of readArticles(CONTENT).filter((a) => !a.published)) expect(data.nodes.some(([, , path]) => path === `/artikelen/${article.slug}/`)).toBe(false);
  });

  it('holds exactly the links of the content, each once', () => {
    const pairs = (list: [string, string][]) => list.map((pair) => pair.sort().join(' ')).sort();
    const drawn: [string, string][] = [];
    for (let i = 0; i < data.links.length; i += 2) drawn.push([data.nodes[data.links[i]!]![2], data.nodes[data.links[i + 1]!]![2]]);
    const expected = [...neighbours].flatMap(([key, others]) => [...others].filter((other) => key < other).map((other): [string, string] => [routeOf(key), routeOf(other)]));
    expect(pairs(drawn)).toEqual(pairs(expected));
    expect(new Set(pairs(drawn)).size).toBe(drawn.length);
  });

  it('carries no descriptions or body text: titles, kinds, routes, links and the layout only', () => {
    expect(Object.keys(data).sort()).toEqual(['kinds', 'links', 'nodes', 'positions']);
    for (const node of data.nodes) expect(node).toHaveLength(3);
  });

  it('places every node, laid out at build time: finite, distinct positions', () => {
    expect(data.positions).toHaveLength(data.nodes.length * 2);
    expect(data.positions.every(Number.isFinite)).toBe(true);
    const spots = new Set(data.nodes.map((_, i) => `${data.positions[i * 2]} ${data.positions[i * 2 + 1]}`));
    expect(spots.size).toBe(data.nodes.length);
  });
});
