import { describe, expect, it } from 'vitest';
import { formatDate, impossibleDates, isoDay, yearOf } from '../../src/lib/dates.ts';

describe('dates', () => {
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
      'pubDate: 2024-13-45 is not a real calendar date (write YYYY-MM-DD, e.g. 2024-05-31)',
      'updatedDate: 2023-02-29 is not a real calendar date (write YYYY-MM-DD, e.g. 2024-05-31)',
    ]);
  });

  it('ignores fields that are absent or not written as YYYY-MM-DD', () => {
    expect(impossibleDates('pubDate: volgende week', ['pubDate', 'updatedDate'])).toEqual([]);
  });
});
