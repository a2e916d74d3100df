import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

export interface InlineScript {
  code: string;
  /** For the Content-Security-Policy: Astro hashes the scripts it bundles, not this one. */
  hash: `sha256-${string}`;
}

const minified = new Map<string, InlineScript>();

/**
 * `source` as a minified script that runs at once with `args` bound to the named parameters.
 * Memoised: the script goes into every page, and one build renders thousands.
 */
export function inlineScript(source: string, args: Record<string, unknown> = {}): InlineScript {
  const values = Object.values(args).map((value) => JSON.stringify(value).replaceAll('<', '\\u003c'));
  const wrapped = `((${Object.keys(args).join(', ')}) => {\n${source}\n})(${values.join(', ')});`;
  let script = minified.get(wrapped);
  if (!script) {
    const code = transformSync(wrapped, { minify: true, target: 'es2022', loader: 'js', legalComments: 'none' }).code.trim();
    script = { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
    minified.set(wrapped, script);
  }
  return script;
}
