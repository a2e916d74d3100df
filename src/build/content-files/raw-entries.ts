/**
 * Content files read straight from disk, for code that runs outside Astro's content layer
 * (build steps before the layer has loaded, `npm run check:links`, the importer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { frontmatterOf } from '../../lib/dates.ts';
import { slugOfFile } from '../../lib/slug.ts';

export interface RawEntry {
  id: string;
  /** The file, relative to its folder. */
  file: string;
  /** The YAML as written: an MDX file's frontmatter, or a whole YAML file. */
  yaml: string;
  /**
   * The parsed YAML, by js-yaml as Astro's content layer parses it (dates become Dates); about
   * eight times as fast as the `yaml` package, which a build's head start waited for. Undefined
   * when it does not parse to an object (the content layer reports that).
   */
  data: Record<string, unknown> | undefined;
}

/** The MDX and YAML entries in `folder` (recursively), read now; a missing folder has none. */
export function readRawEntries(folder: string): RawEntry[] {
  let files: string[] = [];
  try {
    files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(mdx|ya?ml)$/.test(file));
  } catch {
    // No such folder.
  }
  return files.map((file) => {
    const source = readFileSync(join(folder, file), 'utf8');
    const yaml = file.endsWith('.mdx') ? frontmatterOf(source) : source;
    let data: unknown;
    try {
      data = load(yaml);
    } catch {
      // Malformed: the content layer fails the build with the file and the reason.
    }
    return { id: slugOfFile(file), file, yaml, data: data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined };
  });
}
