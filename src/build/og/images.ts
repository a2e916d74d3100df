/**
 * Open Graph images. Each is cached on disk by a hash of what is drawn, so a repeat build
 * draws only what changed, and drawn on worker threads at low priority, so a cold build puts
 * the idle moments of the cores beside the main thread to use without slowing the pages down.
 *
 * In a build the images never enter Astro's page pipeline, where rendering would wait for
 * drawing: drawing starts when the build starts (a head start from the raw content files),
 * the image route registers the images the site has (from the validated collections), and the
 * integration in src/build/og/integration.ts copies them into dist/ once the pages are done.
 * `astro dev` draws each image when it is requested.
 */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ogImageKey, type OgImageInput } from './draw.ts';

/** Set by astro.config.mjs: in the built site this module is bundled away from its source folder. */
declare const __OG_WORKER__: string | undefined;
const WORKER_FILE = typeof __OG_WORKER__ === 'string' ? __OG_WORKER__ : fileURLToPath(new URL('./worker.ts', import.meta.url));
const CACHE_DIR = process.env.GESPREK_OG_CACHE || join(process.cwd(), 'node_modules/.cache/gesprek-og');
/**
 * One core is left to the build's main thread, which renders the pages: even at the lowest
 * priority, a second drawing thread on two cores made cold builds slower, in three alternating
 * pairs each: the imported site (1,000 posts) 23.0-23.5 s against 23.6-25.3 s, the benchmark's
 * 1,000 articles 25.5-26.8 s against 26.6-28.4 s. One thread had drawn every image early in
 * the page phase.
 */
const THREADS = Math.max(1, availableParallelism() - 1);

/** Images posted to a worker ahead of time, so it keeps drawing while the main thread is busy. */
const IN_FLIGHT = 8;

interface Job {
  input: OgImageInput;
  file: string;
  done: (error?: Error) => void;
}

interface Pool {
  /** The images a build writes to dist/, by path below /og/ (without .png). */
  site: Map<string, OgImageInput>;
  queue: Job[];
  /** Each worker's posted jobs, in order: a worker draws and answers them one by one. */
  workers: Map<Worker, Job[]>;
  /** Each cache file's drawing, once per build. */
  ready: Map<string, Promise<void>>;
}

// One pool per process: the build loads this module twice (the integration as source, the
// image route bundled), and both must share threads and drawings in progress.
const pool: Pool = ((globalThis as { [key: symbol]: Pool })[Symbol.for('gesprek.og-images')] ??= {
  site: new Map(),
  queue: [],
  workers: new Map(),
  ready: new Map(),
});
const { queue, workers, ready } = pool;

function spawn(): Worker {
  const worker = new Worker(WORKER_FILE);
  const posted: Job[] = [];
  workers.set(worker, posted);
  worker.on('message', ({ error }: { error?: string }) => {
    const job = posted.shift()!;
    job.done(error ? new Error(`Open Graph image for "${job.input.title}": ${error}`) : undefined);
    // An idle worker must not keep the build process alive.
    if (posted.length === 0) worker.unref();
    dispatch();
  });
  worker.on('error', (error) => {
    workers.delete(worker);
    for (const job of posted.splice(0)) job.done(error);
    dispatch();
  });
  return worker;
}

function dispatch(): void {
  while (queue.length > 0) {
    let least: Job[] | undefined;
    let target: Worker | undefined;
    for (const [worker, posted] of workers) {
      if (!least || posted.length < least.length) [least, target] = [posted, worker];
    }
    // A new thread while there are fewer than cores and every thread has work.
    if ((!least || least.length > 0) && workers.size < THREADS) [target, least] = [spawn(), []];
    if (!target || least!.length >= IN_FLIGHT) return;
    const job = queue.shift()!;
    workers.get(target)!.push(job);
    target.ref();
    target.postMessage({ input: job.input, file: job.file });
  }
}

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

/** Starts drawing every image missing from the cache; whoever needs one then waits only for its own. */
export function prepareOgImages(inputs: OgImageInput[]): void {
  // A failure surfaces where the image is needed, with its title.
  for (const input of inputs) ensureDrawn(input).drawn.catch(() => {});
}

/** Build: these are the site's images; `writeOgImages` puts them in dist/. */
export function registerOgImages(images: { path: string; input: OgImageInput }[]): void {
  for (const { path, input } of images) pool.site.set(path, input);
  prepareOgImages(images.map(({ input }) => input));
}

/**
 * Waits for every registered image and puts it at `<outDir>/og/<path>.png`, as a hard link to the
 * cached file where both are on one file system (no bytes copied: a cache file is never changed
 * in place, a new drawing is a new file), else as a copy; returns how many.
 */
export async function writeOgImages(outDir: string): Promise<number> {
  const target = join(outDir, 'og');
  // Only what this build registered: an image of a deleted or unpublished page must not linger.
  await rm(target, { recursive: true, force: true });
  const images = [...pool.site].map(([path, input]) => ({ ...ensureDrawn(input), destination: join(target, `${path}.png`) }));
  await Promise.all([...new Set(images.map(({ destination }) => dirname(destination)))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(
    images.map(async ({ file, drawn, destination }) => {
      await drawn;
      await link(file, destination).catch(() => copyFile(file, destination));
    }),
  );
  return pool.site.size;
}

export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  const { file, drawn } = ensureDrawn(input);
  await drawn;
  return readFile(file);
}
