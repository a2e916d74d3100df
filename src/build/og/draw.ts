/**
 * Open Graph images (1200×630 PNG) drawn with satori (layout to SVG) and resvg (SVG to PNG)
 * in the site's own fonts. Pure drawing: caching and threads live in `og-images.ts`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type satori from 'satori';
import { encodePng } from './png.ts';

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
const DESIGN_VERSION = 3;
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
const SERIF = 'Literata, Literata Ext';
const SANS = 'Inter, Inter Ext';
const box = (style: Record<string, unknown>, children: (Node | string)[] | Node | string): Node => ({ type: 'div', props: { style, children } });

function layout({ title, kind, accent, siteName, siteHost }: OgImageInput): Node {
  // Explicit sizes and margins rather than padding: satori sizes boxes without padding.
  return box({ width: WIDTH, height: HEIGHT, display: 'flex', background: '#fbfaf7', color: '#1f1c18' }, [
    box({ width: 24, height: HEIGHT, background: accent }, ''),
    box(
      {
        width: CONTENT_WIDTH,
        height: HEIGHT - 64 - 56,
        marginTop: 64,
        marginLeft: 96,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
      },
      [
        box({ display: 'flex', alignItems: 'center', gap: 16, fontFamily: SANS, fontSize: 30, color: '#5a544b' }, [
          box({ width: 22, height: 22, borderRadius: 11, background: accent }, ''),
          kind,
        ]),
        box({ display: 'flex', width: CONTENT_WIDTH, fontFamily: SERIF, fontSize: titleSize(title), lineHeight: 1.15, letterSpacing: -1 }, title),
        box({ display: 'flex', width: CONTENT_WIDTH, justifyContent: 'space-between', fontFamily: SANS, fontSize: 28, color: '#5a544b' }, [
          box({ display: 'flex', color: '#a63c0c' }, siteName),
          box({ display: 'flex' }, siteHost),
        ]),
      ],
    ),
  ]);
}

/** Names the cached file: a hash of everything drawn, and of the design version. */
export function ogImageKey(input: OgImageInput): string {
  return createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, input })).digest('hex').slice(0, 24);
}

export async function drawOgImage(input: OgImageInput): Promise<Buffer> {
  // Loaded here, not at the top: only the worker threads draw, and the build's main thread
  // must not load resvg before og-images.ts has tuned its allocator.
  const [{ default: layoutSvg }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await layoutSvg(layout(input) as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts: await fonts() });
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  // resvg's pixels are premultiplied; the background covers the whole canvas, so every pixel is
  // opaque and premultiplied values are the plain ones.
  return encodePng(image.pixels, image.width, image.height);
}
