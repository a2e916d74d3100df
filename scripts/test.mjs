#!/usr/bin/env node
/**
 * `npm test`: every check, in order, with one summary line at the end.
 *   0. ESLint and the Prettier format check, each counted as one test (seconds, so first)
 *   1. astro check (types and templates), counted as one test
 *   2. unit tests of src/lib (Vitest)
 *   3. a production build of the real content into dist/
 *   4. builds of fixture sites: broken content must fail with readable messages, and a
 *      larger generated site under a base path must be complete and link-clean
 *   5. tests over dist/: HTML, feed, sitemap, links, and behaviour in Chromium
 *   6. Lighthouse (mobile) on the main page types, alone so other tests do not skew its timings
 * Ends with "N passed, N failed" summing all of them. Exit code 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPORTS = '.cache/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

// Every temporary folder the checks make (fixture sites, imports, browser profiles) goes under
// one folder of this run, removed at the end: a run used to leave about 100 MB behind.
const SCRATCH = mkdtempSync(join(tmpdir(), 'gesprek-test-'));

let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TMPDIR: SCRATCH, ...env } });
  return result.status === 0;
}

function vitest(project) {
  const report = `${REPORTS}/${project}.json`;
  const ok = run(`vitest: ${project}`, 'vitest', [
    'run',
    '--config',
    'tests/vitest.config.ts',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    // A suite that crashed before its tests ran still has to count as a failure.
    if (!ok && summary.numFailedTests === 0) failed += 1;
  } catch {
    failed += 1;
  }
}

function step(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else failed += 1;
}

step('eslint', 'eslint', ['.']);
step('prettier --check', 'prettier', ['--check', '.']);
step('astro check', 'astro', ['check']);

vitest('unit');

if (run('astro build', 'astro', ['build'])) {
  passed += 1;
  vitest('builds');
  vitest('site');
  vitest('lighthouse');
} else {
  failed += 1;
  console.error('The production build failed: skipping the tests that need dist/.');
}

rmSync(SCRATCH, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
