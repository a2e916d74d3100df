/** A worker thread of the Open Graph image pool (`og-images.ts`): draws each posted image into its cache file. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { dirname } from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
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
    const png = await drawOgImage(input);
    await mkdir(dirname(file), { recursive: true });
    // Written aside and renamed, so an interrupted build never leaves half an image in the cache.
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    await writeFile(partial, png);
    await rename(partial, file);
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
