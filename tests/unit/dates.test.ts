import { describe, expect, it } from 'vitest';
import { formatDate, frontmatterDate, frontmatterOf, impossibleDates, isoDay, parsedDate, withoutFrontmatter, yearOf } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('takes a YAML date as a parser hands it over: a Date as it is, text parsed', () => {
    const day = new Date(Date.UTC(2024, 4, 31));
    expect(parsedDate(day)).toBe(day);
    expect(parsedDate('2024-05-31').getTime()).toBe(day.getTime());
    expect(Number.isNaN(parsedDate(undefined).getTime())).toBe(true);
  });

  it('formats a calendar day in Dutch, without time zone drift', () => {
    const date = new Date('2024-05-31');
    expect(formatDate(date)).toBe('31 mei 2024');
    expect(isoDay(date)).toBe('2024-05-31');
  });

  it('uses the UTC year so New Year articles stay in their year', () => {
    expect(yearOf(new Date('2025-01-01'))).toBe(2025);
    expect(yearOf(new Date('2024-12-31'))).toBe(2024);
  });
});

describe('impossibleDates', () => {
  it('accepts real days, including leap days', () => {
    expect(impossibleDates('pubDate: 2024-02-29\nupdatedDate: "2024-12-31"', ['pubDate', 'updatedDate'])).toEqual([]);
  });

  it('reports days YAML would roll over, per field', () => {
    expect(impossibleDates('title: x\npubDate: 2024-13-45\nupdatedDate: 2023-02-29', ['pubDate', 'updatedDate'])).toEqual([
      'pubDate: 2024-13-45 is geen bestaande datum (schrijf JJJJ-MM-DD, bijvoorbeeld 2024-05-31)',
      'updatedDate: 2023-02-29 is geen bestaande datum (schrijf JJJJ-MM-DD, bijvoorbeeld 2024-05-31)',
    ]);
  });

  it('ignores fields that are absent or not written as YYYY-MM-DD', () => {
    expect(impossibleDates('pubDate: volgende week', ['pubDate', 'updatedDate'])).toEqual([]);
  });
});

describe('frontmatterOf and frontmatterDate', () => {
  const source = '---\ntitle: X\npubDate: 2024-05-02\nupdatedDate: "2024-06-10"\n---\n\nBody with pubDate: 1999-01-01\n';

  it('reads only the frontmatter block', () => {
    expect(frontmatterOf(source)).toBe('\ntitle: X\npubDate: 2024-05-02\nupdatedDate: "2024-06-10"\n');
    expect(frontmatterOf('No frontmatter')).toBe('');
  });

  it('leaves the body without the frontmatter, thematic breaks included', () => {
    expect(withoutFrontmatter(source)).toBe('\nBody with pubDate: 1999-01-01\n');
    expect(withoutFrontmatter('---\r\ntitle: X\r\n---\r\nTekst\r\n\n---\n\nMeer')).toBe('Tekst\r\n\n---\n\nMeer');
    expect(withoutFrontmatter('---\n---\nLeeg')).toBe('Leeg');
    expect(withoutFrontmatter('Geen frontmatter\n\n---\n\nna een lijn\n---\n')).toBe('Geen frontmatter\n\n---\n\nna een lijn\n---\n');
  });

  it('returns the first listed field that holds a date', () => {
    expect(frontmatterDate(frontmatterOf(source), ['updatedDate', 'pubDate'])).toBe('2024-06-10');
    expect(frontmatterDate(frontmatterOf(source), ['pubDate'])).toBe('2024-05-02');
    expect(frontmatterDate(frontmatterOf(source), ['draftDate'])).toBeUndefined();
  });
});
