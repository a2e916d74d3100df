import { describe, expect, it } from 'vitest';
import { mentionFinder, sentences } from '../../src/lib/mentions.ts';

const find = mentionFinder([
  { collection: 'organisations', id: 'klm', names: ['KLM', 'Koninklijke Luchtvaart Maatschappij'] },
  { collection: 'concepts', id: 'dialoog', names: ['dialoog', 'tweegesprek'] },
  { collection: 'people', id: 'doc-searls', names: ['Doc Searls'] },
  { collection: 'concepts', id: 'kort', names: ['ab'] },
]);

describe('sentences', () => {
  it('splits at sentence ends followed by a capital, digit or quote, not inside abbreviations like "bv. de"', () => {
    expect(sentences('Eerste zin. Tweede zin! “Derde” zin? 4 dingen. bv. niet hier')).toEqual([
      'Eerste zin.',
      'Tweede zin!',
      '“Derde” zin?',
      '4 dingen. bv. niet hier',
    ]);
  });
});

describe('mentionFinder', () => {
  it('finds entries by name or alias, case-insensitively, with the sentence of the first mention', () => {
    const found = find('Het begon in 2010. De klm twitterde. Later kwam het tweegesprek op gang, zegt Doc Searls.');
    expect(found).toEqual([
      { collection: 'organisations', id: 'klm', name: 'klm', sentence: 'De klm twitterde.' },
      { collection: 'concepts', id: 'dialoog', name: 'tweegesprek', sentence: 'Later kwam het tweegesprek op gang, zegt Doc Searls.' },
      { collection: 'people', id: 'doc-searls', name: 'Doc Searls', sentence: 'Later kwam het tweegesprek op gang, zegt Doc Searls.' },
    ]);
  });

  it('matches whole words only, across diacritics', () => {
    expect(find('KLMers en dialogen en ab-testen')).toEqual([]);
    expect(find('Een dialoog.')[0]?.id).toBe('dialoog');
  });

  it('ignores names shorter than three characters, which match too much', () => {
    expect(find('ab ab ab')).toEqual([]);
  });
});
