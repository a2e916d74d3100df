import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { adler32Combine, deflateLeadingRows, encodePng, encodePngAfter, encodePngRows } from '../../src/build/og/png.ts';

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

describe('encodePngAfter', () => {
  const [width, height] = [300, 40];
  const stride = width * 4 + 1;
  // PNG rows: a filter byte (0) and RGBA values, here a pattern no two rows share.
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++)
    rows.set(
      pattern(width, 1).map((value) => (value + y * 13) % 256),
      y * stride + 1,
    );
  // A zlib stream ends with the Adler-32 of what it holds.
  const adlerOf = (bytes: Uint8Array) => deflateSync(bytes, { level: 0 }).subarray(-4).readUInt32BE();

  it.each([0, 1, 17, height])('joins rows above row %i, deflated before, to the rest into a PNG with the same pixels', (split) => {
    const leading = deflateLeadingRows(rows.subarray(0, split * stride));
    const joined = encodePngAfter(leading, rows.subarray(split * stride), width, height);
    // pngjs inflates the image data with zlib, which checks the stream's Adler-32 too.
    const decoded = PNG.sync.read(joined, { checkCRC: true });
    const whole = PNG.sync.read(encodePngRows(rows, width, height));
    expect(Buffer.from(decoded.data).equals(Buffer.from(whole.data))).toBe(true);
  });

  it('combines Adler-32 checksums as zlib does', () => {
    for (const split of [0, 1, 5000, rows.length]) {
      const [first, second] = [rows.subarray(0, split), rows.subarray(split)];
      expect(adler32Combine(adlerOf(first), adlerOf(second), second.length), String(split)).toBe(adlerOf(rows));
    }
  });

  it('refuses rows that do not make the image', () => {
    expect(() => encodePngAfter(deflateLeadingRows(rows.subarray(0, stride)), rows.subarray(2 * stride), width, height)).toThrow(
      /are not 40 rows of 300 RGBA pixels/,
    );
  });
});
