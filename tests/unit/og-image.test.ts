import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { drawOgImage, layout, ogImageKey, titleSize } from '../../src/build/og/draw.ts';

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

describe("drawOgImage, a title over its kind's frame", () => {
  const require = createRequire(import.meta.url);
  const font = (pkg: string, file: string, name: string, weight: 600 | 700) => ({
    name,
    data: readFileSync(require.resolve(`${pkg}/files/${file}`)),
    weight,
    style: 'normal' as const,
  });
  /** The whole layout drawn in one pass, as before frames: what each composed image must look like. */
  async function drawnWhole(of: typeof input): Promise<Uint8Array> {
    const fonts = [
      font('@fontsource/literata', 'literata-latin-700-normal.woff', 'Literata', 700),
      font('@fontsource/literata', 'literata-latin-ext-700-normal.woff', 'Literata Ext', 700),
      font('@fontsource/inter', 'inter-latin-600-normal.woff', 'Inter', 600),
      font('@fontsource/inter', 'inter-latin-ext-600-normal.woff', 'Inter Ext', 600),
    ];
    const svg = await satori(layout(of) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
    return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  }
  const titles = [
    'KLM en de aswolk',
    'Een heel lange titel over gesprekken tussen merken en mensen, met één “dialoog” en ĳver',
    'Kort',
    'Een titel van middelmatige lengte over markten',
  ];

  it('draws what the whole layout draws, for titles of every length, one after the other on the same frame', async () => {
    for (const title of titles) {
      const of = { ...input, title };
      const composed = PNG.sync.read(await drawOgImage(of)).data;
      const whole = await drawnWhole(of);
      let differing = 0;
      for (let i = 0; i < whole.length; i += 4) {
        const delta = Math.max(...[0, 1, 2].map((c) => Math.abs(composed[i + c]! - whole[i + c]!)));
        if (delta > 48) differing++;
      }
      // The title may sit up to half a pixel from where the one-pass layout puts it: edges of glyphs differ, nothing else.
      expect(differing, title).toBeLessThan(whole.length / 4 / 200);
    }
  });
});
