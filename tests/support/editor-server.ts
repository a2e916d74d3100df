/**
 * `npm run editor` in a copy of the project, for the editor's browser tests: the editor writes
 * real files, so it works on a copy of content/ (and of the code it runs), never on the
 * project's own. The copy links each installed package, but keeps its own caches.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer, type DevServer } from '../../scripts/support/dev-server.ts';
import { astroEnv } from './build.ts';
import { PROJECT_ROOT } from './dist.ts';

export interface EditorServer extends DevServer {
  /** The copy of the project the editor writes to. */
  root: string;
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
export async function startEditor(root: string): Promise<EditorServer> {
  const server = await startDevServer(process.execPath, ['scripts/editor.ts', '--port', '0'], {
    cwd: root,
    env: astroEnv({ PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` }),
  });
  return { ...server, root };
}
