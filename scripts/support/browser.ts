/** Launches the machine's Chromium through playwright-core (no browser download). */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist, type StaticServer } from './static-server.ts';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}

/**
 * Serves a built site and launches Chromium for the tests of one file, closing both after.
 * Read `site.server` and `site.browser` inside tests (they are set in beforeAll). Pass a
 * function for `dist` when the site is built by an earlier beforeAll of the same file.
 */
export function useBuiltSite(dist: string | (() => string), base = process.env.BASE_PATH || '/') {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveDist(typeof dist === 'function' ? dist() : dist, base);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
