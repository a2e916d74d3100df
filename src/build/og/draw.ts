/**
 * Open Graph images (1200×630 PNG) drawn with satori (layout to SVG) and resvg (SVG to PNG)
 * in the site's own fonts. Only the title changes between images of a kind, so each kind's
 * frame is drawn once and each image lays out and rasterises its title alone (about a third of
 * the canvas), and the PNG is encoded from the frame's rows with the title's written in: the
 * rows above the title are deflated once for all images whose title starts on the same row.
 * Pure drawing: caching and threads live in `images.ts`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type satori from 'satori';
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
const DESIGN_VERSION = 4;
const WIDTH = 1200;
const HEIGHT = 630;

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => readFile(require.resolve(`${pkg}/files/${file}`));

let fontsPromise: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;
function fonts() {
  // Latin and Latin Extended of each face, so é, ë, ö and ĳ render in the site's fonts.
  fontsPromise ??= Promise.all([
    fontFile('@fontsource/literata', 'literata-latin-700-normal.woff'),
    fontFile('@fontsource/literata', 'literata-latin-ext-700-normal.woff'),
    fontFile('@fontsource/inter', 'inter-latin-600-normal.woff'),
    fontFile('@fontsource/inter', 'inter-latin-ext-600-normal.woff'),
  ]).then(([serif, serifExt, sans, sansExt]) => [
    { name: 'Literata', data: serif!, weight: 700 as const, style: 'normal' as const },
    { name: 'Literata Ext', data: serifExt!, weight: 700 as const, style: 'normal' as const },
    { name: 'Inter', data: sans!, weight: 600 as const, style: 'normal' as const },
    { name: 'Inter Ext', data: sansExt!, weight: 600 as const, style: 'normal' as const },
  ]);
  return fontsPromise;
}

/** Long titles get a smaller size so they fit in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  if (title.length <= 110) return 52;
  return 44;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
// The canvas minus the accent border (24) and the padding (96 left, 72 right).
const CONTENT_WIDTH = WIDTH - 24 - 96 - 72;
const CONTENT_LEFT = 24 + 96;
const CONTENT_TOP = 64;
const CONTENT_HEIGHT = HEIGHT - 64 - 56;
const BACKGROUND = '#fbfaf7';
const INK = '#1f1c18';
const SERIF = 'Literata, Literata Ext';
const SANS = 'Inter, Inter Ext';
const box = (style: Record<string, unknown>, children: (Node | string)[] | Node | string): Node => ({ type: 'div', props: { style, children } });

const kindRow = ({ kind, accent }: OgImageInput) =>
  box({ display: 'flex', alignItems: 'center', gap: 16, fontFamily: SANS, fontSize: 30, color: '#5a544b' }, [
    box({ width: 22, height: 22, borderRadius: 11, background: accent }, ''),
    kind,
  ]);
const titleBlock = (title: string) =>
  box({ display: 'flex', width: CONTENT_WIDTH, fontFamily: SERIF, fontSize: titleSize(title), lineHeight: 1.15, letterSpacing: -1 }, title);
const footerRow = ({ siteName, siteHost }: OgImageInput) =>
  box({ display: 'flex', width: CONTENT_WIDTH, justifyContent: 'space-between', fontFamily: SANS, fontSize: 28, color: '#5a544b' }, [
    box({ display: 'flex', color: '#a63c0c' }, siteName),
    box({ display: 'flex' }, siteHost),
  ]);

/** The whole picture: the kind at the top, the site at the bottom, the title centred between. */
export function layout(input: OgImageInput): Node {
  // Explicit sizes and margins rather than padding: satori sizes boxes without padding.
  return box({ width: WIDTH, height: HEIGHT, display: 'flex', background: BACKGROUND, color: INK }, [
    box({ width: 24, height: HEIGHT, background: input.accent }, ''),
    box(
      {
        width: CONTENT_WIDTH,
        height: CONTENT_HEIGHT,
        marginTop: CONTENT_TOP,
        marginLeft: 96,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
      },
      [kindRow(input), titleBlock(input.title), footerRow(input)],
    ),
  ]);
}

/** Names the cached file: a hash of everything drawn, and of the design version. */
export function ogImageKey(input: OgImageInput): string {
  return createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, input })).digest('hex').slice(0, 24);
}

