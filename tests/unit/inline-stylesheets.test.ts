import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStylesheets, stylesheet, type Stylesheet } from '../../src/build/integrations/inline-stylesheets.ts';

const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
const SHEETS: Record<string, string> = {
  '/_astro/prose.css': '.prose q{quotes:"“""”"}',
  '/_astro/layout.css': '.external-link:after{content:"↗"}',
};
const sheetsOf = (hrefs: string[]): Stylesheet => {
  const unknown = hrefs.find((href) => !(href in SHEETS));
  if (unknown) throw new Error(`unknown ${unknown}`);
  return stylesheet(Buffer.from(hrefs.map((href) => SHEETS[href]).join(''), 'utf8'));
};
const page = (policy: string, links = Object.keys(SHEETS)) =>
  Buffer.from(
    `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><title>Café — “gesprek”</title>${links.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}</head><body><p>Één → twee</p></body></html>`,
    'utf8',
  );

describe('inlineStylesheets', () => {
  it('puts a run of linked sheets in one <style> where the links were, as Astro does, and its hash in the policy, leaving every other byte as it was', () => {
    const inlined = inlineStylesheets(page("default-src 'self'; style-src 'self' 'sha256-x='; script-src 'self'"), sheetsOf)!.toString('utf8');
    const css = Object.values(SHEETS).join('');
    expect(inlined).toBe(
      `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-x=' ${hashOf(css)}; script-src 'self'"><title>Café — “gesprek”</title><style>${css}</style></head><body><p>Één → twee</p></body></html>`,
    );
  });

  it('gives links apart their own <style>, and adds their hashes to a style-src that ends the policy', () => {
    const [prose, layout] = Object.keys(SHEETS) as [string, string];
    const apart = Buffer.from(
      page("default-src 'self'; style-src 'self'", [prose, layout]).toString('utf8').replace('"><link', '"><meta name="x" content="y"><link'),
      'utf8',
    );
    const inlined = inlineStylesheets(apart, sheetsOf)!.toString('utf8');
    expect(inlined).toContain(`content="default-src 'self'; style-src 'self' ${hashOf(SHEETS[prose]!)} ${hashOf(SHEETS[layout]!)}">`);
    expect(inlined).toContain(`<style>${SHEETS[prose]}</style><meta name="x" content="y"><style>${SHEETS[layout]}</style>`);
  });

  it('leaves a page without stylesheet links alone, and refuses one whose policy has no style-src', () => {
    expect(inlineStylesheets(page("style-src 'self'", []), sheetsOf)).toBeUndefined();
    expect(() => inlineStylesheets(page("default-src 'self'"), sheetsOf)).toThrow(/style-src/);
    expect(() => inlineStylesheets(page("style-src 'self'", ['/_astro/missing.css']), sheetsOf)).toThrow(/missing/);
  });
});
