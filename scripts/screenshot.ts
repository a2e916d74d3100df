/**
 * Screenshots built pages for a human look: `node scripts/screenshot.ts /artikelen/x/ [--dark] [--width 390]`.
 * Writes PNGs to .cache/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './support/browser.ts';
import { serveDist } from './support/static-server.ts';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const widthIndex = args.indexOf('--width');
const width = widthIndex >= 0 ? Number(args[widthIndex + 1]) : 1280;
const paths = args.filter((arg, index) => arg.startsWith('/') && args[index - 1] !== '--width');
const base = process.env.BASE_PATH || '/';

await mkdir('.cache/screenshots', { recursive: true });
const server = await serveDist(`${process.cwd()}/dist`, base);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
for (const path of paths) {
  await page.goto(`${server.root}${path}`);
  const file = `.cache/screenshots/${path.replace(/[^a-z0-9]+/gi, '_')}${dark ? '-dark' : ''}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
await server.close();
