/**
 * How the content collections find and read their files (src/content.config.ts holds their
 * schemas): one file per entry under the content root, the slug from the file name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { frontmatterOf, impossibleDates } from '../../lib/dates.ts';
import { contentNl } from '../../i18n/authoring.nl.ts';
import { slugOfFile } from '../../lib/slug.ts';
import { contentRoot } from './content-root.ts';
import { inEntryScope } from './entry-image.ts';
import { recordLoad } from './problems.ts';

/**
 * One file per entry; the slug comes from the file name only, whatever folder it is in.
 * Two files with the same slug fail the build, naming both (Astro's own check can miss
 * files that are loaded concurrently).
 *
 * The content layer keeps no raw bodies: pages render from the compiled MDX modules, and the
 * one use of an article's text (its reading time, src/data/catalog.ts) reads the file. Bodies
 * were nine tenths of the data store (10 MB at 1,000 articles), which Astro writes after every
 * sync and `astro dev` reads back in full after every edit: 0.5 to 0.9 s each time.
 */
export function entries(folder: string, pattern: string) {
  const base = `${contentRoot}/${folder}`;
  const fileOfSlug = new Map<string, string>();
  return reportingProblems(
    glob({
      base,
      pattern,
      retainBody: false,
      generateId: ({ entry }) => {
        const slug = slugOfFile(entry);
        const other = fileOfSlug.get(slug);
        if (other && other !== entry && existsSync(`${base}/${other}`)) {
          throw new Error(contentNl.duplicateSlug(slug, base, `${base}/${other}`, `${base}/${entry}`));
        }
        fileOfSlug.set(slug, entry);
        return slug;
      },
    }),
  );
}

type ParseData = Parameters<Loader['load']>[0]['parseData'];

/** The loader with each entry's data read through `wrap(parseData)` instead of Astro's parseData alone. */
function aroundParseData(loader: Loader, wrap: (parseData: ParseData) => ParseData): Loader {
  return { ...loader, load: (context) => loader.load({ ...context, parseData: wrap(context.parseData) }) };
}

/**
 * Records, per file, whether its last load failed and why (problems.ts), for the dev overlay;
 * each entry parsed in a scope of its own, where the article schema finds its image() (entry-image.ts).
 */
function reportingProblems(loader: Loader): Loader {
  return aroundParseData(loader, (parseData) => async (props) => {
    try {
      const data = await inEntryScope(() => parseData(props));
      if (props.filePath) recordLoad(props.filePath, undefined);
      return data;
    } catch (error) {
      if (props.filePath) recordLoad(props.filePath, error instanceof Error ? error.message : String(error));
      throw error;
    }
  });
}

/** Rejects dates like 2024-13-45 that the YAML parser would silently roll over. */
export function withStrictDates(loader: Loader, fields: readonly string[]): Loader {
  return aroundParseData(loader, (parseData) => async (props) => {
    if (props.filePath) {
      const problems = impossibleDates(frontmatterOf(readFileSync(props.filePath, 'utf8')), fields);
      if (problems.length > 0) throw new Error(`${props.filePath}:\n  ${problems.join('\n  ')}`);
    }
    return parseData(props);
  });
}
