/**
 * Writes dist/_headers with the site's security headers. The Content-Security-Policy is the
 * one Astro put in each page's <meta>, merged, so header and meta never disagree.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, policySpan } from '../../lib/csp.ts';

/** The policy sits early in <head>, before the inline stylesheet: reading this much usually finds it. */
const HEAD_BYTES = 16 * 1024;

/** The policy in a page's <meta>, found in its bytes: decoding whole heads cost more than reading them. */
function policyIn(bytes: Buffer): string | undefined {
  const span = policySpan(bytes);
  return span && bytes.toString('utf8', span.start, span.end);
}

/**
 * Read synchronously: the pages were just written and sit in the page cache, so each read is a
 * copy; a promise-based file handle per page took two to three times as long.
 */
function pagePolicy(file: string, head: Buffer): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const bytesRead = readSync(fd, head, 0, HEAD_BYTES, 0);
    const policy = policyIn(head.subarray(0, bytesRead));
    if (policy || bytesRead < HEAD_BYTES) return policy;
  } finally {
    closeSync(fd);
  }
  return policyIn(readFileSync(file));
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
        const head = Buffer.alloc(HEAD_BYTES);
        for (const file of files) {
          const policy = pagePolicy(join(root, file), head);
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>; every page must have one.`);
          policies.add(policy.replaceAll('&#39;', "'"));
        }
        await writeFile(join(root, '_headers'), headersFile(mergePolicies([...policies]), base));
        logger.info(`Wrote _headers (${policies.size} distinct page policies merged)`);
      },
    },
  };
}
