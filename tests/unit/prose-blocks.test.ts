import type { Root } from 'hast';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { proseBlocks, referenceOfPath, type ProseBlock } from '../../src/lib/prose-blocks.ts';

/** Compiles MDX the way the site does (Sätteri) and returns the blocks its hast gives. */
async function blocksOf(mdx: string): Promise<ProseBlock[]> {
  let blocks: ProseBlock[] = [];
  await mdxToJs(mdx, { hastPlugins: [{ name: 'test', after: (root) => void (blocks = proseBlocks(root as unknown as Root)) }] });
  return blocks;
}

describe('referenceOfPath', () => {
  it('recognises links to entry pages, with or without fragment, query or trailing slash', () => {
    expect(referenceOfPath('/personen/doc-searls/')).toBe('people/doc-searls');
    expect(referenceOfPath('/begrippen/dialoog/#kern')).toBe('concepts/dialoog');
    expect(referenceOfPath('/boeken/the-cluetrain-manifesto?x=1')).toBe('books/the-cluetrain-manifesto');
    expect(referenceOfPath('/organisaties/klm/')).toBe('organisations/klm');
    expect(referenceOfPath('/theses/12/')).toBe('theses#12');
  });
  it('ignores other pages and index pages', () => {
    for (const href of ['/artikelen/x/', '/begrippen/', '/theses/', '/personen/x/y/', 'https://example.org/personen/x/'])
      expect(referenceOfPath(href), href).toBeUndefined();
  });
});

describe('proseBlocks', () => {
  it('keeps paragraphs and list items as blocks, with <Term>, links to entries and <Thesis> marked', async () => {
    const blocks = await blocksOf(
      [
        'Een <Term id="dialoog">tweegesprek</Term> en <Term id="broadcasting" />, met [Doc](/personen/doc-searls/) en [een artikel](/artikelen/x/).',
        '',
        '<Thesis n={12} />',
        '',
        '- een **vet** item met [KLM](/organisaties/klm/)',
        '- nog een',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      ['Een ', ['concepts/dialoog', 'tweegesprek'], ' en ', ['concepts/broadcasting', ''], ', met ', ['people/doc-searls', 'Doc'], ' en een artikel.'],
      [['theses#12', '']],
      ['een vet item met ', ['organisations/klm', 'KLM']],
      ['nog een'],
    ]);
  });

  it('leaves out code blocks and takes a <Quote> with its attribution', async () => {
    const blocks = await blocksOf(
      '```\nDoc Searls in code\n```\n\n<Quote by="Doc" person="doc-searls" source="the-intention-economy" lang="en">\nMarkets are conversations.\n</Quote>\n\n<Quote by="Iemand">Zonder bron.</Quote>\n\nSlot met `inline code`.',
    );
    expect(blocks).toEqual([
      ['Markets are conversations. — ', ['people/doc-searls', 'Doc'], ', ', ['books/the-intention-economy', '']],
      ['Zonder bron. — Iemand'],
      ['Slot met inline code.'],
    ]);
  });

  it('collapses whitespace across lines', async () => {
    expect(await blocksOf('Een zin\nover   twee regels.')).toEqual([['Een zin over twee regels.']]);
  });
});
