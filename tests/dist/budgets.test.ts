/** Page-weight budgets, checked on the built files; the figures are printed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../support/content.ts';
import { DIST, fileOf, page, PROJECT_ROOT } from '../support/dist.ts';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const longest = readArticles(`${PROJECT_ROOT}/content`)
  .filter((article) => article.published)
  .sort((a, b) => b.body.length - a.body.length)[0]!;
const route = `/artikelen/${longest.slug}/`;
const root = page(route);

describe(`page weight of the longest article (${longest.slug})`, () => {
  it('runs no JavaScript before interaction but one small inline script', () => {
    const executable = root.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/ld+json' && !script.closest('template'));
    expect(executable.filter((script) => script.hasAttribute('src'))).toEqual([]);
    expect(executable).toHaveLength(1);
    const inlineGz = gz(executable[0]!.textContent);
    console.log(`inline theme script: ${executable[0]!.textContent.length} B, ${inlineGz} B gzipped`);
    expect(inlineGz).toBeLessThan(2048);
  });

  it('loads under 15 KB of CSS, gzipped', () => {
    const sheets = root.querySelectorAll('link[rel="stylesheet"]').map((link) => readFileSync(join(DIST, link.getAttribute('href')!)));
    const inline = root.querySelectorAll('style').map((style) => style.textContent).join('');
    const total = sheets.reduce((sum, sheet) => sum + gz(sheet), 0) + (inline ? gz(inline) : 0);
    console.log(`CSS: ${sheets.length} file(s) + ${inline.length} B inline = ${total} B gzipped`);
    expect(total).toBeLessThan(15 * 1024);
  });

  it('has HTML under 30 KB, gzipped', () => {
    const html = readFileSync(fileOf(route));
    console.log(`HTML: ${html.length} B, ${gz(html)} B gzipped`);
    expect(gz(html)).toBeLessThan(30 * 1024);
  });
});
