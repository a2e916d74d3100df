/**
 * Each entry's image() helper, for an article schema built once. Astro hands a collection's
 * schema function a new image() per entry (it resolves paths from that entry's file), so a
 * schema written inline is built per entry, and zod constructs and compiles every field anew:
 * about half a millisecond an article, most of the content sync's schema time. Instead the
 * loaders run each entry's parse in a scope of its own (AsyncLocalStorage), the schema function
 * leaves that entry's image() there, and the one schema's image field reads it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ImageFunction } from 'astro/content/config';
import { z } from 'astro/zod';

type ImageHelper = ImageFunction;
const scope = new AsyncLocalStorage<{ image?: ImageHelper }>();

/** Runs one entry's parse in a scope of its own (loaders.ts). */
export function inEntryScope<T>(parse: () => T): T {
  return scope.run({}, parse);
}

/** Inside a loader's parse: keeps `image` for this entry and returns true; anywhere else (the importer, tests) false. */
export function keepEntryImage(image: ImageHelper): boolean {
  const entry = scope.getStore();
  if (entry) entry.image = image;
  return entry !== undefined;
}

/** An image field for a schema built once: resolved by the image() of the entry being parsed. */
export const entryImage: ImageFunction = () =>
  z.string().transform(async (path, ctx) => {
    const image = scope.getStore()?.image;
    if (!image) throw new Error('entryImage(): parsed outside a loader entry scope (src/build/content-files/entry-image.ts)');
    const result = await image().safeParseAsync(path);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, fatal: true });
    return z.NEVER;
  }) as unknown as ReturnType<ImageFunction>;
