// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/site.config.ts';
import { ui } from './src/i18n/nl.ts';
import { baseLinks, externalLinks, headingAnchors, proseForContext } from './src/build/markdown-plugins.ts';
import { pagefind } from './src/build/integrations/pagefind.ts';
import { outDirEmptying } from './src/build/integrations/out-dir.ts';
import { stylesheetsInlined } from './src/build/integrations/inline-stylesheets.ts';
import { devContentRefresh } from './src/build/integrations/dev-content-refresh.ts';
import { commentsNotice } from './src/build/integrations/comments.ts';
import { securityHeaders } from './src/build/integrations/headers.ts';
import { articleLastModified } from './src/build/content-files/sitemap-dates.ts';
import { ogImages } from './src/build/og/integration.ts';
import { oldAddresses } from './src/build/integrations/redirects.ts';
import { cacheDirFor } from './src/build/cache-dir.ts';
import { inlineScripts } from './src/build/inline-script.ts';
import { mdxImagePaths } from './src/build/mdx-image-paths.ts';
import { contentRoot } from './src/build/content-files/content-root.ts';
import { editor } from './src/editor/dev/integration.ts';

// Read when the sitemap is written, at the end of a build: not on every `astro dev` or `check`.
/** @type {Map<string, Date> | undefined} */
let lastModified;

export default defineConfig({
  cacheDir: cacheDirFor(process.env.CONTENT_DIR),
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Two articles whose file names give the same slug must fail the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  build: {
    // Pages render four at a time, so one page's file writes overlap the next one's rendering
    // (1,000 articles: the page phase took 15 s instead of 23 s, with the same peak memory).
    concurrency: 4,
  },
  integrations: [
    outDirEmptying(),
    // The stylesheets (~9 KB gzipped) are inlined in every page, so they cost no render-blocking
    // request (as files, an article's Lighthouse score fell to 98–99: docs/lighthouse.md); this
    // inlines them after the pages are written, before Pagefind and the headers read the pages.
    stylesheetsInlined(),
    devContentRefresh(),
    mdx(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      serialize(item) {
        const slug = /\/artikelen\/([^/]+)\/$/.exec(new URL(item.url).pathname)?.[1];
        lastModified ??= articleLastModified(contentRoot);
        const lastmod = slug && lastModified.get(slug);
        return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
      },
    }),
    commentsNotice(),
    // Before the headers: its redirect pages carry a policy the site-wide header must include.
    oldAddresses(contentRoot),
    securityHeaders(),
    // Its build:done waits for the images still being drawn, after the steps above.
    ogImages(contentRoot),
    // After every other build step: Astro runs the build:done hooks one after another, and this
    // one waits for the index Pagefind has been building since the pages were written, so the
    // steps above run while it works instead of after it.
    pagefind(),
    // Only in `npm run editor`: Keystatic and React, never in a build (src/editor/dev/integration.ts).
    editor(),
  ],
  markdown: {
    // Shiki colours code with inline style attributes, which the strict CSP below blocks; code
    // blocks stay plain <pre><code>, styled by the prose stylesheet. Also skips loading Shiki.
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [
        // First: it reads the prose before the heading anchors add their own text.
        proseForContext(),
        headingAnchors({ label: ui.article.headingAnchor }),
        baseLinks({ base: siteConfig.base }),
        externalLinks({ site: siteConfig.url, label: ui.external }),
      ],
    }),
  },
  security: {
    // A strict policy as a <meta> tag on every page, with hashes of the inline scripts and
    // styles Astro renders; the same policy goes into dist/_headers (src/build/integrations/headers.ts).
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        'frame-src https://giscus.app',
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  experimental: {
    // A repeat build copies each generated page and feed from the last one while its cacheKey
    // (the content fingerprint, src/build/fingerprint.ts) and its code are unchanged. Open Graph
    // images have a cache of their own (src/build/og/images.ts).
    incrementalBuild: true,
    // Frontmatter completion and validation in the Astro VS Code extension, from the same
    // schemas the build uses (see docs/schrijven.md).
    contentIntellisense: true,
  },
  vite: {
    plugins: [tailwindcss(), inlineScripts(), mdxImagePaths()],
    server: {
      watch: {
        // The editor (Keystatic) saves a file by emptying it, then writing it. Without waiting
        // for the size to settle, astro dev could read the empty file, report its fields as
        // missing and then miss the write itself: the page kept the error until the next save.
        awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 },
      },
    },
    // Open Graph images and the map's layout run on worker threads, which load these files by
    // path (src/build/og/images.ts, src/build/map-layout/index.ts).
    define: {
      __OG_WORKER__: JSON.stringify(fileURLToPath(new URL('./src/build/og/worker.ts', import.meta.url))),
      __MAP_LAYOUT_WORKER__: JSON.stringify(fileURLToPath(new URL('./src/build/map-layout/worker.ts', import.meta.url))),
    },
    build: {
      // Scripts stay files, never inlined: they sit in inert templates until used, and as files
      // they are cached once instead of repeated in every page's HTML. Other assets: the default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro 7 + MDX emits one harmless MODULE_LEVEL_DIRECTIVE warning per article (known
        // upstream); at thousands of articles it buries every useful line of the build log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('.mdx')) return;
          warn(warning);
        },
      },
    },
  },
});
