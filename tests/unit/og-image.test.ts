import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawOgImage, ogImageKey, titleSize, wrapTitle } from '../../src/build/og/draw.ts';

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

describe('wrapTitle', () => {
  // One unit per character: a line of width 10 holds ten characters.
  const measure = (text: string) => Array.from(text).length;

  it('breaks after spaces, never past the width, and keeps every word', () => {
    const title = 'Markten zijn gesprekken tussen mensen en merken';
    const lines = wrapTitle(title, measure, 14, 10);
    expect(lines).toEqual(['Markten zijn', 'gesprekken', 'tussen mensen', 'en merken']);
    expect(lines.join(' ')).toBe(title);
  });

  it('breaks after a hyphen or dash inside a word, keeping it on the first line', () => {
    expect(wrapTitle('klant-gesprekken nu', measure, 12, 10)).toEqual(['klant-', 'gesprekken', 'nu']);
    expect(wrapTitle('merk–dialoog', measure, 8, 10)).toEqual(['merk–', 'dialoog']);
  });

  it('breaks a word wider than a line between characters, accents and all', () => {
    expect(wrapTitle('één superlangwoord', measure, 6, 10)).toEqual(['één', 'superl', 'angwoo', 'rd']);
    // "é" written as e and a combining accent is one character: the line breaks before the e, not after it.
    expect(wrapTitle('e\u0301e\u0301e\u0301', (text) => text.length, 4, 10)).toEqual(['e\u0301e\u0301', 'e\u0301']);
  });

  it('ends the last line it may show with an ellipsis that fits, after a whole word where it can', () => {
    const lines = wrapTitle('een twee drie vier vijf zes zeven acht', measure, 9, 2);
    expect(lines).toEqual(['een twee', 'drie…']);
    expect(wrapTitle('een superlangwoord', measure, 6, 1)).toEqual(['een…']);
    expect(wrapTitle('superlangwoord', measure, 6, 1)).toEqual(['super…']);
    for (const line of wrapTitle('een twee drie vier vijf zes zeven acht', measure, 9, 3)) expect(measure(line)).toBeLessThanOrEqual(9);
  });
});

describe("drawOgImage, a title over its kind's frame", () => {
  const draw = async (title: string, of = input) => PNG.sync.read(await drawOgImage({ ...of, title }), { checkCRC: true });
  const background = [0xfb, 0xfa, 0xf7];
  /** The rows of the text column (x 120 to 1128) that are not all background. */
  function inkedRows(image: PNG): number[] {
    const rows: number[] = [];
    for (let y = 0; y < image.height; y++) {
      for (let x = 120; x < 1128; x++) {
        const at = (y * image.width + x) * 4;
        if ([0, 1, 2].some((channel) => Math.abs(image.data[at + channel]! - background[channel]!) > 8)) {
          rows.push(y);
          break;
        }
      }
    }
    return rows;
  }
  /** Runs of consecutive rows: the kind, the title's lines, the footer. */
  const runs = (rows: number[]) =>
    rows.reduce<[number, number][]>((found, row) => {
      const last = found.at(-1);
      if (last && row - last[1] <= 12) last[1] = row;
      else found.push([row, row]);
      return found;
    }, []);

  it('draws the kind at the top, the site at the bottom and the title centred between them', async () => {
    const [kind, title, footer] = runs(inkedRows(await draw('KLM en de aswolk')));
    expect(kind![0]).toBeGreaterThanOrEqual(64);
    expect(footer![1]).toBeLessThanOrEqual(630 - 56);
    // One line of 76 px type: its ink sits about midway, give or take what ascenders and descenders shift.
    const middle = (title![0] + title![1]) / 2;
    expect(Math.abs(middle - (kind![1] + footer![0]) / 2)).toBeLessThan(20);
    expect(title![1] - title![0]).toBeGreaterThan(40);
  });

  it('wraps a long title onto more lines in a smaller size, inside the band', async () => {
    const long = 'Een heel lange titel over gesprekken tussen merken en mensen, met één “dialoog” en ĳver';
    const [kind, title, footer] = runs(inkedRows(await draw(long)));
    const [, short] = runs(inkedRows(await draw('Kort')));
    expect(title![1] - title![0]).toBeGreaterThan(2 * (short![1] - short![0]));
    expect(title![0]).toBeGreaterThan(kind![1]);
    expect(title![1]).toBeLessThan(footer![0]);
  });

  it('draws descenders whole, below the line box that the line height leaves them', async () => {
    // Five characters each: the same size (76 px). Literata's g, j, p and q reach about a
    // quarter of that below the baseline, past the half-leading of a 1.15 line height.
    const [, plain] = runs(inkedRows(await draw('Hxxxx')));
    const [, descending] = runs(inkedRows(await draw('Hgjpq')));
    expect(descending![1] - plain![1]).toBeGreaterThan(0.2 * 76);
  });

  it('keeps an overlong title out of the kind and the footer', async () => {
    const image = await draw('Woorden '.repeat(80) + 'Łódź ĳzer');
    const found = runs(inkedRows(image));
    // The kind, then title lines touching each other, then the footer, each clear of the next.
    expect(found[0]![1]).toBeLessThan(found[1]![0]);
    expect(found.at(-2)![1]).toBeLessThan(found.at(-1)![0]);
    expect(found.at(-1)![1]).toBeLessThanOrEqual(630 - 56);
  });

  it('leaves nothing of the last title behind on the shared frame', async () => {
    const first = await drawOgImage({ ...input, title: 'Kort' });
    await drawOgImage({ ...input, title: 'Een heel lange titel die drie regels beslaat en daarmee meer rijen van het beeld vult dan de korte' });
    expect((await drawOgImage({ ...input, title: 'Kort' })).equals(first)).toBe(true);
  });

  it('draws letters of Latin Extended in the title', async () => {
    const [, extended] = runs(inkedRows(await draw('ŁŐŘ')));
    expect(extended![1] - extended![0]).toBeGreaterThan(40);
    expect((await drawOgImage({ ...input, title: 'ŁŐŘ' })).equals(await drawOgImage({ ...input, title: 'LOR' }))).toBe(false);
  });
});
