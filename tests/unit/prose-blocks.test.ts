import type { Root } from 'hast';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { compiledProse } from '../../src/build/compiled-prose.ts';
import { proseForContext } from '../../src/build/markdown-plugins.ts';
import { proseBlocks, referenceOfPath, type ProseBlock } from '../../src/lib/prose-blocks.ts';

let compiles = 0;
/**
 * Compiles MDX the way the site does (Sätteri, GFM, smart punctuation) and returns the blocks the
 * site's plugin keeps: from the outline it builds while the compiler walks, or from the whole
 * tree when a node has no place in that outline.
 */
async function blocksOf(mdx: string): Promise<ProseBlock[]> {
  const file = `/prose-blocks-test/${compiles++}.mdx`;
  await mdxToJs(mdx, { features: { gfm: true, smartPunctuation: true }, hastPlugins: [proseForContext()], fileURL: new URL(`file://${file}`) });
  return compiledProse(file)!;
}

/** The same document read from the whole tree, as the plugin does when the outline cannot place a node. */
async function treeBlocksOf(mdx: string): Promise<ProseBlock[]> {
  let blocks: ProseBlock[] = [];
  await mdxToJs(mdx, {
    features: { gfm: true, smartPunctuation: true },
    hastPlugins: [{ name: 'test', after: (root) => void (blocks = proseBlocks(root as unknown as Root)) }],
  });
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

  it('takes nested lists, quotes in a list item, tables and emphasis the way the tree has them', async () => {
    const mdx = [
      '- boven',
      '  - onder met [Doc](/personen/doc-searls/)',
      '',
      '- los item',
      '',
      '  > geciteerd *binnen* het item',
      '',
      '## Een kop met [KLM](/organisaties/klm/)',
      '',
      '| kolom | met [een begrip](/begrippen/dialoog/) |',
      '| --- | --- |',
      '| cel | `code` |',
      '',
      '<Callout type="tip">Los in een component</Callout>',
      '',
      '<Quote by="Iemand">',
      'Eerste alinea.',
      '',
      'Tweede, met <Term id="dialoog">dialoog</Term>.',
      '</Quote>',
    ].join('\n');
    const expected: ProseBlock[] = [
      ['boven'],
      ['onder met ', ['people/doc-searls', 'Doc']],
      ['los item'],
      ['geciteerd binnen het item'],
      ['kolom'],
      ['met ', ['concepts/dialoog', 'een begrip']],
      ['cel'],
      ['code'],
      ['Los in een component'],
      ['Eerste alinea.'],
      ['Tweede, met ', ['concepts/dialoog', 'dialoog'], '. — Iemand'],
    ];
    expect(await blocksOf(mdx)).toEqual(expected);
    expect(await treeBlocksOf(mdx)).toEqual(expected);
  });

  it('reads a document with footnotes, whose generated section has no source position, from the whole tree', async () => {
    const mdx = 'Een bewering[^1] over [Doc](/personen/doc-searls/).\n\n[^1]: Volgens [het boek](/boeken/the-cluetrain-manifesto/).';
    const blocks = await blocksOf(mdx);
    expect(blocks).toEqual(await treeBlocksOf(mdx));
    expect(blocks[0]).toEqual(['Een bewering1 over ', ['people/doc-searls', 'Doc'], '.']);
    expect(blocks).toContainEqual(['Volgens ', ['books/the-cluetrain-manifesto', 'het boek'], '. ↩']);
  });
});
