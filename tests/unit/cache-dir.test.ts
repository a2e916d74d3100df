import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirFor, writeCacheFile } from '../../src/build/cache-dir.ts';

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

describe('writeCacheFile', () => {
  it('creates the folder, writes the whole file and leaves no partial file beside it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gesprek-cache-')), 'a', 'b');
    await writeCacheFile(join(dir, 'x.json'), '[1,2]');
    await writeCacheFile(join(dir, 'x.json'), '[3]');
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('[3]');
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('makes the folder again when it was removed between writes', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gesprek-cache-')), 'c');
    await writeCacheFile(join(dir, 'y.png'), 'een');
    rmSync(dir, { recursive: true });
    await writeCacheFile(join(dir, 'y.png'), 'twee');
    expect(readFileSync(join(dir, 'y.png'), 'utf8')).toBe('twee');
  });
});
