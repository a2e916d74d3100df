/**
 * What /kaart/ shows of the graph, in one order. The page lists every node by kind, with its
 * title and route (`mapLists()`, rendered by KnowledgeMap.astro); the graph file holds the rest
 * in the lists' order: how many nodes of each kind, the links as pairs of node indexes and the
 * settled layout. It names no node, so at 5,000 articles the reader's browser decodes a third of
 * the bytes, and the module reads a node's title and route from the page's link to it.
 */
import { NODE_KINDS, type GraphNode, type KnowledgeGraph, type NodeKind } from '../../lib/knowledge-graph.ts';

export interface MapGraph {
  kinds: readonly NodeKind[];
  /** Nodes per kind, in the order of `kinds`: node i is the page's i-th listed link. */
  counts: number[];
  /** Flat pairs of node indexes: [a0, b0, a1, b1, ...], each link once. */
  links: number[];
}

export interface MapData extends MapGraph {
  /** Flat x, y per node: the settled layout, from `layoutMap()` (run by src/build/map-layout/). */
  positions: number[];
}

export interface KindList {
  kind: NodeKind;
  nodes: GraphNode[];
  /** The list in parts by initial ('' when it is short enough to stay whole), in page order. */
  parts: [initial: string, nodes: GraphNode[]][];
}

// Past this many nodes a kind's list is split by initial: each part is laid out only when
// scrolled near, where one list of thousands of links would be laid out before the map.
const SPLIT_FROM = 100;
// Leading quotes and dashes set aside, so titles sort by their first word, as their initials group them.
const collator = new Intl.Collator('nl', { numeric: true, ignorePunctuation: true });

/** The letter a title files under, as in an index: accents and leading quotes set aside. */
function initial(title: string): string {
  const first = title
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .charAt(0)
    .toLocaleUpperCase('nl');
  return /\p{N}/u.test(first) ? '0–9' : first || '…';
}

/** Every kind's list, in the order of `NODE_KINDS`, by title; kinds without nodes included. */
export function mapLists(graph: KnowledgeGraph): KindList[] {
  return NODE_KINDS.map((kind) => {
    const sorted = [...graph.nodes.values()].filter((node) => node.kind === kind).sort((a, b) => collator.compare(a.title, b.title));
    const parts = [...Map.groupBy(sorted, (node) => (sorted.length < SPLIT_FROM ? '' : initial(node.title)))];
    // Grouping gathers a title whose initial sorts apart from its letter (Ĳ among the I's)
    // into its letter's part: the nodes are in the order the parts list them.
    return { kind, nodes: parts.flatMap(([, part]) => part), parts };
  });
}

export function mapData(graph: KnowledgeGraph): MapGraph {
  const lists = mapLists(graph);
  const index = new Map(lists.flatMap((list) => list.nodes).map((node, i) => [node.key, i]));
  const links: number[] = [];
  for (const [key, neighbours] of graph.edges) {
    const a = index.get(key)!;
    for (const other of neighbours) {
      const b = index.get(other)!;
      if (a < b) links.push(a, b);
    }
  }
  return { kinds: NODE_KINDS, counts: lists.map((list) => list.nodes.length), links };
}
