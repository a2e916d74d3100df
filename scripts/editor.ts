/**
 * `npm run editor`: the writing desk. Starts `astro dev` with the editor mounted at
 * /keystatic (src/editor/dev/integration.ts); the site itself is served beside it as in
 * `npm run dev`. Arguments after `--` go to astro dev (`npm run editor -- --port 4400`).
 */
import { spawn } from 'node:child_process';
import { EDITOR_ENV } from '../src/editor/dev/integration.ts';

const astro = spawn('astro', ['dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, [EDITOR_ENV]: '1' },
  shell: process.platform === 'win32',
});
astro.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
