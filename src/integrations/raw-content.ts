/**
 * Content files read directly, by the build steps that run outside Astro's content layer: the
 * Open Graph head start (before the layer has loaded anything) and the sitemap's dates. Each
 * folder is read once per build and shared between them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontmatterOf } from '../lib/dates.ts';
import { slugOfFile } from '../lib/slug.ts';

export interface RawEntry {
  id: string;
  /** The file, relative to its folder. */
  file: string;
  /** The YAML as written: an MDX file's frontmatter, or a whole YAML file. */
  yaml: string;
  /** The parsed YAML; undefined when it does not parse to an object (the content layer reports that). */
  data: Record<string, unknown> | undefined;
}

const read = new Map<string, RawEntry[]>();

/** The MDX and YAML entries in `folder` (recursively); a missing folder has none. */
export function rawEntries(folder: string): RawEntry[] {
  let entries = read.get(folder);
  if (!entries) {
    let files: string[] = [];
    try {
      files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(mdx|ya?ml)$/.test(file));
    } catch {
      // No such folder.
    }
    entries = files.map((file) => {
      const source = readFileSync(join(folder, file), 'utf8');
      const yaml = file.endsWith('.mdx') ? frontmatterOf(source) : source;
      let data: unknown;
      try {
        data = parse(yaml);
      } catch {
        // Malformed: the content layer fails the build with the file and the reason.
      }
      return { id: slugOfFile(file), file, yaml, data: data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined };
    });
    read.set(folder, entries);
  }
  return entries;
}
