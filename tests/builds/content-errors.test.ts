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
    expect: [/een-geldig-artikel\.mdx/, /title: title is verplicht en moet tekst zijn/],
  },
  {
    name: 'bad date (not a date at all)',
    breakIt: (dir) => edit(dir, ARTICLE, setField('pubDate', 'volgende week')),
    expect: [/een-geldig-artikel\.mdx/, /pubDate: pubDate moet een datum zijn in de vorm JJJJ-MM-DD/],
  },
  {
    name: 'bad date (a day that does not exist)',
    breakIt: (dir) => edit(dir, ARTICLE, setField('pubDate', '2024-13-45')),
    expect: [/een-geldig-artikel\.mdx/, /pubDate: 2024-13-45 is geen bestaande datum/],
  },
  {
    name: 'unknown type',
    breakIt: (dir) => edit(dir, ARTICLE, setField('type', 'interview')),
    expect: [/een-geldig-artikel\.mdx/, /type: type moet een van deze zijn: review, thesis, case-study, opinion/],
  },
  {
    name: 'empty tags',
    breakIt: (dir) => edit(dir, ARTICLE, setField('tags', '[]')),
    expect: [/een-geldig-artikel\.mdx/, /tags: tags moet minstens één onderwerp noemen/],
  },
  {
    name: 'cover image without alt',
    breakIt: (dir) => edit(dir, ARTICLE, setField('cover', '{ src: ./omslag.png }')),
    expect: [/een-geldig-artikel\.mdx/, /cover\.alt: cover\.alt .* is verplicht/],
  },
  {
    name: 'review without a book',
    breakIt: (dir) => edit(dir, ARTICLE, setField('book', null)),
    expect: [/een-geldig-artikel\.mdx/, /book: een boekbespreking \(type: review\) moet het besproken boek noemen in book/],
  },
  {
    name: 'case study without an organisation',
    breakIt: (dir) => edit(dir, ARTICLE, (source) => setField('book', null)(setField('type', 'case-study')(source))),
    expect: [/een-geldig-artikel\.mdx/, /organisation: een case \(type: case-study\) moet de bestudeerde organisatie noemen in organisation/],
  },
  {
    name: 'dangling reference',
    breakIt: (dir) => edit(dir, ARTICLE, setField('people', '[steven-van-belleghem, iemand-anders]')),
    expect: [/een-geldig-artikel\.mdx: veld "people\[1\]" verwijst naar "iemand-anders" in people, en dat bestaat niet/],
  },
  {
    name: 'dangling reference between data entries',
    breakIt: (dir) => edit(dir, 'theses/these-1.yaml', setField('source', 'onbekend-boek')),
    expect: [/these-1\.yaml: veld "source" verwijst naar "onbekend-boek" in books, en dat bestaat niet/],
  },
  {
    name: 'duplicate slug',
    breakIt: (dir) => {
      mkdirSync(join(dir, 'articles/archief'));
      cpSync(join(dir, ARTICLE), join(dir, 'articles/archief/een-geldig-artikel.mdx'));
    },
    expect: [/Dubbel adres "een-geldig-artikel"/, /content\/articles\/een-geldig-artikel\.mdx/, /content\/articles\/archief\/een-geldig-artikel\.mdx/],
  },
  {
    name: 'unknown thesis number in <Thesis>',
    breakIt: (dir) => appendFileSync(join(dir, ARTICLE), '\n<Thesis n={99} />\n'),
    expect: [/een-geldig-artikel\.mdx: <Thesis> n=\{99\}: geen these met dat nummer in content\/theses \(bekend: 1\)/],
  },
  {
    name: 'unknown concept id in <Term>',
    breakIt: (dir) => appendFileSync(join(dir, ARTICLE), '\nEen <Term id="bestaat-niet">begrip</Term> in een zin.\n'),
    expect: [/een-geldig-artikel\.mdx: <Term> id="bestaat-niet": geen begrip met die id in content\/concepts/],
  },
  {
    name: '<Figure> without alt text',
    breakIt: (dir) => appendFileSync(join(dir, ARTICLE), '\n<Figure src="./omslag.png" caption="Zonder alt" />\n'),
    expect: [/een-geldig-artikel\.mdx: <Figure> heeft alt="…" nodig/],
  },
  {
    name: '<Figure> naming an image file that is not there',
    breakIt: (dir) => appendFileSync(join(dir, ARTICLE), '\n<Figure src="./bestaat-niet.png" alt="Weg" />\n'),
    expect: [/bestaat-niet\.png/, /een-geldig-artikel\.mdx/],
  },
  {
    name: 'thesis numbered outside its group',
    breakIt: (dir) => edit(dir, 'theses/these-1.yaml', setField('number', '9')),
    expect: [/these-1\.yaml: these 9 valt buiten haar groep "markten-zijn-gesprekken" \(1–6\)/],
  },
  {
    name: 'unknown position on a thesis',
    breakIt: (dir) => edit(dir, ARTICLE, setField('theses', '[{ id: these-1, position: steunt }]')),
    expect: [
      /een-geldig-artikel\.mdx/,
      /theses\.0: elke these is een id zoals these-1, of \{ id: these-1, position: supports \} met als position een van: supports, nuances, contests, discusses/,
    ],
  },
  {
    name: 'unknown verdict status',
    breakIt: (dir) => appendFileSync(join(dir, 'theses/these-1.yaml'), 'verdict:\n  status: misschien\n  text: Wie weet.\n'),
    expect: [/these-1\.yaml/, /verdict\.status moet een van deze zijn: holds, partly, no-longer/],
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
