import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Empties the output folder the way Astro does (everything but `.git`), without making the build
 * wait for it: the last build's files are moved into a sibling folder at once, and deleted on
 * the thread pool while Vite bundles. Astro's own emptying deletes them one by one on the main
 * thread before bundling starts; a site of 1,000 articles leaves 200 MB behind (1.5 s).
 */
export function outDirEmptying(): AstroIntegration {
  let outDir = '';
  let deleting: Promise<void> = Promise.resolve();
  return {
    name: 'gesprek:out-dir',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
        // A build beside `astro dev` (the editor open while an author builds) moves its last
        // files aside and deletes them: hundreds of events the dev server would log one by one.
        if (command === 'dev') updateConfig({ vite: { server: { watch: { ignored: [`**/${asidePrefix(fileURLToPath(config.outDir))}*/**`] } } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        moveAside(outDir);
        // The moved files, and any that a build stopped half-way left behind.
        const parent = dirname(outDir);
        const old = readdirSync(parent).filter((name) => name.startsWith(asidePrefix(outDir)));
        deleting = Promise.all(
          old.map((name) =>
            rm(join(parent, name), { recursive: true, force: true }).catch((error: Error) =>
              logger.warn(`Could not delete the last build's files in ${name}: ${error.message}`),
            ),
          ),
        ).then(() => undefined);
      },
      'astro:build:done': () => deleting,
    },
  };
}

/** The start of the name of the sibling folders a build moves its last files into (`.dist-old-<pid>`). */
const asidePrefix = (outDir: string) => `.${basename(outDir)}-old-`;

/** Moves the folder's entries into a new sibling folder; empties it in place where it cannot. */
function moveAside(outDir: string) {
  let entries: string[];
  try {
    entries = readdirSync(outDir).filter((name) => name !== '.git');
  } catch {
    return;
  }
  if (entries.length === 0) return;
  try {
    const old = join(dirname(outDir), `${asidePrefix(outDir)}${process.pid}`);
    mkdirSync(old);
    for (const name of entries) renameSync(join(outDir, name), join(old, name));
  } catch {
    // A rename refused: what is left is deleted here and now, as Astro would.
    for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
  }
}
