/**
 * The favicon, drawn from its SVG source (src/assets/favicon.svg) as a PNG. Browsers fetch the
 * favicon on every page; Chromium builds a whole document in the page's renderer to draw an SVG
 * one (20 to 50 ms on the test machines, four times that in Lighthouse's mobile run), where a
 * small PNG decodes in a few. The PNG is committed in public/ (`npm run icons` redraws it), so
 * a build does not load resvg at all.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const FAVICON_SOURCE = new URL('../assets/favicon.svg', import.meta.url);
export const FAVICON_FILE = new URL('../../public/favicon.png', import.meta.url);
/** Google Search shows favicons whose size is a multiple of 48 px. */
export const FAVICON_SIZE = 48;

export function renderFavicon(): Buffer {
  return new Resvg(readFileSync(FAVICON_SOURCE, 'utf8'), { fitTo: { mode: 'width', value: FAVICON_SIZE } }).render().asPng();
}
