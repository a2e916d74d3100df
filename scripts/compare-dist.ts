/**
 * `npm run compare:dist -- [REF]`: proof that a refactor changed nothing a reader gets. Builds
 * REF (default HEAD) in a temporary git worktree and the working tree, both cold, and compares
 * the two dist/ folders: the same files, and the same bytes once hashed asset names
 * (`_astro/name.Ab3dEf9h.js`) are normalised and JSON-LD keys sorted. Exits 1 and lists each
 * difference otherwise.
 *
 * `npm run compare:dist -- --dirs BEFORE AFTER` compares two dist/ folders already built.
 * `--markup-only` also ignores code: the bodies of inline scripts, the CSP hashes that follow
 * from them and the contents of bundled scripts (their names still count), for a change that
 * rewrites scripts on purpose and must leave everything else as it was.
 * Build from the same content: the script warns when content/ differs between REF and the work tree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: flags, positionals } = parseArgs({ options: { dirs: { type: 'boolean' }, 'markup-only': { type: 'boolean' } }, allowPositionals: true });
const root = resolve(import.meta.dirname, '..');

/** Builds the project in `dir` from cold caches. */
function build(dir: string, label: string): string {
  // Fixed paths under the project: never a variable that may be empty.
  rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  console.log(`Building ${label} …`);
  const ogCache = mkdtempSync(join(tmpdir(), 'gesprek-og-'));
  const result = spawnSync('npx', ['astro', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, GESPREK_OG_CACHE: ogCache } });
  rmSync(ogCache, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`astro build failed in ${dir}`);
  return join(dir, 'dist');
}

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
const normalise = (text: string) => {
  const named = sortedJsonLd(normaliseNames(text));
  return flags['markup-only'] ? withoutCode(named) : named;
};

function files(dir: string): Map<string, Buffer> {
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
    if (flags['markup-only'] && /^_astro\/.*\.js$/.test(name)) bytes = Buffer.alloc(0);
    const text = /\.(html|xml|json|js|css|txt|webmanifest)$|_headers$|_redirects$/.test(file);
    found.set(name, text ? Buffer.from(normalise(bytes.toString('utf8'))) : bytes);
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

/** What differs between two dist/ folders, and how many files the second holds. */
function compareDist(before: string, after: string): { problems: string[]; count: number } {
  const a = files(before);
  const b = files(after);
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

function removeWorktree(dir: string): void {
  // The link first, so nothing removes the project's own node_modules through it.
  rmSync(join(dir, 'node_modules'), { force: true });
  execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root });
}

let before: string;
let after: string;
let worktree: string | undefined;
if (flags.dirs) {
  if (positionals.length !== 2) throw new Error('usage: npm run compare:dist -- --dirs BEFORE AFTER');
  [before, after] = positionals.map((dir) => resolve(dir)) as [string, string];
} else {
  const ref = positionals[0] ?? 'HEAD';
  if (spawnSync('git', ['diff', '--quiet', ref, '--', 'content'], { cwd: root }).status !== 0) {
    console.warn(`Warning: content/ differs between ${ref} and the work tree; the builds will differ for that reason too.`);
  }
  worktree = mkdtempSync(join(tmpdir(), 'gesprek-compare-'));
  execFileSync('git', ['worktree', 'add', '--detach', worktree, ref], { cwd: root, stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'));
  try {
    before = build(worktree, ref);
    after = build(root, 'the work tree');
  } catch (error) {
    removeWorktree(worktree);
    throw error;
  }
}
const { problems, count } = compareDist(before, after);
if (worktree) removeWorktree(worktree);
if (problems.length === 0) {
  console.log(`dist/ is the same: ${count} files.`);
} else {
  console.log(problems.join('\n'));
  console.log(`\n${problems.length} difference(s).`);
  process.exit(1);
}
