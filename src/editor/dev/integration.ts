/**
 * The writing desk: Keystatic at /keystatic, mounted only by `npm run editor` (astro dev with
 * GESPREK_EDITOR=1). A build never loads this integration's React, Keystatic or their routes,
 * so the static site, its CSP and its budgets stay as they are (tests/dist/no-editor.test.ts).
 */
import type { AstroIntegration } from 'astro';
import { searchForWorkspaceRoot, type Connect, type ViteDevServer } from 'vite';
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../../build/content-files/content-root.ts';
import { ENTRIES_PATH } from '../entries.ts';
import { entriesEndpoint } from './entries.ts';
import { translateKeystatic } from './translate.ts';

export const EDITOR_ENV = 'GESPREK_EDITOR';
export const editorWanted = () => process.env[EDITOR_ENV] === '1';

/**
 * The editor's pages may reach this machine only: no web font, no update check, nothing else
 * leaves it while an author writes (Keystatic itself links Inter from Google Fonts; the editor
 * serves Inter from @fontsource instead, src/editor/config.ts).
 */
export const EDITOR_POLICY = [
  "default-src 'self'",
  // Vite's dev client and React's dev build need inline and eval'd scripts; both are local.
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const editorPolicy: Connect.NextHandleFunction = (request, response, next) => {
  if (/^\/(api\/)?keystatic(\/|$|\?)/.test(request.url ?? '')) response.setHeader('Content-Security-Policy', EDITOR_POLICY);
  next();
};

/**
 * astro dev reloads every open page when content changes, without saying why; the editor's page
 * holds those reloads (EditorPage.astro) and needs to know them. A reload sent within a few
 * seconds of a change in content/ is marked as caused by that file.
 */
function labelContentReloads(server: ViteDevServer) {
  const content = `${resolve(contentRoot)}/`;
  let changed: { file: string; at: number } | undefined;
  server.watcher.on('all', (_, file) => {
    if (file.startsWith(content)) changed = { file, at: Date.now() };
  });
  for (const channel of new Set([server.ws, server.environments.client.hot])) {
    const send = channel.send.bind(channel) as (...args: unknown[]) => void;
    channel.send = ((...args: unknown[]) => {
      const [payload] = args;
      const isReload = typeof payload === 'object' && payload !== null && (payload as { type?: string }).type === 'full-reload';
      if (isReload && changed && Date.now() - changed.at < 10_000 && !(payload as { triggeredBy?: string }).triggeredBy) {
        args[0] = { ...payload, triggeredBy: changed.file };
      }
      send(...args);
    }) as typeof channel.send;
  }
}

/** The real folder holding the editor's packages. */
const packagesFolder = () => realpathSync(join(dirname(createRequire(import.meta.url).resolve('@keystatic/astro/package.json')), '..', '..'));

export function editor(): AstroIntegration {
  return {
    name: 'gesprek:editor',
    hooks: {
      async 'astro:config:setup'({ command, updateConfig, injectRoute, logger }) {
        if (command !== 'dev' || !editorWanted()) return;
        const { default: react } = await import('@astrojs/react');
        const config = fileURLToPath(new URL('../config.ts', import.meta.url));
        // What @keystatic/astro's integration does, with our page (which says its language and title).
        injectRoute({ pattern: '/keystatic/[...params]', entrypoint: new URL('./EditorPage.astro', import.meta.url), prerender: false });
        injectRoute({ pattern: '/api/keystatic/[...params]', entrypoint: '@keystatic/astro/internal/keystatic-api.js', prerender: false });
        updateConfig({
          // Keystatic's admin breaks when the site requires trailing slashes (Thinkmill/keystatic#1042);
          // the editor's dev server accepts both, the site's own server and build keep requiring them.
          trailingSlash: 'ignore',
          integrations: [react()],
          // Keystatic's API writes to the working tree: only this machine may reach it.
          server: { host: '127.0.0.1' },
          vite: {
            // The editor's pages load Keystatic's files from node_modules wherever it really is
            // (a linked node_modules, as the editor's tests use, lies outside the project).
            server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), packagesFolder()] } },
            // No optimizeDeps entries for Keystatic: bundling it before the first page would add
            // ~1.3 s to every start (bench: 1.30× instead of 1.04×); Vite bundles it on the
            // editor's first visit instead, once, and caches it.
            plugins: [
              {
                // Keystatic's API handler imports its configuration from this module.
                name: 'gesprek:editor-config',
                enforce: 'pre',
                resolveId: (id) => (id === 'virtual:keystatic-config' ? config : null),
                // Keystatic reaches the editor's pages through the client's dependency bundle. Set here,
                // after the React integration has set its own options for that bundler.
                configEnvironment: (name) => (name === 'client' ? { optimizeDeps: { rolldownOptions: { plugins: [translateKeystatic()] } } } : undefined),
                configureServer(server) {
                  server.middlewares.use(editorPolicy);
                  server.middlewares.use(entriesEndpoint(ENTRIES_PATH, contentRoot));
                  labelContentReloads(server);
                },
              },
            ],
          },
        });
        logger.info('de editor staat op /keystatic');
      },
    },
  };
}
