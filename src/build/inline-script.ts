/**
 * Scripts inlined into <head>: small enough to run before first paint, and hashed for the
 * Content-Security-Policy. A feature writes one as a module of its own (imports included);
 * `import source from './boot.ts?inline-script'` hands the component that module bundled and
 * minified into one script body, and `inlineScript()` binds its arguments. Minified once, in the
 * bundle: a build renders the script into thousands of pages, and esbuild's synchronous API
 * starts a process per call (about 50 ms each on the main thread).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export interface InlineScript {
  code: string;
  /** For the Content-Security-Policy: Astro hashes the scripts it bundles, not this one. */
  hash: `sha256-${string}`;
}

const QUERY = '?inline-script';

/** The Vite plugin behind `?inline-script` imports: the module and what it imports, as one script body. */
export function inlineScripts(): Plugin {
  return {
    name: 'gesprek:inline-scripts',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      return resolved && `${resolved.id}${QUERY}`;
    },
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      // No exports and format esm: the bundle is plain statements, so its free names (the
      // arguments) stay free for inlineScript() to bind; minifying renames only its own names.
      const result = await build({
        entryPoints: [id.slice(0, -QUERY.length)],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        metafile: true,
      });
      // `astro dev` re-renders when the script or anything it imports changes.
      for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(resolve(input));
      return `export default ${JSON.stringify(result.outputFiles[0]!.text.trim())};`;
    },
  };
}

const hashed = new Map<string, InlineScript>();

/**
 * `source` (a `?inline-script` import) as a script that runs at once with `args` bound to the
 * named parameters. Memoised: the script goes into every page, and one build renders thousands.
 */
export function inlineScript(source: string, args: Record<string, unknown> = {}): InlineScript {
  const values = Object.values(args).map((value) => JSON.stringify(value).replaceAll('<', '\\u003c'));
  const code = `((${Object.keys(args).join(',')})=>{${source}\n})(${values.join(',')});`;
  let script = hashed.get(code);
  if (!script) hashed.set(code, (script = { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` }));
  return script;
}
