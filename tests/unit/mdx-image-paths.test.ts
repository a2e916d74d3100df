import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { mdxToJs } from 'satteri';
import { importImagePaths } from '../../src/build/mdx-image-paths.ts';

const FRONTMATTER = '---\ntitle: Foto\n---\n';
const esmOf = (mdx: string) =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .parse(mdx.replace(/^---[\s\S]*?---\n/, ''))
    .children.filter((node) => node.type === 'mdxjsEsm')
    .flatMap((node) => (node as { value: string }).value.split('\n'));

describe('importImagePaths', () => {
  it('imports the image a Figure names by path, and gives the Figure the import', () => {
    const out = importImagePaths(`${FRONTMATTER}\nTekst.\n\n<Figure src="./stuk/foto.jpg" alt="Een foto" />\n`)!;
    expect(out.startsWith(FRONTMATTER)).toBe(true);
    expect(out).toContain('<Figure src={__gesprekImage0} alt="Een foto" />');
    expect(esmOf(out)).toEqual(['import __gesprekImage0 from "./stuk/foto.jpg";']);
    expect(mdxToJs(out, { features: { frontmatter: true } }).code).toContain('./stuk/foto.jpg');
  });

  it('keeps every line where the author wrote it, so compile errors point at the right line', () => {
    const source = `${FRONTMATTER}\n<Figure src="./a.png" alt="A" />\n\nRegel vijf.\n`;
    const out = importImagePaths(source)!;
    expect(out.split('\n').indexOf('Regel vijf.')).toBe(source.split('\n').indexOf('Regel vijf.'));
  });

  it('imports each image of a Gallery, written as JSON or as a literal, once per file', () => {
    const out = importImagePaths(
      `<Gallery images={[{"src":"./g/a.png","alt":"A"},{ src: './g/b.png', alt: "B", caption: "src: ./g/c.png" }]} />\n\n<Figure src="./g/a.png" alt="A weer" />\n`,
    )!;
    expect(out).toContain('<Gallery images={[{"src":__gesprekImage');
    expect(out).toContain('caption: "src: ./g/c.png"');
    expect(
      esmOf(out)
        .map((line) => line.replace(/__gesprekImage\d/, 'x'))
        .sort(),
    ).toEqual(['import x from "./g/a.png";', 'import x from "./g/b.png";']);
    expect(mdxToJs(out).code.length).toBeGreaterThan(0);
  });

  it('leaves files without local image paths alone: web addresses, other components, no Figure at all', () => {
    expect(importImagePaths('Gewoon tekst met <Term id="dialoog">dialoog</Term>.\n')).toBeUndefined();
    expect(importImagePaths('<Figure src="https://elders.example/foto.jpg" alt="Elders" />\n')).toBeUndefined();
    expect(importImagePaths('<Quote by="X">Over <Figure src="./a.png" /> gesproken</Quote>\n')).toBeDefined();
    expect(importImagePaths('`<Figure src="./a.png" />` in code\n')).toBeUndefined();
  });
});
