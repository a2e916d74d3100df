import { describe, expect, it } from 'vitest';
import { articlesByPosition, positionCounts, relatedTheses, type ThesisPosition } from '../../src/lib/positions.ts';

const thesisRef = (id: string, position: ThesisPosition) => ({ thesis: { collection: 'theses', id }, position });
const article = (id: string, ...theses: ReturnType<typeof thesisRef>[]) => ({ id, data: { theses } });
const thesis = (number: number, group: string) => ({ id: `these-${number}`, data: { number, group: { collection: 'thesisGroups', id: group } } });

describe('articlesByPosition', () => {
  const articles = [
    article('nieuw', thesisRef('these-1', 'supports'), thesisRef('these-28', 'contests')),
    article('midden', thesisRef('these-1', 'contests')),
    article('oud', thesisRef('these-1', 'supports'), thesisRef('these-2', 'discusses')),
  ];
  const byThesis = articlesByPosition(articles);

  it('groups each thesis’s articles by the position they take, in the order given', () => {
    const these1 = byThesis.get('these-1')!;
    expect(these1.supports.map((a) => a.id)).toEqual(['nieuw', 'oud']);
    expect(these1.contests.map((a) => a.id)).toEqual(['midden']);
    expect(these1.nuances).toEqual([]);
    expect(byThesis.get('these-2')!.discusses.map((a) => a.id)).toEqual(['oud']);
  });

  it('counts positions, zero for a thesis no article takes up', () => {
    expect(positionCounts(byThesis.get('these-1'))).toEqual({ supports: 2, nuances: 0, contests: 1, discusses: 0 });
    expect(positionCounts(byThesis.get('these-95'))).toEqual({ supports: 0, nuances: 0, contests: 0, discusses: 0 });
  });
});

describe('relatedTheses', () => {
  const all = [thesis(1, 'a'), thesis(2, 'a'), thesis(3, 'a'), thesis(28, 'b'), thesis(50, 'c')];
  it('ranks theses taken up by the same articles above those of the same group', () => {
    const articles = [article('x', thesisRef('these-1', 'supports'), thesisRef('these-28', 'contests'))];
    expect(relatedTheses(all[0]!, all, articles).map((t) => t.id)).toEqual(['these-28', 'these-2', 'these-3']);
  });
  it('leaves out the thesis itself and unrelated theses, and respects the limit', () => {
    expect(relatedTheses(all[0]!, all, [], 1).map((t) => t.id)).toEqual(['these-2']);
    expect(relatedTheses(all[4]!, all, [])).toEqual([]);
  });
});
