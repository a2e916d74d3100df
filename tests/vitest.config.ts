import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The editor's React fields (src/editor/fields/*.tsx); Astro's tsconfig preserves JSX for Astro.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: {
    alias: [
      // The importer checks files against the site's own schemas (src/import/schemas.ts), outside Astro.
      { find: 'astro:content', replacement: new URL('../src/import/astro-content.ts', import.meta.url).pathname },
      // Keystatic's Node build leaves out the editor's MDX parser and serialiser; the editor tests
      // (tests/unit/editor-*.test.ts) need the ones the browser runs.
      { find: /^@keystatic\/core$/, replacement: new URL('../node_modules/@keystatic/core/dist/keystatic-core.js', import.meta.url).pathname },
      {
        find: /^@keystatic\/core\/content-components$/,
        replacement: new URL('../node_modules/@keystatic/core/dist/keystatic-core-content-components.js', import.meta.url).pathname,
      },
    ],
  },
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Each test here runs `astro build` on a fixture content root. Builds share the
        // project's .astro/ folder, so they run one file at a time.
        extends: true,
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/dist/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Lighthouse scores depend on the CPU it measures with: it runs alone, after the rest.
        extends: true,
        test: {
          name: 'lighthouse',
          include: ['tests/lighthouse/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
