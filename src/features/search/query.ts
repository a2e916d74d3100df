/**
 * What the search sends Pagefind for what the reader typed, and what it highlights.
 *
 * Pagefind matches a word by its stem (gesprekken → sprek), but fetches the index chunk of the
 * typed word as well as the stem's, in case a chunk boundary falls between them. The typed word
 * sits elsewhere in the alphabet (gesprek, under g), so that is a second chunk of tens of KB on
 * a large site, read for nothing. Given the stem, Pagefind fetches the stem's chunks only and
 * finds the same pages: it stems the stem again, so only a stem that stems to itself is sent.
 *
 * One difference in ranking: Pagefind gives a bonus to index words that the typed word extends
 * or is extended by (meant for diacritics); for a rewritten word that bonus now goes to every
 * word it matches, as it already did for a word typed as its own stem (klant).
 */
import { stemDutch } from './dutch-stemmer.ts';

/** Pagefind's query normalisation drops these (dashes, quotes, brackets, other punctuation). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A query word in the form Pagefind stems it: lower case, a–z only (no diacritics, no digits). */
const PLAIN_WORD = /^[a-z]+$/;

/** The query Pagefind is asked: each plain word as its stem; a "quoted" (exact) query as typed. */
export function pagefindQuery(query: string): string {
  if (/^\s*".+"\s*$/.test(query)) return query;
  return query
    .split(/\s+/)
    .map((word) => {
      const plain = word.toLowerCase();
      if (!PLAIN_WORD.test(plain)) return word;
      const stem = stemDutch(plain);
      return stemDutch(stem) === stem ? stem : word;
    })
    .join(' ');
}

/** The words a result's page marks, as typed (Pagefind would pass the stems it was given). */
export function highlightTerms(query: string): string[] {
  return query.replace(PUNCTUATION, '').toLowerCase().split(/\s+/).filter(Boolean);
}
