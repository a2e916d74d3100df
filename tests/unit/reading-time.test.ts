import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time.ts';

describe('countWords', () => {
  it('counts the words a reader sees, not the markup', () => {
    const source = [
      "import Quote from '../components/Quote.astro';",
      '',
      '## Een kop',
      '',
      'Lees [het manifest](https://example.com/x) en **denk** na.',
      '',
      '<Quote by="Doc Searls">Markten zijn gesprekken</Quote>',
      '',
      '![alt tekst](./beeld.jpg)',
    ].join('\n');
    // Een kop (2) + Lees het manifest en denk na (6) + Markten zijn gesprekken (3)
    expect(countWords(source)).toBe(11);
  });

  it('keeps words with diacritics and digits whole', () => {
    expect(countWords('Eyjafjallajökull barstte in 2010 uit.')).toBe(5);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes and never reports zero', () => {
    expect(readingMinutes('kort')).toBe(1);
    expect(
      readingMinutes(
        Array(WORDS_PER_MINUTE * 4)
          .fill('woord')
          .join(' '),
      ),
    ).toBe(4);
    expect(
      readingMinutes(
        Array(Math.round(WORDS_PER_MINUTE * 2.6))
          .fill('woord')
          .join(' '),
      ),
    ).toBe(3);
  });
});
