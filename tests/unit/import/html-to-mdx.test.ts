import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { commentHtml, embedPageUrl, embedProvider, htmlToMdx } from '../../../src/import/html-to-mdx.ts';

const convert = (html: string, images: Record<string, string> = {}) => {
  const notes: string[] = [];
  const mdx = htmlToMdx(html, {
    imageSource: (url) => images[url],
    rewriteLink: (url) => (url === 'https://oud.example/2010/04/oud/' ? '/artikelen/nieuw/' : url),
    notes,
  });
  return { mdx, notes };
};
/** Compiles like the site does: the output must be valid MDX. */
const compiles = (mdx: string) => mdxToJs(mdx, { features: { gfm: true, frontmatter: true } }).code.length > 0;

describe('htmlToMdx', () => {
  it('escapes <, { and } in prose by construction, so the result compiles', () => {
    const { mdx } = convert('<p>3 &lt; 4 en {accolades} en een &lt;Tag&gt; en {x}</p>');
    expect(mdx).toBe('3 \\< 4 en \\{accolades} en een \\<Tag> en \\{x}');
    expect(compiles(mdx)).toBe(true);
  });

  it('drops HTML comments (more, block comments), scripts, styles and forms', () => {
    const { mdx, notes } = convert(
      '<p>Een</p><!--more--><!-- wp:paragraph --><script>alert(1)</script><style>p{}</style><form><input><button>Stuur</button></form><p>Twee</p>',
    );
    expect(mdx).toBe('Een\n\nTwee');
    expect(notes).toEqual(['<form> weggelaten']);
  });

  it('makes the highest heading an h2, under the article title', () => {
    expect(convert('<h1>A</h1><h3>B</h3>').mdx).toBe('## A\n\n#### B');
  });

  it('turns a captioned image into <Figure> naming its file by path, and a full-size link around an image into that image', () => {
    const { mdx } = convert(
      '<figure><a href="https://oud.example/groot.jpg"><img src="https://oud.example/klein.jpg" alt="Een foto"></a><figcaption>Het <b>bijschrift</b></figcaption></figure>',
      { 'https://oud.example/groot.jpg': './slug/groot.jpg' },
    );
    expect(mdx).toBe('<Figure src="./slug/groot.jpg" alt="Een foto" caption="Het bijschrift" />');
    expect(compiles(mdx)).toBe(true);
  });

  it('links an image it could not get instead of loading it from the old host', () => {
    const { mdx, notes } = convert('<p><img src="https://oud.example/weg.png" alt="Weg"></p>');
    expect(mdx).toBe('[Afbeelding: Weg](https://oud.example/weg.png)');
    expect(notes).toEqual(['afbeelding niet beschikbaar, in plaats daarvan gelinkt: https://oud.example/weg.png']);
  });

  it('turns iframes, video and audio into plain links with a label, never an embed', () => {
    const { mdx } = convert(
      '<iframe src="https://www.youtube.com/embed/abc" title="Het interview"></iframe><iframe src="//player.vimeo.com/video/42"></iframe><video src="https://oud.example/film.mp4"></video>',
    );
    expect(mdx).toBe(
      '[Het interview (op YouTube)](https://www.youtube.com/watch?v=abc)\n\n[Bekijk op Vimeo](https://vimeo.com/42)\n\n[Mediabestand: film.mp4](https://oud.example/film.mp4)',
    );
  });

  it('turns the Flash players of the 2000s (<object>, <embed>) into links to the video pages', () => {
    const { mdx, notes } = convert(
      '<p>Voor.</p><object width="425"><param name="movie" value="http://www.youtube.com/v/AbC_12&hl=nl"></param><embed src="http://www.youtube.com/v/AbC_12&hl=nl" type="application/x-shockwave-flash"></embed></object>' +
        '<embed src="http://www.dailymotion.com/swf/video/x7tgad0" type="application/x-shockwave-flash"></embed>' +
        '<object data="http://vimeo.com/moogaloop.swf?clip_id=2619976&amp;server=vimeo.com"></object><object></object><p>Na.</p>',
    );
    expect(mdx).toBe(
      'Voor.\n\n[Bekijk op YouTube](https://www.youtube.com/watch?v=AbC_12)\n\n[Bekijk op Dailymotion](https://www.dailymotion.com/video/x7tgad0)\n\n[Bekijk op Vimeo](https://vimeo.com/2619976)\n\nNa.',
    );
    expect(notes).toEqual(['<object> zonder bron weggelaten']);
  });

  it('keeps the caption of an image it could not get, after the link to the original', () => {
    const { mdx } = convert('<figure><img src="https://oud.example/zaal.jpg" alt="De zaal"><figcaption>Een uur voor de show.</figcaption></figure>');
    expect(mdx).toBe('[Afbeelding: De zaal](https://oud.example/zaal.jpg) — Een uur voor de show.');
  });

  it('resolves the old site’s relative addresses against the old site, for images and links', () => {
    const notes: string[] = [];
    const mdx = htmlToMdx('<p><a href="/over/">Over</a> <a href="#noot">noot</a> <img src="/2015/08/foto.jpg" alt="Foto"></p>', {
      imageSource: () => undefined,
      rewriteLink: (url) => url,
      resolve: (url) => (url.startsWith('/') ? `https://oud.example${url}` : url),
      notes,
    });
    expect(mdx).toBe('[Over](https://oud.example/over/) [noot](#noot) [Afbeelding: Foto](https://oud.example/2015/08/foto.jpg)');
  });

  it('turns a gallery into <Gallery> naming its images by path, and links those it could not get after it', () => {
    const { mdx, notes } = convert(
      '<div data-gallery><figure><img src="https://oud.example/a.png" alt="Een A"><figcaption>Bij "de" A</figcaption></figure><figure><img src="https://oud.example/b.png" alt=""></figure><figure><img src="https://oud.example/weg.png" alt="Weg"></figure></div>',
      { 'https://oud.example/a.png': './stuk/a.png', 'https://oud.example/b.png': './stuk/b.png' },
    );
    expect(mdx).toBe(
      '<Gallery images={[{"src":"./stuk/a.png","alt":"Een A","caption":"Bij \\"de\\" A"},{"src":"./stuk/b.png","alt":"Afbeelding"}]} />\n\n[Afbeelding: Weg](https://oud.example/weg.png)',
    );
    expect(compiles(mdx)).toBe(true);
    expect(notes).toEqual([
      'afbeelding zonder alt-tekst: https://oud.example/b.png',
      'afbeelding niet beschikbaar, in plaats daarvan gelinkt: https://oud.example/weg.png',
    ]);
  });

  it('keeps images side by side that it could not get apart as links, not run together', () => {
    expect(convert('<p><img src="https://oud.example/a.png" alt="A"><img src="https://oud.example/b.png" alt="B"></p>').mdx).toBe(
      '[Afbeelding: A](https://oud.example/a.png) [Afbeelding: B](https://oud.example/b.png)',
    );
  });

  it('reads a span styled with line-through as struck-through text', () => {
    expect(convert('<p>Het was <span style="text-decoration: line-through;">gratis</span> goedkoop.</p>').mdx).toBe('Het was ~~gratis~~ goedkoop.');
  });

  it('makes a paragraph that is only a known provider’s URL an embed link (WordPress auto-embeds)', () => {
    expect(convert('<p>https://www.youtube.com/watch?v=x1</p><p>https://example.com/gewoon</p>').mdx).toBe(
      '[Bekijk op YouTube](https://www.youtube.com/watch?v=x1)\n\nhttps\\://example.com/gewoon',
    );
  });

  it('splits Blogger’s <br><br> runs into paragraphs, also around block children', () => {
    const { mdx } = convert('<div>Een<br /><br />Twee<br />regel<br /><br /><br /><div>Blok</div>Drie</div>');
    expect(mdx).toBe('Een\n\nTwee\\\nregel\n\nBlok\n\nDrie');
  });

  it('rewrites links between imported posts and keeps tables as GFM', () => {
    const { mdx } = convert('<p><a href="https://oud.example/2010/04/oud/">oud</a></p><table><tr><th>a</th></tr><tr><td>1</td></tr></table>');
    expect(mdx).toBe('[oud](/artikelen/nieuw/)\n\n| a |\n| - |\n| 1 |');
    expect(compiles(mdx)).toBe(true);
  });

  it('produces MDX that compiles from hostile markup too', () => {
    const { mdx } = convert(
      '<p onclick="x()">{<b>}</b> <img src=x onerror="y()"> <a href="javascript:alert(1)">a</a> export const a = 1; import x from "y"</p><p>&lt;script&gt;</p>',
    );
    expect(compiles(mdx)).toBe(true);
    expect(mdx).not.toMatch(/onclick|onerror|javascript:/);
    expect(mdx).toContain('\\<script>');
  });
});

