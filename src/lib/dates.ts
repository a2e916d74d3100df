import { contentNl } from '../i18n/authoring.nl.ts';

const LOCALE = 'nl-NL';

// Dates in content are calendar days; formatting in UTC keeps "2024-05-31" on the 31st
// wherever the build runs.
const longDate = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "31 mei 2024" */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2024-05-31", for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}

/** An MDX/Markdown source without its YAML frontmatter block. */
export function withoutFrontmatter(source: string): string {
  return source.replace(/^\uFEFF?---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/, '');
}

/** The YAML frontmatter block of an MDX/Markdown source, as text ('' when there is none). */
export function frontmatterOf(source: string): string {
  return source.split(/^---\s*$/m)[1] ?? '';
}

/** A field written as a YYYY-MM-DD date in raw frontmatter, as its three numbers' text. */
function rawDate(frontmatter: string, field: string): RegExpExecArray | null {
  return new RegExp(`^${field}:\\s*['"]?(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'm').exec(frontmatter);
}

/** A date field as a YAML parser hands it over: a Date (js-yaml reads YYYY-MM-DD so), or text. */
export function parsedDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** The first of `fields` written as a YYYY-MM-DD date, e.g. "2024-05-31". */
export function frontmatterDate(frontmatter: string, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const match = rawDate(frontmatter, field);
    if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  }
  return undefined;
}

/**
 * YAML turns `2024-13-45` into a valid Date by rolling over (to 2025-02-14), so a typo would
 * silently publish on the wrong day. This checks the raw frontmatter text instead: each
 * named field written as a YYYY-MM-DD date must be a real calendar day. Returns one message
 * per bad field.
 */
export function impossibleDates(frontmatter: string, fields: readonly string[]): string[] {
  const problems: string[] = [];
  for (const field of fields) {
    const match = rawDate(frontmatter, field);
    if (!match) continue;
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      problems.push(contentNl.impossibleDate(field, match[0].slice(field.length + 1).trim()));
    }
  }
  return problems;
}
