/**
 * The map's graph file beside the page's lists: together every published article and entry once,
 * with its kind, title and route, every link, and the layout; the file itself names nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../support/content.ts';
import { DIST, page, PROJECT_ROOT, text } from '../support/dist.ts';
import { sourceGraph } from '../support/knowledge-graph.ts';

const CONTENT = `${PROJECT_ROOT}/content`;
const { neighbours, routeOf } = sourceGraph(CONTENT);
const data = JSON.parse(readFileSync(`${DIST}/kaart/graph.json`, 'utf8')) as { kinds: string[]; counts: number[]; links: number[]; positions: number[] };
const KINDS: Record<string, string> = { articles: 'article', books: 'book', people: 'person', organisations: 'organisation', concepts: 'concept', theses: 'thesis' };
// Node i of the file is the page's i-th listed link; its kind is the list's.
const listed = page('/kaart/')
  .querySelectorAll('[data-map-list] a')
  .map((link) => ({ kind: link.closest('[data-map-list]')!.getAttribute('data-map-list')!, path: link.getAttribute('href')!, title: text(link) }));
const total = data.counts.reduce((sum, count) => sum + count, 0);

describe('/kaart/graph.json with the lists of /kaart/', () => {
  it('counts per kind the nodes the page lists, in the same order of kinds', () => {
    expect(total).toBe(listed.length);
    const kindOfFile = data.counts.flatMap((count, kind) => Array<string>(count).fill(data.kinds[kind]!));
    expect(listed.map((node) => node.kind)).toEqual(kindOfFile);
  });

  it('lists every published article and entry once, with its kind and route, and no draft', () => {
    const expected = [...neighbours.keys()].map((key) => `${KINDS[key.split('/')[0]!]} ${routeOf(key)}`).sort();
    expect(listed.map((node) => `${node.kind} ${node.path}`).sort()).toEqual(expected);
    for (const article of readArticles(CONTENT).filter((a) => !a.published)) expect(listed.some((node) => node.path === `/artikelen/${article.slug}/`)).toBe(false);
    for (const node of listed) expect(node.title).not.toBe('');
  });

  it('holds exactly the links of the content, each once, as indexes into the lists', () => {
    const pairs = (list: [string, string][]) => list.map((pair) => pair.sort().join(' ')).sort();
    const drawn: [string, string][] = [];
    for (let i = 0; i < data.links.length; i += 2) drawn.push([listed[data.links[i]!]!.path, listed[data.links[i + 1]!]!.path]);
    const expected = [...neighbours].flatMap(([key, others]) => [...others].filter((other) => key < other).map((other): [string, string] => [routeOf(key), routeOf(other)]));
    expect(pairs(drawn)).toEqual(pairs(expected));
    expect(new Set(pairs(drawn)).size).toBe(drawn.length);
  });

  it('names no node and carries no descriptions or body text: counts, links and the layout only', () => {
    expect(Object.keys(data).sort()).toEqual(['counts', 'kinds', 'links', 'positions']);
    const file = JSON.stringify(data);
    for (const node of listed.slice(0, 50)) expect(file).not.toContain(node.path);
  });

  it('places every node, laid out at build time: finite, distinct positions', () => {
    expect(data.positions).toHaveLength(total * 2);
    expect(data.positions.every(Number.isFinite)).toBe(true);
    const spots = new Set(listed.map((_, i) => `${data.positions[i * 2]} ${data.positions[i * 2 + 1]}`));
    expect(spots.size).toBe(total);
  });
});
