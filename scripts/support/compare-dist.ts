/**
 * Two dist/ folders compared file by file: the same files, and the same bytes once hashed asset
 * names (`_astro/name.Ab3dEf9h.js`) are normalised and JSON-LD keys sorted. Used by
 * `npm run compare:dist` and by tests that build the same site twice.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `_astro/search-element.CxY12_ab.js` → `_astro/search-element.js`: Vite's content hash, which any code change moves. */
const normaliseNames = (text: string) => text.replace(/(_astro\/[\w.-]+?)\.[\w-]{8}\.(\w+)/g, '$1.$2');
/** With --markup-only: inline script bodies and their CSP hashes left out. */
const withoutCode = (text: string) => text.replace(/<script>[\s\S]*?<\/script>/g, '<script>…</script>').replace(/'sha256-[\w+/=]+'/g, "'sha256-…'");
/** JSON-LD with its keys sorted: the order of an object's keys means nothing. */
const sortKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, item]) => [key, sortKeys(item)]),
        )
      : value;
const sortedJsonLd = (text: string) =>
  text.replace(
    /(<script type="application\/ld\+json">)([\s\S]*?)(<\/script>)/g,
    (_, open, json, close) => open + JSON.stringify(sortKeys(JSON.parse(json))) + close,
  );
const normalise = (text: string, markupOnly: boolean) => {
  const named = sortedJsonLd(normaliseNames(text));
  return markupOnly ? withoutCode(named) : named;
};

function files(dir: string, markupOnly: boolean): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false })) {
    const path = join(dir, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue; // a folder
    }
    const name = normaliseNames(file);
    if (markupOnly && /^_astro\/.*\.js$/.test(name)) bytes = Buffer.alloc(0);
    const text = /\.(html|xml|json|js|css|txt|webmanifest)$|_headers$|_redirects$/.test(file);
    found.set(name, text ? Buffer.from(normalise(bytes.toString('utf8'), markupOnly)) : bytes);
  }
  return found;
}

/** The first line that differs, with a little of what surrounds it. */
function firstDifference(a: string, b: string): string {
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  const excerpt = (text: string) => JSON.stringify(text.slice(Math.max(0, start - 60), start + 100));
  return `at character ${start}\n    before: ${excerpt(a)}\n    after:  ${excerpt(b)}`;
}

/**
 * What differs between two dist/ folders, and how many files the second holds. `markupOnly`
 * also ignores code: inline script bodies, their CSP hashes and the contents of bundled scripts.
 */
export function compareDist(before: string, after: string, { markupOnly = false } = {}): { problems: string[]; count: number } {
  const a = files(before, markupOnly);
  const b = files(after, markupOnly);
  const problems: string[] = [];
  for (const name of [...a.keys()].filter((name) => !b.has(name)).sort()) problems.push(`only before: ${name}`);
  for (const name of [...b.keys()].filter((name) => !a.has(name)).sort()) problems.push(`only after: ${name}`);
  for (const [name, bytes] of [...a].sort(([x], [y]) => x.localeCompare(y))) {
    const other = b.get(name);
    if (!other || bytes.equals(other)) continue;
    const binary = /\.(png|jpe?g|webp|avif|woff2?|pf_\w+|wasm)$/.test(name);
    problems.push(
      `differs: ${name}${binary ? ` (sha256 ${digest(bytes)} → ${digest(other)})` : ` ${firstDifference(bytes.toString('utf8'), other.toString('utf8'))}`}`,
    );
  }
  return { problems, count: b.size };
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
