/**
 * Broken content must fail the build with a message that names the file and the problem.
 * Each case copies the minimal fixture, breaks one thing and runs a real `astro build`.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../support/build.ts';

const ARTICLE = 'articles/een-geldig-artikel.mdx';

function edit(dir: string, file: string, change: (source: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function setField(field: string, value: string | null) {
  return (source: string) => {
    const line = new RegExp(`^${field}:.*\\n`, 'm');
    const replacement = value === null ? '' : `${field}: ${value}\n`;
    return line.test(source) ? source.replace(line, replacement) : source.replace(/^---\n/, `---\n${replacement}`);
  };
}

describe('the minimal fixture', () => {
  it('builds without errors (so each failure below is caused by its one change)', () => {
    const result = buildSite(copyFixture('valid'));
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });
});

interface BrokenCase {
  name: string;
  breakIt: (dir: string) => void;
  /** Every pattern must appear in the build output. */
  expect: RegExp[];
}

const cases: BrokenCase[] = [
  {
    name: 'missing title',
    breakIt: (dir) => edit(dir, ARTICLE, setField('title', null)),
    expect: [/een-geldig-artikel\.mdx/, /title: title is required/],
  },
  {
    name: 'bad date (not a date at all)',
    breakIt: (dir) => edit(dir, ARTICLE, setField('pubDate', 'volgende week')),
    expect: [/een-geldig-artikel\.mdx/, /pubDate: pubDate must be a date written as YYYY-MM-DD/],
  },
  {
    name: 'bad date (a day that does not exist)',
    breakIt: (dir) => edit(dir, ARTICLE, setField('pubDate', '2024-13-45')),
    expect: [/een-geldig-artikel\.mdx/, /pubDate: 2024-13-45 is not a real calendar date/],
  },
  {
    name: 'unknown type',
    breakIt: (dir) => edit(dir, ARTICLE, setField('type', 'interview')),
    expect: [/een-geldig-artikel\.mdx/, /type: type must be one of: review, thesis, case-study, opinion/],
  },
  {
    name: 'empty tags',
    breakIt: (dir) => edit(dir, ARTICLE, setField('tags', '[]')),
    expect: [/een-geldig-artikel\.mdx/, /tags: tags must name at least one tag/],
  },
  {
    name: 'cover image without alt',
    breakIt: (dir) => edit(dir, ARTICLE, setField('cover', '{ src: ./omslag.png }')),
    expect: [/een-geldig-artikel\.mdx/, /cover\.alt: cover\.alt .* is required/],
  },
  {
    name: 'review without a book',
    breakIt: (dir) => edit(dir, ARTICLE, setField('book', null)),
    expect: [/een-geldig-artikel\.mdx/, /book: a review \(type: review\) must reference the book it reviews/],
  },
  {
    name: 'case study without an organisation',
    breakIt: (dir) => edit(dir, ARTICLE, (source) => setField('book', null)(setField('type', 'case-study')(source))),
    expect: [/een-geldig-artikel\.mdx/, /organisation: a case study \(type: case-study\) must reference its organisation/],
  },
  {
    name: 'dangling reference',
    breakIt: (dir) => edit(dir, ARTICLE, setField('people', '[steven-van-belleghem, iemand-anders]')),
    expect: [/een-geldig-artikel\.mdx: field "people\[1\]" refers to people entry "iemand-anders", which does not exist/],
  },
  {
    name: 'dangling reference between data entries',
    breakIt: (dir) => edit(dir, 'theses/these-1.yaml', setField('source', 'onbekend-boek')),
    expect: [/these-1\.yaml: field "source" refers to books entry "onbekend-boek", which does not exist/],
  },
  {
    name: 'duplicate slug',
    breakIt: (dir) => {
      mkdirSync(join(dir, 'articles/archief'));
      cpSync(join(dir, ARTICLE), join(dir, 'articles/archief/een-geldig-artikel.mdx'));
    },
    expect: [/Duplicate slug "een-geldig-artikel"/, /content\/articles\/een-geldig-artikel\.mdx/, /content\/articles\/archief\/een-geldig-artikel\.mdx/],
  },
  {
    name: 'unknown thesis number in <Thesis>',
    breakIt: (dir) => appendFileSync(join(dir, ARTICLE), '\n<Thesis n={99} />\n'),
    expect: [/een-geldig-artikel\.mdx: <Thesis> n=\{99\}: no thesis with that number in content\/theses \(known: 1\)/],
  },
  {
    name: 'unknown concept id in <Term>',
    breakIt: (dir) => appendFileSync(join(dir, ARTICLE), '\nEen <Term id="bestaat-niet">begrip</Term> in een zin.\n'),
    expect: [/een-geldig-artikel\.mdx: <Term> id="bestaat-niet": no concept with that id in content\/concepts/],
  },
  {
    name: '<Figure> without alt text',
    breakIt: (dir) => appendFileSync(join(dir, ARTICLE), '\n<Figure src="./omslag.png" caption="Zonder alt" />\n'),
    expect: [/een-geldig-artikel\.mdx: <Figure> needs alt="…"/],
  },
  {
    name: '<Figure> naming an image file that is not there',
    breakIt: (dir) => appendFileSync(join(dir, ARTICLE), '\n<Figure src="./bestaat-niet.png" alt="Weg" />\n'),
    expect: [/bestaat-niet\.png/, /een-geldig-artikel\.mdx/],
  },
  {
    name: 'thesis numbered outside its group',
    breakIt: (dir) => edit(dir, 'theses/these-1.yaml', setField('number', '9')),
    expect: [/these-1\.yaml: thesis 9 lies outside its group "markten-zijn-gesprekken" \(1–6\)/],
  },
  {
    name: 'unknown position on a thesis',
    breakIt: (dir) => edit(dir, ARTICLE, setField('theses', '[{ id: these-1, position: steunt }]')),
    expect: [
      /een-geldig-artikel\.mdx/,
      /theses\.0: each thesis is an id such as these-1, or \{ id: these-1, position: supports \} with position one of: supports, nuances, contests, discusses/,
    ],
  },
  {
    name: 'unknown verdict status',
    breakIt: (dir) => appendFileSync(join(dir, 'theses/these-1.yaml'), 'verdict:\n  status: misschien\n  text: Wie weet.\n'),
    expect: [/these-1\.yaml/, /verdict\.status must be one of: holds, partly, no-longer/],
  },
  {
    name: 'invalid MDX syntax',
    breakIt: (dir) => appendFileSync(join(dir, ARTICLE), '\nEen zin met <3 en een {kapotte expressie.\n'),
    expect: [/een-geldig-artikel\.mdx:\d+:\d+/, /Unexpected character/],
  },
];

describe('broken content fails the build with a readable message', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const dir = copyFixture(testCase.name.replace(/\W+/g, '-'));
      testCase.breakIt(dir);
      const result = buildSite(dir);
      expect(result.status, result.output).not.toBe(0);
      for (const pattern of testCase.expect) expect(result.output).toMatch(pattern);
    });
  }
});
