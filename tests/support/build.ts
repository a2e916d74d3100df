/** Runs `astro build` for a fixture content root, capturing the output. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './dist.ts';

export const MINIMAL_CONTENT = join(PROJECT_ROOT, 'tests/fixtures/content-minimal');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/** A fresh copy of the minimal fixture content in a temporary folder. */
export function copyFixture(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `gesprek-${name}-`)), 'content');
  cpSync(MINIMAL_CONTENT, dir, { recursive: true });
  return dir;
}

/**
 * The environment of the test process minus what Vitest adds (NODE_ENV=test, MODE, DEV=1,
 * PROD, SSR, BASE_URL, VITEST_*): Astro would read those as its own mode and, for one,
 * build drafts as if in `astro dev`.
 */
const VITEST_VARIABLES = new Set(['NODE_ENV', 'MODE', 'TEST', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  for (const key of Object.keys(env)) if (VITEST_VARIABLES.has(key) || key.startsWith('VITEST')) delete env[key];
  return env;
}

export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const outDir = join(contentDir, '..', 'dist');
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: astroEnv({ CONTENT_DIR: contentDir, ...env }),
    encoding: 'utf8',
    timeout: 170_000,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}
