/** The Content-Security-Policy of every page in dist/ allows exactly the inline code it carries. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../support/dist.ts';

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('content security policy', () => {
  it('lists the hash of every inline script and style on each page, and allows no unsafe-inline', () => {
    const problems: string[] = [];
    let inlineScripts = 0;
    for (const file of htmlFiles()) {
      const root = parse(readFileSync(file, 'utf8'));
      const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const directive = (name: string) => policy.split(';').map((part) => part.trim().split(/\s+/)).find(([candidate]) => candidate === name)?.slice(1) ?? [];
      const where = relative(DIST, file);
      if (!policy) problems.push(`${where}: no policy`);
      for (const [name, selector] of [['script-src', 'script:not([src]):not([type="application/ld+json"])'], ['style-src', 'style']] as const) {
        const allowed = directive(name);
        if (allowed.includes("'unsafe-inline'")) problems.push(`${where}: ${name} allows 'unsafe-inline'`);
        // Inside a <template> an element is inert until cloned, and is then checked like any other.
        for (const element of root.querySelectorAll(selector)) {
          if (name === 'script-src') inlineScripts++;
          if (!allowed.includes(hashOf(element.textContent))) problems.push(`${where}: ${name} lacks the hash of <${element.tagName.toLowerCase()}> "${element.textContent.slice(0, 40)}…"`);
        }
      }
    }
    expect(inlineScripts).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('has every stylesheet inline on each page: none is a render-blocking request', () => {
    const pages = htmlFiles().map((file) => ({ where: relative(DIST, file), root: parse(readFileSync(file, 'utf8')) }));
    expect(pages.filter(({ root }) => root.querySelector('link[rel="stylesheet"]')).map(({ where }) => where)).toEqual([]);
    expect(pages.filter(({ root }) => root.querySelector('head > style')).length).toBeGreaterThan(pages.length / 2);
  });
});
