/**
 * Open Graph images (1200×630 PNG) drawn on a Skia canvas (@napi-rs/canvas) in the site's own
 * fonts. Only the title changes between images of a kind, so each kind's frame is drawn once
 * and each image draws its title alone, and the PNG is encoded from the frame's rows with the
 * title's written in: the rows above the title are deflated once for all images whose title
 * starts on the same row. Pure drawing: caching and threads live in `images.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { deflateLeadingRows, encodePngAfter, type LeadingRows } from './png.ts';

export interface OgImageInput {
  title: string;
  /** "Boekbespreking", "Persoon", ...: shown as a label above the title. */
  kind: string;
  /** Marker colour of that kind (hex). */
  accent: string;
  siteName: string;
  siteHost: string;
}

/** Bump when the design changes, so cached images are redrawn. */
const DESIGN_VERSION = 6;
const WIDTH = 1200;
const HEIGHT = 630;

/** Long titles get a smaller size so they fit in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  if (title.length <= 110) return 52;
  return 44;
}

const TITLE_LINE_HEIGHT = 1.15;
const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/**
 * A title broken into lines no wider than `width`: after spaces, and after a hyphen or dash
 * within a word; a word wider than a line on its own is broken between characters. At most
 * `maxLines`: the last line shown then ends in an ellipsis, after a whole word where one fits.
 */
export function wrapTitle(title: string, measure: (text: string) => number, width: number, maxLines: number): string[] {
  const fits = (text: string) => measure(text) <= width;
  const lines: string[] = [];
  let line = '';
  for (const piece of title.trim().split(/(?<=[\s\-‐–—/])/)) {
    if (fits((line + piece).trimEnd())) {
      line += piece;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    for (const { segment } of graphemes.segment(piece)) {
      if (line && !fits((line + segment).trimEnd())) {
        lines.push(line);
        line = '';
      }
      line += segment;
    }
  }
  if (line.trimEnd()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const shown = lines.slice(0, Math.max(1, maxLines));
  let last = shown.at(-1)!;
  while (last && !fits(`${last}${ELLIPSIS}`)) {
    const space = last.lastIndexOf(' ');
    last = space > 0 ? last.slice(0, space).trimEnd() : Array.from(last).slice(0, -1).join('');
  }
  shown[shown.length - 1] = `${last.trimEnd()}${ELLIPSIS}`;
  return shown;
}

// The canvas minus the accent border (24) and the padding (96 left, 72 right; 64 top, 56 bottom).
const BORDER = 24;
const CONTENT_LEFT = BORDER + 96;
const CONTENT_WIDTH = WIDTH - CONTENT_LEFT - 72;
const CONTENT_TOP = 64;
const CONTENT_BOTTOM = HEIGHT - 56;
const BACKGROUND = '#fbfaf7';
const INK = '#1f1c18';
const MUTED = '#5a544b';
const SITE_NAME = '#a63c0c';
// The Latin subset first, Latin Extended where it has no glyph: é, ë, ö and ĳ in the site's fonts.
const SERIF = 'Literata, "Literata Ext"';
const SANS = 'Inter, "Inter Ext"';
const KIND_DOT = 22;
const KIND_GAP = 16;

const FONT_FILES = [
  ['Literata', '@fontsource/literata', 'literata-latin-700-normal.woff'],
  ['Literata Ext', '@fontsource/literata', 'literata-latin-ext-700-normal.woff'],
  ['Inter', '@fontsource/inter', 'inter-latin-600-normal.woff'],
  ['Inter Ext', '@fontsource/inter', 'inter-latin-ext-600-normal.woff'],
] as const;

/** Names the cached file: a hash of everything drawn, and of the design version. */
export function ogImageKey(input: OgImageInput): string {
  return createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, input })).digest('hex').slice(0, 24);
}

// Loaded on first use: only the worker threads draw, and the build's main thread, which
// imports this module for ogImageKey, need not load Skia.
type Canvas = typeof import('@napi-rs/canvas');
let canvasModule: Promise<Canvas> | undefined;
function loadCanvas(): Promise<Canvas> {
  canvasModule ??= import('@napi-rs/canvas').then((canvas) => {
    const require = createRequire(import.meta.url);
    // The font collection is the process's: the first of the pool's threads registers them.
    for (const [family, pkg, file] of FONT_FILES) {
      if (!canvas.GlobalFonts.has(family)) canvas.GlobalFonts.register(readFileSync(require.resolve(`${pkg}/files/${file}`)), family);
    }
    return canvas;
  });
  return canvasModule;
}

/** A line box's height and where its baseline sits in it (CSS: half the leading above and below). */
function lineBox(context: SKRSContext2D, height?: number): { height: number; baseline: number } {
  const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = context.measureText('');
  const box = height ?? ascent + descent;
  return { height: box, baseline: (box - ascent - descent) / 2 + ascent };
}

/**
 * Everything but the title, per kind of page: the picture without a title, kept as PNG rows (a
 * filter byte and RGBA values each), and the band between the kind and the footer where titles
 * go. Drawing one image then draws only its title.
 */
interface Frame {
  rows: Buffer;
  bandTop: number;
  bandBottom: number;
  /** One row of the band's background, to wipe the last title with. */
  blank: Buffer;
  /** Rows the last title was drawn on. */
  drawn: [from: number, to: number];
  /** The rows above a title that starts at a given row, deflated once for every image whose title starts there. */
  above: Map<number, LeadingRows>;
  /** The title's canvas: the width of the text column, the height of the band. */
  title: SKRSContext2D;
}
const frames = new Map<string, Frame>();
const STRIDE = WIDTH * 4 + 1;

