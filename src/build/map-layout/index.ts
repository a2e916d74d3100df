/**
 * The map's graph file with its layout (`layoutMap()`, d3-force to rest). Laying out 5,000
 * articles takes seconds, so it runs on a worker thread: the catalog starts it as soon as the
 * graph is known, and the pages render meanwhile. The result is kept in Astro's cache folder
 * by a hash of the graph, so a build whose graph did not change (a repeat build, an edit to
 * an article's text) reuses it, and a cold build, which clears that folder, lays out anew.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LAYOUT_VERSION } from '../../features/map/layout.ts';
import { mapData, type MapData } from '../../features/map/map-data.ts';
import type { KnowledgeGraph } from '../../lib/knowledge-graph.ts';
import { buildCacheDir, writeCacheFile } from '../cache-dir.ts';

/** Set by astro.config.mjs: in the built site this module is bundled away from its source folder. */
declare const __MAP_LAYOUT_WORKER__: string | undefined;
const WORKER_FILE = typeof __MAP_LAYOUT_WORKER__ === 'string' ? __MAP_LAYOUT_WORKER__ : fileURLToPath(new URL('./worker.ts', import.meta.url));
const CACHE_DIR = buildCacheDir('gesprek-map-layout');

const files = new WeakMap<KnowledgeGraph, Promise<MapData>>();

/** The graph file of `graph`, positions included; once per graph object. */
export function mapFile(graph: KnowledgeGraph): Promise<MapData> {
  let file = files.get(graph);
  if (!file) {
    const data = mapData(graph);
    file = layout(
      data.counts.reduce((sum, count) => sum + count, 0),
      data.links,
    ).then((positions) => ({ ...data, positions }));
    files.set(graph, file);
  }
  return file;
}

async function layout(count: number, links: number[]): Promise<number[]> {
  const key = createHash('sha256')
    .update(JSON.stringify([LAYOUT_VERSION, count, links]))
    .digest('hex')
    .slice(0, 24);
  const cached = join(CACHE_DIR, `${key}.json`);
  try {
    return JSON.parse(await readFile(cached, 'utf8')) as number[];
  } catch {
    // Not laid out yet.
  }
  const positions = await new Promise<number[]>((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { count, links } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The map's layout thread stopped (exit code ${code}) before it answered.`)));
  });
  await writeCacheFile(cached, JSON.stringify(positions));
  return positions;
}