describe('commentHtml', () => {
  it('turns a comment’s players into links and leads its links to old posts to their new pages', () => {
    const html = commentHtml(
      '<p>Kijk:</p><object><param name="movie" value="http://www.youtube.com/v/AbC_12"></object><iframe src="https://player.vimeo.com/video/42"></iframe><p>Zie <a href="/2010/04/oud/">dit stuk</a>.</p>',
      {
        rewriteLink: (url) => (url === 'https://oud.example/2010/04/oud/' ? '/artikelen/nieuw/' : url),
        resolve: (url) => (url.startsWith('/') ? `https://oud.example${url}` : url),
      },
    );
    expect(html).toBe(
      '<p>Kijk:</p><p><a href="https://www.youtube.com/watch?v=AbC_12">Bekijk op YouTube</a></p><p><a href="https://vimeo.com/42">Bekijk op Vimeo</a></p><p>Zie <a href="/artikelen/nieuw/">dit stuk</a>.</p>',
    );
  });
});

describe('embeds', () => {
  it('name known providers and give the page behind a player address', () => {
    expect(embedProvider('https://m.youtube.com/watch?v=1')).toBe('YouTube');
    expect(embedProvider('https://youtu.be/1')).toBe('YouTube');
    expect(embedProvider('https://example.com/')).toBeUndefined();
    expect(embedPageUrl('https://www.youtube-nocookie.com/embed/XyZ?rel=0')).toBe('https://www.youtube.com/watch?v=XyZ');
    expect(embedPageUrl('//example.com/x')).toBe('https://example.com/x');
  });
});
