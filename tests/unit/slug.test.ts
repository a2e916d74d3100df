import { describe, expect, it } from 'vitest';
import { slugify, slugOfFile } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('folds Dutch and Icelandic diacritics to ASCII', () => {
    expect(slugify('Eyjafjallajökull')).toBe('eyjafjallajokull');
    expect(slugify('Ideeën over één café')).toBe('ideeen-over-een-cafe');
    expect(slugify('Ĳsselmeer')).toBe('ijsselmeer');
  });

  it('joins words with single hyphens and trims the ends', () => {
    expect(slugify('  Real-time   marketing & PR! ')).toBe('real-time-marketing-en-pr');
    expect(slugify('--KLM--')).toBe('klm');
  });

  it('spells other scripts out in Latin letters, so their words survive', () => {
    expect(slugify('Επίπεδο 2')).toBe('epipedo-2');
    expect(slugify('Москва и диалог')).toBe('moskva-i-dialog');
    expect(slugify('Café Москва')).toBe('cafe-moskva');
  });

  it('returns an empty string when nothing sluggable remains', () => {
    expect(slugify('???')).toBe('');
  });
});

describe('slugOfFile', () => {
  it('slugs the file name alone, without folders or extension', () => {
    expect(slugOfFile('2023/Mijn Café.mdx')).toBe('mijn-cafe');
    expect(slugOfFile('de-conversation-manager.yaml')).toBe('de-conversation-manager');
    expect(slugOfFile('a/b/Versie 2.0.mdx')).toBe('versie-2-0');
  });
});
