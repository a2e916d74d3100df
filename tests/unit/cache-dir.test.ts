import { describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/build/cache-dir.ts';

describe('cacheDirFor', () => {
  it('keeps the default cache for the project content', () => {
    expect(cacheDirFor(undefined)).toBe('./node_modules/.astro');
  });

  it('gives each other content root a folder of its own, the same for the same root', () => {
    expect(cacheDirFor('/tmp/a/content')).toMatch(/^\.\/node_modules\/\.astro\/content-[0-9a-f]{12}$/);
    expect(cacheDirFor('/tmp/a/content')).toBe(cacheDirFor('/tmp/a/../a/content'));
    expect(cacheDirFor('/tmp/a/content')).not.toBe(cacheDirFor('/tmp/b/content'));
  });
});
