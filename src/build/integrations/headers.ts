/**
 * Writes dist/_headers with the site's security headers. The Content-Security-Policy is the
 * one Astro put in each page's <meta>, merged, so header and meta never disagree.
 */
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../../lib/csp.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
/** The policy sits early in <head>, before the inline stylesheet: reading this much usually finds it. */
const HEAD_BYTES = 32 * 1024;

async function pagePolicy(file: string): Promise<string | undefined> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const head = META.exec(buffer.toString('utf8', 0, bytesRead));
    if (head || bytesRead < HEAD_BYTES) return head?.[1];
  } finally {
    await handle.close();
  }
  return META.exec(await readFile(file, 'utf8'))?.[1];
}

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
          const policy = await pagePolicy(join(root, file));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>; every page must have one.`);
          policies.add(policy.replaceAll('&#39;', "'"));
        }
        await writeFile(join(root, '_headers'), headersFile(mergePolicies([...policies]), base));
        logger.info(`Wrote _headers (${policies.size} distinct page policies merged)`);
      },
    },
  };
}
