/**
 * Open Graph images for the build. Each is cached on disk by a hash of what is drawn, so a
 * repeat build draws only what changed, and drawn on worker threads, so a cold build uses
 * every core: the image route queues all images up front and pages keep rendering meanwhile.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ogImageKey, type OgImageInput } from './og-image.ts';

/** Set by astro.config.mjs: in the built site this module is bundled away from its source folder. */
declare const __OG_WORKER__: string | undefined;
const WORKER_FILE = typeof __OG_WORKER__ === 'string' ? __OG_WORKER__ : fileURLToPath(new URL('./og-worker.ts', import.meta.url));
const CACHE_DIR = process.env.GESPREK_OG_CACHE || join(process.cwd(), 'node_modules/.cache/gesprek-og');
const THREADS = Math.max(1, availableParallelism());

interface Job {
  input: OgImageInput;
  file: string;
  done: (error?: Error) => void;
}

const queue: Job[] = [];
const idle: Worker[] = [];
const busy = new Map<Worker, Job>();
let threads = 0;

function spawn(): Worker {
  threads++;
  const worker = new Worker(WORKER_FILE);
  worker.on('message', ({ error }: { error?: string }) => {
    const job = busy.get(worker)!;
    busy.delete(worker);
    job.done(error ? new Error(`Open Graph image for "${job.input.title}": ${error}`) : undefined);
    // An idle worker must not keep the build process alive.
    worker.unref();
    idle.push(worker);
    dispatch();
  });
  worker.on('error', (error) => {
    threads--;
    busy.get(worker)?.done(error);
    busy.delete(worker);
    dispatch();
  });
  return worker;
}

function dispatch(): void {
  while (queue.length > 0 && (idle.length > 0 || threads < THREADS)) {
    const worker = idle.pop() ?? spawn();
    const job = queue.shift()!;
    busy.set(worker, job);
    worker.ref();
    worker.postMessage({ input: job.input, file: job.file });
  }
}

const ready = new Map<string, Promise<void>>();

function ensureDrawn(input: OgImageInput): { file: string; drawn: Promise<void> } {
  const file = join(CACHE_DIR, `${ogImageKey(input)}.png`);
  let drawn = ready.get(file);
  if (!drawn) {
    drawn = existsSync(file)
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          queue.push({ input, file, done: (error) => (error ? reject(error) : resolve()) });
          dispatch();
        });
    ready.set(file, drawn);
  }
  return { file, drawn };
}

/** Starts drawing every image missing from the cache; `renderOgImage` then waits only for its own. */
export function prepareOgImages(inputs: OgImageInput[]): void {
  // A failure surfaces when the image's own route awaits it, with the route named.
  for (const input of inputs) ensureDrawn(input).drawn.catch(() => {});
}

export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  const { file, drawn } = ensureDrawn(input);
  await drawn;
  return readFile(file);
}
