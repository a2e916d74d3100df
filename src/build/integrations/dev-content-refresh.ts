/**
 * astro dev shows every save. After a content file changes, Astro updates its data store in
 * memory, writes it to `.astro/data-store.json` up to half a second later and then invalidates
 * the module that holds it. But the content runtime keeps the store it loaded in a singleton of
 * its own module, which only a re-evaluation of that module renews. The edited file's module
 * change renews it; when a page is requested between that and the write, the renewed runtime
 * loads the store from before the save, and nothing renews it after. And a load of the store's
 * module still running when Astro invalidates it is kept once it finishes. Either way, every
 * page kept showing the old content until the next save (tests/builds/editor.test.ts, in one
 * run of three under load).
 *
 * So once the store file has been written and the watcher has seen it settle, the store's
 * module, the runtime's and every module importing them are evaluated anew on the next
 * request, and the route cache is cleared, as an edit does.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';

/** Astro's module with the store's contents (virtual), and the runtime module that holds what it loaded. */
const DATA_STORE_CONTENTS = '\0astro:data-layer-content';
const DATA_STORE_RUNTIME = /[/\\]astro[/\\]dist[/\\]content[/\\]data-store\.js$/;

export function devContentRefresh(): AstroIntegration {
  let storeFile = '';
  return {
    name: 'gesprek:dev-content-refresh',
    hooks: {
      'astro:config:done': ({ config }) => {
        storeFile = join(fileURLToPath(config.root), '.astro', 'data-store.json');
      },
      'astro:server:setup': ({ server }) => {
        const onStoreWritten = (path: string) => {
          if (path === storeFile) renewContentRuntime(server);
        };
        server.watcher.on('add', onStoreWritten);
        server.watcher.on('change', onStoreWritten);
      },
    },
  };
}

/**
 * Marks the data store's modules and their importers, transitively, for evaluation anew, and
 * reloads the open pages: one may have been drawn from the old store after Astro's own reload.
 */
function renewContentRuntime(server: Pick<ViteDevServer, 'environments'>): void {
  let renewed = false;
  for (const environment of Object.values(server.environments)) {
    if (!isRunnableDevEnvironment(environment)) continue;
    const { evaluatedModules } = environment.runner;
    const stale = dataStoreDependents(evaluatedModules.idToModuleMap);
    if (stale.length === 0) continue;
    for (const node of stale) evaluatedModules.invalidateModule(node);
    environment.hot.send('astro:content-changed', {});
    renewed = true;
  }
  if (renewed) server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}

interface ModuleNode {
  id: string;
  file: string;
  importers: Set<string>;
}

/** The data store's modules in a module runner's graph, and every module that imports them, however indirectly. */
export function dataStoreDependents<Node extends ModuleNode>(modules: ReadonlyMap<string, Node>): Node[] {
  const found = new Map<string, Node>();
  const pending = [...modules.values()].filter((node) => node.id === DATA_STORE_CONTENTS || DATA_STORE_RUNTIME.test(node.file));
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (found.has(node.id)) continue;
    found.set(node.id, node);
    for (const importer of node.importers) {
      const next = modules.get(importer);
      if (next) pending.push(next);
    }
  }
  return [...found.values()];
}
