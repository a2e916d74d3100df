/**
 * Writes dist/_headers with the site's security headers. The Content-Security-Policy is the
 * one Astro put in each page's <meta>, merged, so header and meta never disagree.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/csp.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'gesprek:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const policies = new Set<string>();
        for (const file of files) {
          const match = META.exec(await readFile(join(root, file), 'utf8'));
          if (!match) throw new Error(`${file} has no Content-Security-Policy <meta>; every page must have one.`);
          policies.add(match[1]!.replaceAll('&#39;', "'"));
        }
        await writeFile(join(root, '_headers'), headersFile(mergePolicies([...policies]), base));
        logger.info(`Wrote _headers (${policies.size} distinct page policies merged)`);
      },
    },
  };
}
