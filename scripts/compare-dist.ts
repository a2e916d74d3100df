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
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { compareDist } from './support/compare-dist.ts';
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
const { problems, count } = compareDist(before, after, { markupOnly: flags['markup-only'] });
if (worktree) removeWorktree(worktree);
if (problems.length === 0) {
  console.log(`dist/ is the same: ${count} files.`);
} else {
  console.log(problems.join('\n'));
  console.log(`\n${problems.length} difference(s).`);
  process.exit(1);
}
