/**
 * Link previews: what a hover or focus on an internal link shows, built once per build into a
 * few small JSON files. A page's script fetches only the file that holds the link it needs;
 * a target's file follows from a hash of its route, so the client needs nothing but the count.
 */
import type { GraphNode, KnowledgeGraph } from '../../lib/knowledge-graph.ts';

export interface Preview {
  /** The kind: "Artikel · Opinie", "Begrip", "Cluetrain-these". */
  kind: string;
  title: string;
  /** A date or the kind's own detail: "6 februari 2025", "Klopt nog". */
  meta?: string | undefined;
  /** The description; a concept's definition; a thesis's summary. */
  text: string;
}

/** About a hundred previews a file, in a power of two of files. */
export function previewBucketCount(nodes: number): number {
  let count = 1;
  while (count * 100 < nodes) count *= 2;
  return count;
}

/** FNV-1a over the route: the same on the client as at build time. */
export function previewBucket(route: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < route.length; i++) hash = Math.imul(hash ^ route.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/** The preview files: for each bucket, route → preview. */
export function previewBuckets(graph: KnowledgeGraph, describe: (node: GraphNode) => Preview): Record<string, Preview>[] {
  const count = previewBucketCount(graph.nodes.size);
  const buckets: Record<string, Preview>[] = Array.from({ length: count }, () => ({}));
  for (const node of graph.nodes.values()) buckets[previewBucket(node.path, count)]![node.path] = describe(node);
  return buckets;
}
