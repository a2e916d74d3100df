import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatableArticle } from '../../src/lib/related.ts';

const ref = (id: string) => ({ id });
function article(id: string, date: string, type: string, tags: string[], extra: Partial<RelatableArticle['data']> = {}): RelatableArticle {
  return { id, data: { type, pubDate: new Date(date), tags, ...extra } };
}

describe('relatedArticles', () => {
  const articles = [
    article('klm-case', '2024-01-01', 'case-study', ['klm', 'webcare'], { organisation: ref('klm'), concepts: [ref('real-time-marketing')] }),
    article('realtime-essay', '2024-02-01', 'thesis', ['webcare'], { concepts: [ref('real-time-marketing')] }),
    article('webcare-column', '2024-03-01', 'opinion', ['webcare']),
    article('klm-column', '2024-04-01', 'opinion', ['klm']),
    article('unrelated-case', '2023-01-01', 'case-study', ['boeken']),
    article('older-case', '2022-01-01', 'case-study', ['storytelling']),
  ];
  const related = relatedArticles(articles, 3);
  const ids = (id: string) => related.get(id)!.map((item) => item.id);

  it('ranks shared entities above shared tags', () => {
    // realtime-essay shares a concept (3) and a tag (2); the columns share one tag each (2).
    expect(ids('klm-case')[0]).toBe('realtime-essay');
  });

  it('breaks equal scores by recency', () => {
    expect(ids('klm-case').slice(1)).toEqual(['klm-column', 'webcare-column']);
  });

  it('never lists an article as related to itself and respects the count', () => {
    for (const [id, list] of related) {
      expect(list.map((item) => item.id)).not.toContain(id);
      expect(list.length).toBeLessThanOrEqual(3);
    }
  });

  it('tops up with the newest articles of the same type when too little is shared', () => {
    // unrelated-case shares nothing; it falls back to the other case studies, newest first.
    expect(ids('unrelated-case')).toEqual(['klm-case', 'older-case']);
  });

  it('counts the same type as a tie-breaking bonus', () => {
    const withType = relatedArticles(
      [article('a', '2024-01-01', 'opinion', ['x']), article('b', '2024-06-01', 'thesis', ['x']), article('c', '2024-02-01', 'opinion', ['x'])],
      1,
    );
    expect(withType.get('a')!.map((item) => item.id)).toEqual(['c']);
  });
});
