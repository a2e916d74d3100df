import { describe, expect, it } from 'vitest';
import { dataStoreDependents } from '../../src/build/integrations/dev-content-refresh.ts';

/** A module runner's graph: each module with the ids of the modules that import it. */
function graph(importersOf: Record<string, string[]>) {
  return new Map(Object.entries(importersOf).map(([id, importers]) => [id, { id, file: id, importers: new Set(importers) }]));
}

describe('dataStoreDependents', () => {
  it("finds the store's contents, Astro's runtime module holding them, and every module importing either, through cycles", () => {
    const runtime = '/project/node_modules/astro/dist/content/data-store.js';
    const modules = graph({
      '\0astro:data-layer-content': [runtime],
      [runtime]: ['/project/node_modules/astro/dist/content/runtime.js'],
      '/project/node_modules/astro/dist/content/runtime.js': ['\0astro:content'],
      '\0astro:content': ['/project/src/data/catalog.ts'],
      '/project/src/data/catalog.ts': ['/project/src/pages/index.astro', '/project/src/data/feeds.ts'],
      '/project/src/data/feeds.ts': ['/project/src/data/catalog.ts'],
      '/project/src/pages/index.astro': [],
      '/project/src/lib/dates.ts': ['/project/src/data/catalog.ts'],
      '/project/node_modules/astro/dist/core/render.js': [],
    });
    expect(
      dataStoreDependents(modules)
        .map((node) => node.id)
        .sort(),
    ).toEqual(
      [
        '\0astro:content',
        '\0astro:data-layer-content',
        '/project/node_modules/astro/dist/content/data-store.js',
        '/project/node_modules/astro/dist/content/runtime.js',
        '/project/src/data/catalog.ts',
        '/project/src/data/feeds.ts',
        '/project/src/pages/index.astro',
      ].sort(),
    );
  });

  it('finds nothing before a page has loaded the store', () => {
    expect(dataStoreDependents(graph({ '/project/src/lib/dates.ts': [] }))).toEqual([]);
  });
});
