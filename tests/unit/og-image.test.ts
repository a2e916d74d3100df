import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawOgImage, ogImageKey, titleSize } from '../../src/build/og/draw.ts';

const input = { title: 'KLM en de aswolk', kind: 'Case', accent: '#1d5a9e', siteName: 'Markten zijn gesprekken', siteHost: 'gesprek.nl' };

describe('ogImageKey', () => {
  it('is stable for the same input and changes with anything drawn', () => {
    expect(ogImageKey(input)).toBe(ogImageKey({ ...input }));
    for (const change of [{ title: 'Anders' }, { kind: 'Opinie' }, { accent: '#000000' }, { siteHost: 'x.nl' }]) {
      expect(ogImageKey({ ...input, ...change })).not.toBe(ogImageKey(input));
    }
  });
});

describe('titleSize', () => {
  it('shrinks as titles grow', () => {
    const sizes = [20, 60, 100, 160].map((length) => titleSize('x'.repeat(length)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(4);
  });
});

describe('drawOgImage', () => {
  it('draws an opaque 1200×630 PNG with the accent border on the left', async () => {
    const image = PNG.sync.read(await drawOgImage(input), { checkCRC: true });
    expect([image.width, image.height]).toEqual([1200, 630]);
    const pixel = (x: number, y: number) => [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];
    expect(pixel(10, 315)).toEqual([0x1d, 0x5a, 0x9e, 255]);
    for (let alpha = 3; alpha < image.data.length; alpha += 4) if (image.data[alpha] !== 255) throw new Error(`pixel ${(alpha - 3) / 4} is not opaque`);
    // The title is drawn: the text column is not one flat colour.
    const column = new Set(Array.from({ length: 630 }, (_, y) => pixel(400, y).join()));
    expect(column.size).toBeGreaterThan(2);
  });
});
