/**
 * The slim graph file /kaart/ reads: per node its title, kind and route, the links as pairs
 * of node indexes, and the settled layout. No descriptions or body text, so 5,000 articles
 * stay small.
 */
import { NODE_KINDS, type KnowledgeGraph, type NodeKind } from '../../lib/knowledge-graph.ts';

export interface MapGraph {
  kinds: readonly NodeKind[];
  /** [title, index into kinds, route] per node. */
  nodes: [title: string, kind: number, path: string][];
  /** Flat pairs of node indexes: [a0, b0, a1, b1, ...], each link once. */
  links: number[];
}

export interface MapData extends MapGraph {
  /** Flat x, y per node: the settled layout, from `layoutMap()` (run by src/build/map-layout/). */
  positions: number[];
}

export function mapData(graph: KnowledgeGraph): MapGraph {
  const keys = [...graph.nodes.keys()];
  const index = new Map(keys.map((key, i) => [key, i]));
  const nodes = keys.map((key): MapGraph['nodes'][number] => {
    const node = graph.nodes.get(key)!;
    return [node.title, NODE_KINDS.indexOf(node.kind), node.path];
  });
  const links: number[] = [];
  for (const [key, neighbours] of graph.edges) {
    const a = index.get(key)!;
    for (const other of neighbours) {
      const b = index.get(other)!;
      if (a < b) links.push(a, b);
    }
  }
  return { kinds: NODE_KINDS, nodes, links };
}