function frameOf({ createCanvas }: Canvas, input: OgImageInput): Frame {
  const key = JSON.stringify([input.kind, input.accent, input.siteName, input.siteHost]);
  let frame = frames.get(key);
  if (frame) return frame;
  const canvas = createCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.fillStyle = input.accent;
  context.fillRect(0, 0, BORDER, HEIGHT);

  // The kind: a dot in its colour and its name, centred on one line at the top.
  context.font = `600 30px ${SANS}`;
  const kindText = lineBox(context);
  const kindHeight = Math.max(KIND_DOT, kindText.height);
  context.beginPath();
  context.arc(CONTENT_LEFT + KIND_DOT / 2, CONTENT_TOP + kindHeight / 2, KIND_DOT / 2, 0, 2 * Math.PI);
  context.fill();
  context.fillStyle = MUTED;
  context.fillText(input.kind, CONTENT_LEFT + KIND_DOT + KIND_GAP, CONTENT_TOP + (kindHeight - kindText.height) / 2 + kindText.baseline);

  // The site's name and host at the bottom, at either end.
  context.font = `600 28px ${SANS}`;
  const footer = lineBox(context);
  const footerTop = CONTENT_BOTTOM - footer.height;
  context.fillStyle = SITE_NAME;
  context.fillText(input.siteName, CONTENT_LEFT, footerTop + footer.baseline);
  context.fillStyle = MUTED;
  context.textAlign = 'right';
  context.fillText(input.siteHost, CONTENT_LEFT + CONTENT_WIDTH, footerTop + footer.baseline);

  const rows = Buffer.alloc(STRIDE * HEIGHT);
  const pixels = canvas.data(); // RGBA; every pixel opaque, so premultiplied values are the plain ones
  for (let y = 0; y < HEIGHT; y++) rows.set(pixels.subarray(y * WIDTH * 4, (y + 1) * WIDTH * 4), y * STRIDE + 1);
  const bandTop = Math.ceil(CONTENT_TOP + kindHeight);
  const bandBottom = Math.floor(footerTop);
  const middle = Math.floor((bandTop + bandBottom) / 2) * STRIDE + 1 + CONTENT_LEFT * 4;
  const title = createCanvas(CONTENT_WIDTH, bandBottom - bandTop).getContext('2d');
  title.letterSpacing = '-1px';
  frame = { rows, bandTop, bandBottom, blank: Buffer.from(rows.subarray(middle, middle + CONTENT_WIDTH * 4)), drawn: [0, 0], above: new Map(), title };
  frames.set(key, frame);
  return frame;
}

export async function drawOgImage(input: OgImageInput): Promise<Buffer> {
  const canvas = await loadCanvas();
  // From here on synchronous: no other drawing can touch the frame in between.
  const frame = frameOf(canvas, input);
  const { title: context, bandTop, bandBottom } = frame;
  const bandHeight = bandBottom - bandTop;
  const size = titleSize(input.title);
  context.font = `700 ${size}px ${SERIF}`;
  const line = lineBox(context, size * TITLE_LINE_HEIGHT);
  const lines = wrapTitle(input.title, (text) => context.measureText(text).width, CONTENT_WIDTH, Math.floor(bandHeight / line.height));
  // Centred in the band, as a column with its items spaced between would place it.
  const blockTop = (bandHeight - lines.length * line.height) / 2;
  // Ink reaches past the line boxes (descenders and accents at this line height): the rows
  // painted run from the highest ink to the lowest, within the band. The first is rounded down
  // to a multiple of 8, so that few rows start a title and the rows above it are deflated once.
  let [inkTop, inkBottom] = [Infinity, -Infinity];
  const baselines = lines.map((text, index) => {
    const baseline = blockTop + index * line.height + line.baseline;
    const { actualBoundingBoxAscent: ascent, actualBoundingBoxDescent: descent } = context.measureText(text);
    [inkTop, inkBottom] = [Math.min(inkTop, baseline - ascent), Math.max(inkBottom, baseline + descent)];
    return baseline;
  });
  const from = Math.max(0, Math.floor((inkTop - 1) / 8) * 8);
  const to = Math.min(bandHeight, Math.max(from, Math.ceil(inkBottom) + 1));
  context.fillStyle = BACKGROUND;
  context.fillRect(0, from, CONTENT_WIDTH, to - from);
  context.fillStyle = INK;
  lines.forEach((text, index) => context.fillText(text, 0, baselines[index]!));
  const pixels = context.getImageData(0, from, CONTENT_WIDTH, Math.max(1, to - from)).data;

  for (let y = frame.drawn[0]; y < frame.drawn[1]; y++) frame.rows.set(frame.blank, y * STRIDE + 1 + CONTENT_LEFT * 4);
  const top = bandTop + from;
  const titleStride = CONTENT_WIDTH * 4;
  for (let y = 0; y < to - from; y++) frame.rows.set(pixels.subarray(y * titleStride, (y + 1) * titleStride), (top + y) * STRIDE + 1 + CONTENT_LEFT * 4);
  frame.drawn = [top, top + (to - from)];
  // Titles start on a few rows only (their height goes by length): the frame above them is deflated once per row.
  let above = frame.above.get(top);
  if (!above) frame.above.set(top, (above = deflateLeadingRows(frame.rows.subarray(0, top * STRIDE))));
  return encodePngAfter(above, frame.rows.subarray(top * STRIDE), WIDTH, HEIGHT);
}
