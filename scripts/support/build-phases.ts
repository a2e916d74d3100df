/**
 * Where a build's time went, read from the log `astro build` prints (and Pagefind's, and our
 * integrations' lines): the same reading for the site and the bare baseline, so the benchmark
 * can set their phases side by side and a regression names its phase.
 */

export interface BuildPhases {
  /** Loading the config, syncing the content layer and generating types ("Collecting build info"). */
  setup?: number;
  /** Vite's bundles: the server build and the client build, together. */
  vite?: number;
  /** Rendering every page and file ("generating static routes"). */
  pages?: number;
  /** Pagefind indexing the built pages. */
  pagefind?: number;
  /** Open Graph drawing still running when the pages were done (the site's own line). */
  ogAfterPages?: number;
  /**
   * Per kind of page ("artikelen/*", "tags/*\/pagina/*"): how many, and their share of the page
   * phase. Astro renders several pages at once (build.concurrency), so each page's logged time
   * overlaps others'; the phase is shared out in proportion to those times.
   */
  pageTypes: Map<string, { count: number; ms: number }>;
}

/** "812ms", "8.46s", "1m 7s" (Astro's getTimeStat) in milliseconds. */
export function parseDuration(text: string): number {
  const minutes = /^(\d+)m\s*(\d+)s$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  const value = /^([\d.]+)(ms|s)$/.exec(text);
  if (!value) throw new Error(`Not a duration: ${text}`);
  return Number(value[1]) * (value[2] === 's' ? 1000 : 1);
}

/**
 * The kind of page an output file is: the first folder, then "*" for each slug or number,
 * keeping the words that name a kind of page ("pagina", a feed's or data file's name).
 */
export function pageType(file: string): string {
  const parts = file
    .replace(/^\//, '')
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return '/';
  return parts
    .map((part, index) => {
      if (index === 0 || part === 'pagina') return part;
      if (index === parts.length - 1 && /\.\w+$/.test(part)) return /^\d+\./.test(part) ? part.replace(/^\d+/, '*') : part;
      return '*';
    })
    .join('/');
}

const DURATION = String.raw`(\d+m\s*\d+s|[\d.]+m?s)`;

export function buildPhases(log: string): BuildPhases {
  const lines = log.split('\n');
  const phases: BuildPhases = { pageTypes: new Map() };
  const after = (marker: RegExp, pattern: RegExp) => {
    const start = lines.findIndex((line) => marker.test(line));
    if (start < 0) return undefined;
    for (const line of lines.slice(start + 1)) {
      const match = pattern.exec(line);
      if (match) return parseDuration(match[1]!);
    }
    return undefined;
  };
  phases.setup = after(/Collecting build info/, new RegExp(`✓ Completed in ${DURATION}`));
  phases.pages = after(/generating static routes/, new RegExp(`✓ Completed in ${DURATION}`));
  const vite = lines.flatMap((line) => new RegExp(`\\[vite\\] ✓ built in ${DURATION}`).exec(line)?.[1] ?? []);
  if (vite.length > 0) phases.vite = vite.reduce((sum, text) => sum + parseDuration(text), 0);
  const ours = /Indexed \d+ pages for search in (\d+) ms/.exec(log);
  const theirs = /^Finished in ([\d.]+) seconds/m.exec(log);
  phases.pagefind = ours ? Number(ours[1]) : theirs ? Number(theirs[1]) * 1000 : undefined;
  const og = /Open Graph images, (\d+) ms after the pages were done/.exec(log);
  if (og) phases.ogAfterPages = Number(og[1]);
  for (const line of lines) {
    const page = new RegExp(`[├└]─ (\\S+) \\(\\+${DURATION}\\)`).exec(line);
    if (!page) continue;
    const type = pageType(page[1]!);
    const entry = phases.pageTypes.get(type) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += parseDuration(page[2]!);
    phases.pageTypes.set(type, entry);
  }
  const logged = [...phases.pageTypes.values()].reduce((sum, { ms }) => sum + ms, 0);
  if (phases.pages !== undefined && logged > 0) for (const entry of phases.pageTypes.values()) entry.ms *= phases.pages / logged;
  return phases;
}
