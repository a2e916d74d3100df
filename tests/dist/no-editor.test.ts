/**
 * The editor never ships: the production build holds no editor route, no React and no
 * Keystatic code (src/editor/dev/integration.ts mounts them only in `npm run editor`).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, walk } from '../support/dist.ts';

const files = walk(DIST).map((path) => relative(DIST, path));
const code = files.filter((file) => /\.(html|js|mjs|css|json|xml|txt)$|_headers$|_redirects$/.test(file));

describe('the production build and the editor', () => {
  it('has no editor route and no editor data', () => {
    expect(files.filter((file) => /^(keystatic|api|_editor)(\/|\.|$)/.test(file))).toEqual([]);
  });

  it('ships no Keystatic, no React and none of the editor’s own code', () => {
    const found = code.flatMap((file) => {
      const text = readFileSync(`${DIST}/${file}`, 'utf8');
      return [/keystatic/i, /@keystar\//, /Symbol\.for\("react\./, /react-dom/, /data-gesprek-field/, /Schrijftafel/]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${file}: ${pattern}`);
    });
    expect(found).toEqual([]);
  });
});
