import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';
import { checkLinks } from '../support/links.ts';

describe('internal links in dist/', () => {
  it('all resolve, including #fragments', () => {
    const { checked, broken } = checkLinks(DIST, { site: process.env.SITE_URL || 'https://gesprek.example.nl', base: process.env.BASE_PATH || '/' });
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
