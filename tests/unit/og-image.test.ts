import { describe, expect, it } from 'vitest';
import { ogImageKey, titleSize } from '../../src/lib/og-image.ts';

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