// Loaded on first use, not at the top: only the worker threads draw, and the build's main
// thread must not load resvg before images.ts has tuned its allocator.
const renderers = () => Promise.all([import('satori'), import('@resvg/resvg-js')]).then(([satori, resvg]) => ({ satori: satori.default, Resvg: resvg.Resvg }));
type Renderers = Awaited<ReturnType<typeof renderers>>;
let renderersPromise: Promise<Renderers> | undefined;

/** SVG to RGBA pixels. The backgrounds are opaque, so resvg's premultiplied values are the plain ones. */
function rasterise({ Resvg }: Renderers, svg: string) {
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render();
}

/**
 * Everything but the title, per kind of page: the picture drawn with an empty title, kept as PNG
 * rows (a filter byte and RGBA values each), and the band between the kind and the footer
 * where titles go. Drawing one image then lays out and rasterises only its title.
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
}
const frames = new Map<string, Promise<Frame>>();
const STRIDE = WIDTH * 4 + 1;

async function frameOf(render: Renderers, input: OgImageInput): Promise<Frame> {
  const key = JSON.stringify([input.kind, input.accent, input.siteName, input.siteHost]);
  let frame = frames.get(key);
  if (!frame) {
    frame = (async () => {
      const fontList = await fonts();
      const image = rasterise(
        render,
        await render.satori(layout({ ...input, title: '' }) as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts: fontList }),
      );
      const rows = Buffer.alloc(STRIDE * HEIGHT);
      const pixels = image.pixels; // a getter that copies out of resvg: read once
      for (let y = 0; y < HEIGHT; y++) rows.set(pixels.subarray(y * WIDTH * 4, (y + 1) * WIDTH * 4), y * STRIDE + 1);
      // The kind's and the footer's own heights, as the column lays them out.
      const heightOf = async (node: Node) =>
        Number(/height="([\d.]+)"/.exec(await render.satori(node as Parameters<typeof satori>[0], { width: CONTENT_WIDTH, fonts: fontList }))![1]);
      const bandTop = CONTENT_TOP + (await heightOf(kindRow(input)));
      const bandBottom = CONTENT_TOP + CONTENT_HEIGHT - (await heightOf(footerRow(input)));
      const middle = Math.floor((bandTop + bandBottom) / 2) * STRIDE + 1 + CONTENT_LEFT * 4;
      return { rows, bandTop, bandBottom, blank: Buffer.from(rows.subarray(middle, middle + CONTENT_WIDTH * 4)), drawn: [0, 0], above: new Map() };
    })();
    frames.set(key, frame);
  }
  return frame;
}

export async function drawOgImage(input: OgImageInput): Promise<Buffer> {
  const render = await (renderersPromise ??= renderers());
  const frame = await frameOf(render, input);
  const titleSvg = await render.satori(
    box({ display: 'flex', background: BACKGROUND, color: INK }, [titleBlock(input.title)]) as Parameters<typeof satori>[0],
    {
      width: CONTENT_WIDTH,
      fonts: await fonts(),
    },
  );
  // From here on synchronous: no other drawing can touch the frame's rows in between.
  const title = rasterise(render, titleSvg);
  // Centred in the band, where the whole layout's space-between puts it (to the nearest pixel).
  const top = Math.round(frame.bandTop + (frame.bandBottom - frame.bandTop - title.height) / 2);
  for (let y = frame.drawn[0]; y < frame.drawn[1]; y++) frame.rows.set(frame.blank, y * STRIDE + 1 + CONTENT_LEFT * 4);
  const [pixels, titleStride] = [title.pixels, title.width * 4];
  for (let y = 0; y < title.height; y++) frame.rows.set(pixels.subarray(y * titleStride, (y + 1) * titleStride), (top + y) * STRIDE + 1 + CONTENT_LEFT * 4);
  frame.drawn = [top, top + title.height];
  // Titles start on a few rows only (their height goes by length): the frame above them is deflated once per row.
  let above = frame.above.get(top);
  if (!above) frame.above.set(top, (above = deflateLeadingRows(frame.rows.subarray(0, top * STRIDE))));
  return encodePngAfter(above, frame.rows.subarray(top * STRIDE), WIDTH, HEIGHT);
}
