// Linting as the Astro ecosystem does it: ESLint's and typescript-eslint's recommended rules,
// eslint-plugin-astro's, and its jsx-a11y rules for .astro templates (through
// eslint-plugin-jsx-a11y-x, the fork that supports ESLint 10). Below them, the house rules: where
// code may run and what it may import (docs/architecture.md).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A restriction on import specifiers, as typescript-eslint's no-restricted-imports takes it (type-only imports pass). */
const forbid = (...patterns) => ['error', { patterns: patterns.map((pattern) => ({ ...pattern, allowTypeImports: true })) }];
const nodeBuiltins = {
  regex: `^(node:|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$))`,
  message: 'Code that may run in the browser cannot use Node built-ins: put it in src/build/ and hand its result over as data.',
};
const buildOnly = {
  regex: '(^|/)(build|data|import)/|(^|/)site\\.config|^astro:(content|container)$|^(esbuild|@napi-rs/canvas|@resvg/|astro/container)',
  message:
    'Code that may run in the browser cannot import build-only code (src/build/, src/data/, src/import/, the site config, astro:content, esbuild, Skia canvas, resvg).',
};
const outsideSrc = { regex: '(^|/)(scripts|tests)/', message: 'The site does not import command-line tools or tests.' };
const editorOnly = {
  regex: '(^|/)editor/|^@keystatic/|^@keystar/|^react(-dom)?(/|$)|^@astrojs/react',
  message: 'The site does not import the editor, Keystatic or React: they exist only in `npm run editor` (src/editor/dev/integration.ts).',
};
const testsOnly = {
  regex: '(^|/)tests/',
  message: 'Command-line tools do not import tests: share helpers through scripts/support/, which tests may import too.',
};

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
  { files: ['src/**'], ignores: ['src/editor/**'], rules: { '@typescript-eslint/no-restricted-imports': forbid(outsideSrc, editorOnly) } },
  { files: ['scripts/**'], rules: { '@typescript-eslint/no-restricted-imports': forbid(testsOnly) } },
  {
    // Code that may run in the reader's browser: each feature's modules and the <script>s of
    // .astro files, and the pure logic in src/lib/ they share with the build.
    files: ['src/features/**/*.{ts,js}', 'src/lib/**', '**/*.astro/*.{ts,js}'],
    languageOptions: { globals: globals.browser },
    rules: { '@typescript-eslint/no-restricted-imports': forbid(nodeBuiltins, buildOnly, outsideSrc, editorOnly) },
  },
  {
    // The editor (npm run editor): its configuration and fields run in the author's browser;
    // only src/editor/dev/ runs in the dev server's Node.
    files: ['src/editor/**/*.{ts,tsx}'],
    ignores: ['src/editor/dev/**'],
    languageOptions: { globals: globals.browser },
    rules: { '@typescript-eslint/no-restricted-imports': forbid(nodeBuiltins, buildOnly, outsideSrc) },
  },
  // Astro templates render at build time but their markup and scripts meet the browser's globals.
  { files: ['**/*.astro'], languageOptions: { globals: globals.browser } },
  {
    // The map's canvas is a pan-and-zoom widget driven by its own keys: role="application" is what
    // lets screen readers pass those keys through.
    files: ['src/features/map/KnowledgeMap.astro'],
    rules: { 'astro/jsx-a11y/no-interactive-element-to-noninteractive-role': ['error', { canvas: ['application'] }] },
  },
]);
