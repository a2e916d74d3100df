import { describe, expect, it } from 'vitest';
import { mentionContextFinder, type ContextOptions, type ContextTarget } from '../../src/lib/mention-context.ts';
import type { ProseBlock } from '../../src/lib/prose-blocks.ts';

const TITLES: Record<string, string> = { 'concepts/dialoog': 'Dialoog', 'people/doc-searls': 'Doc Searls', 'theses/these-12': 'These 12' };
const options: ContextOptions = {
  resolve: (ref, label) => {
    const key = ref === 'theses#12' ? 'theses/these-12' : ref;
    return TITLES[key] === undefined ? undefined : { key, label: label || TITLES[key]! };
  },
};
const mentionContext = (blocks: ProseBlock[], target: ContextTarget, given: ContextOptions) => mentionContextFinder(target, given)(blocks);
const join = (context: ReturnType<typeof mentionContext>) => context && `${context.before}[${context.mention}]${context.after}`;

describe('mentionContextFinder', () => {
  it('quotes the sentence of the first mention by name or alias, case-insensitively and whole-word', () => {
    const blocks: ProseBlock[] = [
      [
        'Niets hier. De dialoogvorm telt niet. Een lange eerste zin over iets anders, die ruim genoeg is om alleen te staan. Toen kwam de DIALOOG op gang, en iedereen deed mee aan dat gesprek, ook wie eerst nog twijfelde. Daarna niets.',
      ],
    ];
    expect(join(mentionContext(blocks, { key: 'concepts/dialoog', names: ['dialoog'] }, options))).toBe(
      'Toen kwam de [DIALOOG] op gang, en iedereen deed mee aan dat gesprek, ook wie eerst nog twijfelde.',
    );
  });

  it('finds explicit references (<Term>, links) whatever their words, and prefers the earlier mention', () => {
    const blocks: ProseBlock[] = [
      ['Dit is een zin over een ', ['concepts/dialoog', 'tweegesprek'], ' die lang genoeg is om op zichzelf te staan in een backlink. Later: dialoog.'],
    ];
    expect(join(mentionContext(blocks, { key: 'concepts/dialoog', names: ['Dialoog'] }, options))).toBe(
      'Dit is een zin over een [tweegesprek] die lang genoeg is om op zichzelf te staan in een backlink.',
    );
  });

  it('shows the entry’s own name for a reference without words (<Term id /> and <Thesis />)', () => {
    const blocks: ProseBlock[] = [[['theses#12', '']], ['Stelling 12 was profetisch. Iets anders.']];
    expect(join(mentionContext(blocks, { key: 'theses/these-12', names: ['These 12'] }, options))).toBe('[These 12] — Stelling 12 was profetisch.');
  });

  it('adds the next sentence to a short one', () => {
    const blocks: ProseBlock[] = [['Kort: Doc Searls. Hij schreef later een boek. En nog meer.']];
    expect(join(mentionContext(blocks, { key: 'people/doc-searls', names: ['Doc Searls'] }, options))).toBe('Kort: [Doc Searls]. Hij schreef later een boek.');
  });

  it('cuts a very long sentence around the mention at word boundaries', () => {
    const long = `${'woord '.repeat(80)}Doc Searls ${'slot '.repeat(80)}einde.`;
    const context = mentionContext([[long]], { key: 'people/doc-searls', names: ['Doc Searls'] }, { ...options, maxLength: 120 })!;
    expect(context.mention).toBe('Doc Searls');
    expect(context.before.startsWith('…woord')).toBe(true);
    expect(context.after.endsWith('slot…')).toBe(true);
    expect(context.before.length + context.mention.length + context.after.length).toBeLessThanOrEqual(122);
  });

  it('gives nothing when the text never mentions the entry, nor for names shorter than three letters', () => {
    expect(mentionContext([['Over iets anders.']], { key: 'concepts/dialoog', names: ['Dialoog'] }, options)).toBeUndefined();
    expect(mentionContext([['AI is overal.']], { key: 'concepts/ai', names: ['AI'] }, options)).toBeUndefined();
  });
});
