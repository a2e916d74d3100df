/**
 * The map's layout: d3-force run to rest once, at build time, so /kaart/ draws the settled
 * graph on arrival and nothing simulates in the reader's browser. d3 starts the nodes on a
 * spiral and jiggles with a seeded generator: the same graph gives the same map.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/**
 * Cooling from alpha 1 to d3's alphaMin (0.001) in this many ticks rather than d3's 300: at
 * 5,000 articles it halves the time (3.2 against 6.5 s) and leaves fewer nodes crowded together.
 */
const TICKS = 150;
/** Part of the key of cached layouts (src/build/map-layout/): bump when the forces change. */
export const LAYOUT_VERSION = 1;
const ALPHA_MIN = 0.001;

/** Flat x0, y0, x1, y1, … in layout units (linked nodes about 36 apart), rounded to 0.1. */
export function layoutMap(count: number, links: readonly number[]): number[] {
  const nodes: SimulationNodeDatum[] = Array.from({ length: count }, () => ({}));
  const edges = [];
  for (let i = 0; i < links.length; i += 2) edges.push({ source: links[i]!, target: links[i + 1]! });
  const simulation = forceSimulation(nodes)
    .force('charge', forceManyBody().strength(-40).theta(0.95).distanceMax(600))
    .force('link', forceLink(edges).distance(36))
    .force('x', forceX().strength(0.03))
    .force('y', forceY().strength(0.03))
    .alphaDecay(1 - ALPHA_MIN ** (1 / TICKS))
    .stop();
  simulation.tick(TICKS);
  return nodes.flatMap((node) => [Math.round(node.x! * 10) / 10, Math.round(node.y! * 10) / 10]);
}
