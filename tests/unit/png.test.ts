import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/build/og/png.ts';

/** Pixels whose every channel differs from its neighbours', transparency included. */
function pattern(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37 + (i >> 7)) % 256;
  return pixels;
}

describe('encodePng', () => {
  it.each([
    [1, 1],
    [7, 3],
    [1200, 630],
  ])('writes %i × %i pixels that an independent decoder reads back unchanged', (width, height) => {
    const pixels = pattern(width, height);
    const decoded = PNG.sync.read(encodePng(pixels, width, height), { checkCRC: true });
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect(Buffer.from(decoded.data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('compresses a flat image far below its raw size', () => {
    const flat = new Uint8Array(1200 * 630 * 4).fill(250);
    expect(encodePng(flat, 1200, 630).length).toBeLessThan(20_000);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(new Uint8Array(15), 2, 2)).toThrow(/15 bytes are not 2 × 2 RGBA pixels/);
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow(RangeError);
  });
});
