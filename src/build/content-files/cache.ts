/**
 * Content files read directly, by the build steps that run outside Astro's content layer: the
 * Open Graph head start (before the layer has loaded anything) and the sitemap's dates. Each
 * folder is read once per build and shared between them.
 */
import { readRawEntries, type RawEntry } from './raw-entries.ts';

const read = new Map<string, RawEntry[]>();

/** The MDX and YAML entries in `folder` (recursively), read once per build; a missing folder has none. */
export function rawEntries(folder: string): RawEntry[] {
  let entries = read.get(folder);
  if (!entries) read.set(folder, (entries = readRawEntries(folder)));
  return entries;
}
