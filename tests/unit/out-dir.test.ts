import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outDirEmptying } from '../../src/build/integrations/out-dir.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder holding `dist/` from a last build, its hooks run up to build:start. */
function lastBuild() {
  const root = mkdtempSync(join(tmpdir(), 'gesprek-out-dir-'));
  made.push(root);
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'artikelen/een'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>oud</p>');
  writeFileSync(join(dist, 'artikelen/een/index.html'), '<p>oud</p>');
  mkdirSync(join(dist, '.git'));
  writeFileSync(join(dist, '.git/HEAD'), 'ref: refs/heads/gh-pages');
  const integration = outDirEmptying();
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  const logger = { warn: vi.fn() };
  const updateConfig = vi.fn();
  hooks['astro:config:setup']!({ command: 'build', updateConfig });
  hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${dist}/`) } });
  return { root, dist, hooks, logger, updateConfig };
}

describe('outDirEmptying', () => {
  it("turns Astro's emptying off and empties dist/ itself at build:start, keeping .git", async () => {
    const { root, dist, hooks, logger, updateConfig } = lastBuild();
    expect(updateConfig).toHaveBeenCalledWith({ vite: { build: { emptyOutDir: false } } });
    hooks['astro:build:start']!({ logger });
    expect(readdirSync(dist)).toEqual(['.git']);
    // The last build's files are deleted by the end of the build, nothing left beside dist/.
    await hooks['astro:build:done']!({});
    expect(readdirSync(root)).toEqual(['dist']);
    expect(existsSync(join(dist, '.git/HEAD'))).toBe(true);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('also deletes what a build stopped half-way left beside dist/', async () => {
    const { root, hooks, logger } = lastBuild();
    mkdirSync(join(root, '.dist-old-1/artikelen'), { recursive: true });
    writeFileSync(join(root, '.dist-old-1/artikelen/index.html'), '');
    mkdirSync(join(root, 'public'));
    hooks['astro:build:start']!({ logger });
    await hooks['astro:build:done']!({});
    expect(readdirSync(root).sort()).toEqual(['dist', 'public']);
  });

  it('leaves a missing or empty dist/ alone, and does nothing outside a build', async () => {
    const { dist, hooks, logger } = lastBuild();
    rmSync(dist, { recursive: true });
    hooks['astro:build:start']!({ logger });
    await hooks['astro:build:done']!({});
    expect(existsSync(dist)).toBe(false);
  });

  it('in astro dev, only keeps the dev server from watching the folders a build moves its last files into', () => {
    const { root, dist, hooks, logger } = lastBuild();
    const updateConfig = vi.fn();
    hooks['astro:config:setup']!({ command: 'dev', config: { outDir: pathToFileURL(`${dist}/`) }, updateConfig });
    expect(updateConfig).toHaveBeenCalledTimes(1);
    const [ignored] = updateConfig.mock.calls[0]![0].vite.server.watch.ignored as string[];
    // Vite matches its watcher's ignore globs with picomatch.
    const isIgnored = picomatch(ignored!, { dot: true });
    hooks['astro:build:start']!({ logger });
    const [aside] = readdirSync(root).filter((name) => name !== 'dist');
    expect(isIgnored(join(root, aside!, 'artikelen/een/index.html'))).toBe(true);
    for (const watched of ['dist/index.html', 'src/pages/index.astro', 'content/articles/een.mdx']) expect(isIgnored(join(root, watched))).toBe(false);
  });
});
