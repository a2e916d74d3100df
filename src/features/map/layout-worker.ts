/**
 * Lays out the whole knowledge graph off the main thread with d3-force, so the map stays
 * responsive while it settles: positions go back in batches of ticks, as transferable arrays.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface LayoutRequest {
  count: number;
  /** Flat pairs of node indexes. */
  links: number[];
}
export interface LayoutUpdate {
  /** x0, y0, x1, y1, ... */
  positions: Float32Array;
  done: boolean;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { count, links } = event.data;
  const nodes: SimulationNodeDatum[] = Array.from({ length: count }, () => ({}));
  const edges = [];
  for (let i = 0; i < links.length; i += 2) edges.push({ source: links[i]!, target: links[i + 1]! });
  // d3 places the nodes on a spiral and jiggles with a seeded generator: the same graph, the same map.
  const simulation = forceSimulation(nodes)
    .force('charge', forceManyBody().strength(-40).theta(0.95).distanceMax(600))
    .force('link', forceLink(edges).distance(36))
    .force('x', forceX().strength(0.03))
    .force('y', forceY().strength(0.03))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  // Bigger graphs post less often: each batch is a few frames' worth of work at most.
  const batch = Math.max(1, Math.round(3000 / Math.max(count, 300)));
  let done = 0;
  const post = (finished: boolean) => {
    const positions = new Float32Array(count * 2);
    nodes.forEach((node, i) => {
      positions[i * 2] = node.x!;
      positions[i * 2 + 1] = node.y!;
    });
    (self as unknown as Worker).postMessage({ positions, done: finished } satisfies LayoutUpdate, [positions.buffer]);
  };
  post(false);
  const step = () => {
    for (let i = 0; i < batch && done < ticks; i++, done++) simulation.tick();
    post(done >= ticks);
    if (done < ticks) setTimeout(step, 0);
  };
  step();
};
