import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExportError } from '../../../src/import/model.ts';
import { decodeXml, detectFormat, parseXml } from '../../../src/import/xml.ts';
import { fixture } from './support.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeXml', () => {
  it('leaves valid UTF-8 alone and reports nothing', () => {
    expect(decodeXml(bytes('<t>café ĳ €</t>'))).toEqual({ text: '<t>café ĳ €</t>', repairs: [] });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    const { text, repairs } = decodeXml(bytes('<t>caf', [0xe9], ' ', [0x93], 'hoi', [0x94], ' ', [0x80], '</t>'));
    expect(text).toBe('<t>café “hoi” €</t>');
    expect(repairs).toEqual(['4 byte(s) die geen geldige UTF-8 zijn, gelezen als Windows-1252']);
  });

  it('removes control characters XML forbids, raw or as references, and keeps tab and newlines', () => {
    const { text, repairs } = decodeXml(bytes('<t>a\u0001b\u000bc&#x1;&#11;\td\n</t>'));
    expect(text).toBe('<t>abc\td\n</t>');
    expect(repairs).toEqual(['4 stuurteken(s) die XML niet toestaat, verwijderd']);
  });
});

describe('detectFormat', () => {
  it.each([
    ['real/pelican-wordpressexport.xml', 'wxr'],
    ['real/jekyll-import-sitetitle.wordpress.2025-01-19.000.xml', 'wxr'],
    ['synthetic/wordpress-split/gesprekblog.wordpress.2024-06-01.000.xml', 'wxr'],
    ['real/pelican-bloggerexport.xml', 'blogger-classic'],
    ['synthetic/blogger-classic.xml', 'blogger-classic'],
    ['synthetic/blogger-takeout/Blogger/Blogs/Gespreksnotities/feed.atom', 'blogger-takeout'],
    ['broken/boodschappen.xml', undefined],
  ])('%s is %s, told from its content', (file, format) => {
    expect(detectFormat(readFileSync(fixture(file), 'utf8'))).toBe(format);
  });

  it('ignores a root element named in a comment, and an RSS feed that is not WordPress', () => {
    expect(detectFormat('<!-- <rss xmlns:wp="x"> --><feed><title>x</title></feed>')).toBeUndefined();
    expect(detectFormat('<rss version="2.0"><channel><item/></channel></rss>')).toBeUndefined();
  });
});

describe('parseXml', () => {
  it('names the file, line and column of malformed XML', () => {
    const error = (() => {
      try {
        parseXml('kapot.xml', readFileSync(fixture('broken/kapot.xml'), 'utf8'));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toMatch(/^kapot\.xml: is geen geldige XML \(regel 5, kolom \d+\): .*item/);
  });

  it('calls a file that stops before its end cut off, with the line', () => {
    const whole = readFileSync(fixture('synthetic/blogger-classic.xml'), 'utf8');
    const cut = whole.slice(0, whole.indexOf('<entry>', 2000) + 40);
    expect(() => parseXml('blog.xml', cut)).toThrow(/^blog\.xml: het bestand lijkt afgebroken, bij regel \d+ \(/);
  });

  it('keeps values as written: a title "1984" stays text, whitespace stays, CDATA is merged', () => {
    const root = parseXml('x.xml', '<rss><channel><item><title>1984</title><a> x </a><b><![CDATA[<p>hi</p>]]></b></item></channel></rss>');
    const item = ((root.rss as Record<string, unknown>).channel as Record<string, unknown[]>).item![0] as Record<string, unknown>;
    expect(item).toMatchObject({ title: '1984', a: ' x ', b: '<p>hi</p>' });
  });
});
