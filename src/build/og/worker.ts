/** A worker thread of the Open Graph image pool (`og-images.ts`): draws each posted image into its cache file. */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { writeCacheFile } from '../cache-dir.ts';
import { drawOgImage, type OgImageInput } from './draw.ts';

// On Linux a thread's nice value is its own: drawing yields the cores to the build's main
// thread, which renders the pages, and takes up whatever time it leaves idle. (Elsewhere this
// call would lower the whole build's priority, so it is left out.)
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not permitted: draw at normal priority.
  }
}

async function draw({ input, file }: { input: OgImageInput; file: string }): Promise<void> {
  try {
    await writeCacheFile(file, await drawOgImage(input));
    parentPort!.postMessage({});
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}

// The pool posts several images ahead; they are drawn one at a time and answered in order.
let drawing = Promise.resolve();
parentPort!.on('message', (job: { input: OgImageInput; file: string }) => {
  drawing = drawing.then(() => draw(job));
});
