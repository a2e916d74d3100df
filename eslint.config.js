// Linting as the Astro ecosystem does it: ESLint's and typescript-eslint's recommended rules,
// eslint-plugin-astro's, and its jsx-a11y rules for .astro templates (through
// eslint-plugin-jsx-a11y-x, the fork that supports ESLint 10).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', '.astro/', '.cache/', 'tests/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],
  { languageOptions: { globals: globals.node } },
  {
    rules: {
      // Safari drops list semantics from lists styled with list-style: none; role="list" restores them.
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
    },
  },
  {
    // Code that runs in the reader's browser.
    files: ['src/scripts/**', 'src/search/**', 'src/comments/**', 'src/previews/**', 'src/map/**', '**/*.astro'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The map's canvas is a pan-and-zoom widget driven by its own keys: role="application" is what
    // lets screen readers pass those keys through.
    files: ['src/pages/kaart/index.astro'],
    rules: { 'astro/jsx-a11y/no-interactive-element-to-noninteractive-role': ['error', { canvas: ['application'] }] },
  },
]);
