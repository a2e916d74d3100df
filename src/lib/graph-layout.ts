/**
 * Lays out a neighbourhood (knowledge-graph.ts) for a static SVG, in layers: the page itself
 * on the left, what it links to in a column, what those link to in a second column. Rows never
 * share a label, so nothing overlaps, and the same neighbourhood always gives the same drawing.
 * Cost is linear in the nodes and edges shown.
 */
import type { NodeKind, Neighbourhood } from './knowledge-graph.ts';

export interface PlacedNode {
  key: string;
  kind: NodeKind;
  title: string;
  /** The title cut to fit its column, with an ellipsis. */
  label: string;
  path: string;
  x: number;
  y: number;
  hop: 0 | 1 | 2;
}

export interface GraphDrawing {
  width: number;
  height: number;
  nodes: PlacedNode[];
  /** SVG path data per edge, from one node to another. */
  edges: { from: string; to: string; d: string }[];
}

const ROW = 30;
const PAD = 24;
const COLUMNS = { centre: 70, first: 300, second: 560 };
/** Characters a label may take in its column (about 7 units a glyph of the sans font at 13px). */
const LABEL_CHARS = { centre: 14, first: 30, firstAlone: 56, second: 20 } as const;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '') || text.slice(0, max - 1)}…`;
}

export function layoutNeighbourhood(hood: Neighbourhood, width = 720): GraphDrawing {
  const first = hood.nodes.filter((node) => node.hop === 1);
  // Second-hop nodes follow the row of the node they hang from.
  const rowOf = new Map(first.map((node, index) => [node.key, index]));
  const second = hood.nodes.filter((node) => node.hop === 2).sort((a, b) => rowOf.get(a.via!)! - rowOf.get(b.via!)!);
  const rows = Math.max(first.length, second.length, 1);
  const height = rows * ROW + PAD * 2;
  const spread = (count: number, index: number) => PAD + ((index + 0.5) * (rows * ROW)) / count;

  const nodes: PlacedNode[] = [
    { ...pick(hood.centre), label: cut(hood.centre.title, LABEL_CHARS.centre), x: COLUMNS.centre, y: height / 2, hop: 0 },
    ...first.map((node, index) => ({
      ...pick(node),
      label: cut(node.title, second.length > 0 ? LABEL_CHARS.first : LABEL_CHARS.firstAlone),
      x: COLUMNS.first,
      y: spread(first.length, index),
      hop: 1 as const,
    })),
    ...second.map((node, index) => ({
      ...pick(node),
      label: cut(node.title, LABEL_CHARS.second),
      x: COLUMNS.second,
      y: spread(second.length, index),
      hop: 2 as const,
    })),
  ];
  const at = new Map(nodes.map((node) => [node.key, node]));
  const edges = hood.edges.map(([a, b]) => {
    const [from, to] = [at.get(a)!, at.get(b)!].sort((p, q) => p.x - q.x || p.y - q.y) as [PlacedNode, PlacedNode];
    return { from: from.key, to: to.key, d: curve(from, to) };
  });
  return { width, height, nodes, edges };
}

function pick(node: Neighbourhood['centre']) {
  return { key: node.key, kind: node.kind, title: node.title, path: node.path };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A soft S-curve between columns; within one column, an arc bulging to the left. */
function curve(from: PlacedNode, to: PlacedNode): string {
  if (from.x === to.x) {
    const bulge = Math.min(120, 20 + Math.abs(to.y - from.y) / 3);
    return `M${round(from.x)} ${round(from.y)}C${round(from.x - bulge)} ${round(from.y)} ${round(to.x - bulge)} ${round(to.y)} ${round(to.x)} ${round(to.y)}`;
  }
  const mid = (from.x + to.x) / 2;
  return `M${round(from.x)} ${round(from.y)}C${round(mid)} ${round(from.y)} ${round(mid)} ${round(to.y)} ${round(to.x)} ${round(to.y)}`;
}

/** One shape per kind, so the kind never rests on colour alone; centred on 0,0. */
export const NODE_SHAPES: Record<NodeKind, string> = {
  article: 'M0 -7A7 7 0 1 1 0 7A7 7 0 1 1 0 -7Z',
  book: 'M-6 -6H6V6H-6Z',
  person: 'M0 -8L8 0L0 8L-8 0Z',
  organisation: 'M-7 -4L0 -8L7 -4V4L0 8L-7 4Z',
  concept: 'M0 -8L8 6H-8Z',
  thesis: 'M0 -8L7.6 -2.5L4.7 6.5H-4.7L-7.6 -2.5Z',
};
