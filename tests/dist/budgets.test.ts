/** Page-weight budgets, checked on the built files; the figures are printed. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../support/content.ts';
import { DIST, fileOf, htmlFiles, page, PROJECT_ROOT } from '../support/dist.ts';
import { mapScripts } from '../../scripts/support/map-scripts.ts';

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
    // Only what must happen before the first interaction: under 3.5 KB before compression.
    expect(executable[0]!.textContent.length).toBeLessThan(3500);
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

describe('JavaScript before interaction', () => {
  it('no page loads a script file with the page: every one waits in a template', () => {
    const loading = htmlFiles()
      .map((file) => ({ file: relative(DIST, file), root: parse(readFileSync(file, 'utf8')) }))
      .filter(({ root: html }) => html.querySelectorAll('script[src]').some((script) => !script.closest('template')))
      .map(({ file }) => file);
    expect(loading).toEqual([]);
  });

  it('the map ships under 12 KB of JavaScript and no layout code: the graph file brings the positions', () => {
    // The module and the painter it starts on a worker thread, named in its code.
    const { module, chunks } = mapScripts(DIST);
    expect(chunks).toHaveLength(1);
    const code = readFileSync(module);
    const painter = readFileSync(chunks[0]!);
    const graph = readFileSync(join(DIST, 'kaart/graph.json'));
    console.log(`map: module ${code.length} B (${gz(code)} B gz), painter ${painter.length} B (${gz(painter)} B gz), graph ${graph.length} B (${gz(graph)} B gz)`);
    expect(gz(code) + gz(painter)).toBeLessThan(12 * 1024);
    // d3-force stays in the build: its simulation's own words are not in what the browser gets.
    for (const script of [code, painter]) expect(script.toString()).not.toMatch(/alphaDecay|forceManyBody|quadtree/);
  });
});
