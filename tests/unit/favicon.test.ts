import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { FAVICON_FILE, FAVICON_SIZE, renderFavicon } from '../../src/build/favicon.ts';

describe('the favicon', () => {
  it('public/favicon.png is src/assets/favicon.svg as drawn now (after editing the SVG: npm run icons)', () => {
    const committed = PNG.sync.read(readFileSync(FAVICON_FILE));
    const drawn = PNG.sync.read(renderFavicon());
    expect([committed.width, committed.height]).toEqual([FAVICON_SIZE, FAVICON_SIZE]);
    expect(Buffer.compare(committed.data, drawn.data)).toBe(0);
  });
});
