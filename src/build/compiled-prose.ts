/**
 * Each article's prose blocks (src/lib/prose-blocks.ts), kept by its MDX compile
 * (`proseForContext` in markdown-plugins.ts) for the catalog's backlink quotes. They stay in the
 * build's process, not in the compiled module: there they made each module half as big again,
 * for Vite to bundle, for every page to load and for the build to hold.
 *
 * One map per process: the plugin runs from astro.config and the catalog from the bundled pages,
 * two copies of this module that must share it. Files by their real path, as Vite names them.
 */
import { realpathSync } from 'node:fs';
import type { ProseBlock } from '../lib/prose-blocks.ts';

const kept: Map<string, ProseBlock[]> = ((globalThis as { [key: symbol]: Map<string, ProseBlock[]> })[Symbol.for('gesprek.compiled-prose')] ??= new Map());

const realPath = (file: string) => {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
};

/** From the compile of `file`: its prose, replacing what an earlier compile of it kept. */
export function keepCompiledProse(file: string, blocks: ProseBlock[]): void {
  kept.set(realPath(file), blocks);
}

/** The prose the last compile of `file` kept, if it was compiled in this process. */
export function compiledProse(file: string): ProseBlock[] | undefined {
  return kept.get(realPath(file));
}
