import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYSTATIC_DUTCH, translateKeystaticSource } from '../../../src/editor/dev/translate.ts';

/** Keystatic's browser build, as the editor's dev server bundles it (not its Node or worker builds). */
const DIST = join(import.meta.dirname, '../../../node_modules/@keystatic/core/dist');
const sources = readdirSync(DIST)
  .filter((file) => file.endsWith('.js') && !/\.(node|worker|react-server)\b/.test(file))
  .map((file) => readFileSync(join(DIST, file), 'utf8'));
const all = sources.join('\n');

describe('Keystatic in Dutch', () => {
  it.each(KEYSTATIC_DUTCH.map(([from, to]) => [String(from).slice(0, 60), from, to] as const))(
    'finds what it replaces in this version of Keystatic: %s',
    (_, from, to) => {
      const translated = translateKeystaticSource(all);
      if (typeof from === 'string') {
        expect(all).toContain(from);
        expect(translated).toContain(to);
      } else {
        expect(from.test(all)).toBe(true);
        expect(from.test(translated)).toBe(false);
      }
    },
  );

  it('leaves no link to Google Fonts and none of the replaced English', () => {
    const translated = sources.map(translateKeystaticSource).join('\n');
    expect(translated).not.toContain('fonts.googleapis.com');
    for (const [from] of KEYSTATIC_DUTCH) {
      // (A rule that adds to what it finds keeps it.)
      if (typeof from === 'string')
        expect(translated.includes(from) && !KEYSTATIC_DUTCH.some(([other, to]) => other === from && to.includes(from))).toBe(false);
      else expect(from.test(translated)).toBe(false);
    }
  });
});
