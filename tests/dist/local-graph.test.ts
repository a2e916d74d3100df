/** The static local graph under every article and entry page, checked against the content itself. */
import { describe, expect, it } from 'vitest';
import { readArticles } from '../support/content.ts';
import { page, PROJECT_ROOT } from '../support/dist.ts';
import { sourceGraph } from '../support/knowledge-graph.ts';

const CONTENT = `${PROJECT_ROOT}/content`;
const articles = readArticles(CONTENT);
const hidden = articles.filter((article) => !article.published);
const { neighbours, ROUTES } = sourceGraph(CONTENT);
const node = (key: string) => neighbours.get(key)!;

function expectedNeighbourhood(key: string): Set<string> {
  const first = node(key);
  if (key.startsWith('articles/') || first.size >= 4) return new Set(first);
  const second = [...first].flatMap((next) => [...node(next)]);
  return new Set([...first, ...second].filter((other) => other !== key));
}

const pages = [...neighbours.keys()].map((key) => {
  const [folder, id] = key.split('/') as [string, string];
  return { key, route: ROUTES[folder]!(id) };
});

describe('local graph', () => {
  it.each(pages)('$route draws exactly its neighbours, as links, with the same links in a list', ({ key, route }) => {
    const expected = expectedNeighbourhood(key);
    const section = page(route).querySelector(`[data-local-graph="${key}"]`);
    if (expected.size === 0) {
      expect(section, route).toBeNull();
      return;
    }
    expect(expected.size, 'the real content stays under the cap of 24 nodes').toBeLessThanOrEqual(24);
    const svg = section!.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const drawn = svg.querySelectorAll('a[data-node]');
    expect(drawn[0]?.getAttribute('data-node')).toBe(key);
    expect(new Set(drawn.slice(1).map((a) => a.getAttribute('data-node'))), route).toEqual(expected);
    for (const a of drawn) {
      const [folder, id] = a.getAttribute('data-node')!.split('/') as [string, string];
      expect(a.getAttribute('href')).toBe(ROUTES[folder]!(id));
      expect(a.getAttribute('tabindex')).toBe('-1');
      expect(a.querySelector('path')).not.toBeNull();
    }
    const listed = section!.querySelectorAll('li[data-node]');
    expect(listed.map((item) => item.getAttribute('data-node')).sort()).toEqual([...expected].sort());
    for (const item of listed) expect(item.querySelector('a')?.getAttribute('href')).toBe(drawn.find((a) => a.getAttribute('data-node') === item.getAttribute('data-node'))?.getAttribute('href'));
    // Every edge drawn is a real link between two drawn nodes.
    for (const edge of svg.querySelectorAll('path[data-edge]')) {
      const [a, b] = edge.getAttribute('data-edge')!.split(' ') as [string, string];
      expect(node(a).has(b), `${route}: ${a} – ${b}`).toBe(true);
    }
  });

  it('never draws a draft or scheduled article', () => {
    expect(hidden.length).toBeGreaterThan(0);
    const hiddenKeys = new Set(hidden.map((article) => `articles/${article.slug}`));
    for (const { route } of pages) {
      for (const a of page(route).querySelectorAll('[data-local-graph] [data-node]')) expect(hiddenKeys.has(a.getAttribute('data-node')!), route).toBe(false);
    }
  });

  it('gives every kind a shape of its own and the page itself the largest node', () => {
    const shapes = new Map<string, string>();
    for (const { route } of pages) {
      for (const a of page(route).querySelectorAll('[data-local-graph] svg a[data-kind]')) {
        const d = a.querySelector('path')!.getAttribute('d')!;
        expect(shapes.get(a.getAttribute('data-kind')!) ?? d).toBe(d);
        shapes.set(a.getAttribute('data-kind')!, d);
      }
    }
    expect(shapes.size).toBe(6);
    expect(new Set(shapes.values()).size).toBe(6);
  });
});
