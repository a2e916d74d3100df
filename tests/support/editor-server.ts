/**
 * `npm run editor` in a copy of the project, for the editor's browser tests: the editor writes
 * real files, so it works on a copy of content/ (and of the code it runs), never on the
 * project's own. The copy links each installed package, but keeps its own caches.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { astroEnv } from './build.ts';
import { PROJECT_ROOT } from './dist.ts';

export interface EditorServer {
  /** The copy of the project the editor writes to. */
  root: string;
  url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore', 'src', 'content', 'public', 'scripts'];
/** Caches the copy keeps apart from the project's. */
const OWN = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** A copy of the project, with `change` applied to its content before the editor starts. */
export function projectCopy(change: (content: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), 'gesprek-editor-'));
  for (const entry of COPIED) cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!OWN.has(name)) symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  change(join(root, 'content'));
  return root;
}

/** Starts the editor on a free port and resolves once it serves. */
export function startEditor(root: string): Promise<EditorServer> {
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['scripts/editor.ts', '--port', '0'], {
    cwd: root,
    env: astroEnv({ PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const closed = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    // The script and the astro dev it started, as one process group.
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await closed;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the editor did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(stripVTControlCharacters(output))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ root, url, output: () => output, close });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the editor stopped (${code}):\n${output}`));
    });
  });
}
