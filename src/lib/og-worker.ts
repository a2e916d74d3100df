/** A worker thread of the Open Graph image pool (`og-images.ts`): draws each requested image into its cache file. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
import { drawOgImage, type OgImageInput } from './og-image.ts';

parentPort!.on('message', async ({ input, file }: { input: OgImageInput; file: string }) => {
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
});
