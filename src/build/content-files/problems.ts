/**
 * Content the dev server could not load. `astro dev` only logs a file that does not fit its
 * schema and carries on without it (or with its last good version), so an author who saved it
 * in the editor sees nothing wrong in the browser. The loaders record each such file with the
 * build's own message; the catalog throws them in dev, and the dev overlay shows them on every
 * page until the file fits again (or is gone).
 */
import { existsSync } from 'node:fs';

// On globalThis: the content layer and the pages may load this module as separate instances.
const registry = ((globalThis as { [key: symbol]: unknown })[Symbol.for('gesprek.contentProblems')] ??= new Map()) as Map<string, string>;

/** Remembers the outcome of a file's last load: the message it failed with, or none. */
export function recordLoad(file: string, problem: string | undefined): void {
  if (problem === undefined) registry.delete(file);
  else registry.set(file, problem);
}

/** The messages of files that still exist and did not load. */
export function contentProblems(): string[] {
  for (const file of registry.keys()) if (!existsSync(file)) registry.delete(file);
  return [...registry.values()];
}
