import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ogImageKey } from '../../src/build/og/draw.ts';

const cache = mkdtempSync(join(tmpdir(), 'gesprek-og-test-'));
const input = (title: string) => ({ title, kind: 'Opinie', accent: '#a63c0c', siteName: 'Markten zijn gesprekken', siteHost: 'gesprek.nl' });
let og: typeof import('../../src/build/og/images.ts');

beforeAll(async () => {
  process.env.GESPREK_OG_CACHE = cache;
  og = await import('../../src/build/og/images.ts');
});

afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('Open Graph images on worker threads', () => {
  it('draws queued images into the cache and returns 1200×630 PNGs', async () => {
    const titles = ['Één gesprek', 'Twee “dialogen”', 'Drie ĳverige markten'];
    og.prepareOgImages(titles.map(input));
    const pngs = await Promise.all(titles.map((title) => og.renderOgImage(input(title))));
    for (const png of pngs) {
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(size(png)).toEqual({ width: 1200, height: 630 });
    }
    expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(3);
    expect(readdirSync(cache).filter((file) => file.endsWith('.png'))).toHaveLength(3);
    expect(readdirSync(cache).filter((file) => file.endsWith('.partial'))).toEqual([]);
  }, 60_000);

  it('draws an image once however often it is asked for, and reuses the cached file', async () => {
    const file = join(cache, `${ogImageKey(input('Eén keer'))}.png`);
    const [first, second] = await Promise.all([og.renderOgImage(input('Eén keer')), og.renderOgImage(input('Eén keer'))]);
    expect(first.equals(second)).toBe(true);
    const drawnAt = statSync(file).mtimeMs;
    expect((await og.renderOgImage(input('Eén keer'))).equals(first)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(drawnAt);
    expect(readdirSync(cache).filter((name) => name.endsWith('.png'))).toHaveLength(4);
  }, 60_000);

  it('writes the registered images, and only those, into dist/og/ by path', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'gesprek-og-dist-'));
    try {
      mkdirSync(join(dist, 'og/artikelen'), { recursive: true });
      writeFileSync(join(dist, 'og/artikelen/verwijderd.png'), 'stale');
      og.registerOgImages([
        { path: 'artikelen/nieuw', input: input('Nieuw') },
        { path: 'boeken/boek', input: input('Eén gesprek') },
      ]);
      expect(await og.writeOgImages(dist)).toBe(2);
      expect(readdirSync(join(dist, 'og'), { recursive: true, encoding: 'utf8' }).sort()).toEqual([
        'artikelen',
        'artikelen/nieuw.png',
        'boeken',
        'boeken/boek.png',
      ]);
      expect(readFileSync(join(dist, 'og/boeken/boek.png')).equals(await og.renderOgImage(input('Eén gesprek')))).toBe(true);
      expect(size(readFileSync(join(dist, 'og/artikelen/nieuw.png')))).toEqual({ width: 1200, height: 630 });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);
});
