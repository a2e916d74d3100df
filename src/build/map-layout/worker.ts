/** A worker thread of `mapFile()` (index.ts): lays out one graph and answers with the positions. */
import { parentPort, workerData } from 'node:worker_threads';
import { layoutMap } from '../../features/map/layout.ts';

const { count, links } = workerData as { count: number; links: number[] };
parentPort!.postMessage(layoutMap(count, links));
