import { describe, expect, it } from 'vitest';
import { mentionFinder, proseOfMdx, sentences, unreferenced } from '../../src/lib/mentions.ts';

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

describe('unreferenced and proseOfMdx', () => {
  it('keep the mentions an article does not reference', () => {
    const mentions = find('De klm twitterde. Een dialoog, zegt Doc Searls.');
    expect(unreferenced(mentions, { organisations: ['klm'], people: [] }).map((mention) => mention.id)).toEqual(['dialoog', 'doc-searls']);
  });

  it('read the prose of MDX: no frontmatter, imports, code, tags or link targets', () => {
    const source =
      '---\ntitle: KLM\n---\n\nimport foto from "./klm.png";\n\n## Kop\n\nZie [Doc Searls](/personen/doc-searls/) en <Term id="dialoog">het gesprek</Term> \\{x}.\n\n```\nKLM in code\n```\n';
    expect(proseOfMdx(source).replace(/\s+/g, ' ').trim()).toBe('Kop Zie Doc Searls en het gesprek {x}.');
  });
});
