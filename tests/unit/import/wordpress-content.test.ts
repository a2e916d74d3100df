import { describe, expect, it } from 'vitest';
import { wordpressToHtml } from '../../../src/import/wordpress-content.ts';

const attachments = new Map([
  ['5', { url: 'https://oud.example/wp-content/uploads/a.png', alt: 'Een A', parentId: '1', caption: 'Bij de A' }],
  ['6', { url: 'https://oud.example/wp-content/uploads/b.png', alt: '', parentId: '1' }],
  ['7', { url: 'https://oud.example/wp-content/uploads/c.png', parentId: '2' }],
]);
const render = (content: string) => {
  const unknownShortcodes = new Set<string>();
  return { html: wordpressToHtml(content, { attachments, postId: '1', unknownShortcodes }), unknown: [...unknownShortcodes] };
};

describe('wordpressToHtml', () => {
  it('adds the paragraphs the classic editor never stored (autop), and the more tag ends one', () => {
    expect(render('Eerste\nregel\n\nTweede<!--more-->Derde').html).toBe('<p>Eerste<br />\nregel</p>\n<p>Tweede</p>\n<p>Derde</p>\n');
  });

  it('renders block-editor content from its blocks, without the block comments, more or page breaks', () => {
    const { html } = render(
      '<!-- wp:paragraph -->\n<p>Een</p>\n<!-- /wp:paragraph -->\n<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->\n<!-- wp:nextpage -->\n<!--nextpage-->\n<!-- /wp:nextpage -->\n<!-- wp:paragraph -->\n<p>Twee</p>\n<!-- /wp:paragraph -->',
    );
    expect(html).not.toMatch(/wp:|more|nextpage/);
    expect(html.match(/<p>(Een|Twee)<\/p>/g)).toEqual(['<p>Een</p>', '<p>Twee</p>']);
  });

  it('turns embed blocks into a marked link, from the block’s url attribute', () => {
    const { html } = render(
      '<!-- wp:embed {"url":"https://vimeo.com/123","providerNameSlug":"vimeo"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/123\n</div></figure>\n<!-- /wp:embed -->',
    );
    expect(html.trim()).toBe('<p><a href="https://vimeo.com/123" data-embed="">https://vimeo.com/123</a></p>');
  });

  it('renders [caption] in both forms as a figure with figcaption', () => {
    expect(
      render(
        '[caption id="attachment_5" width="300"]<a href="https://oud.example/a.png"><img src="https://oud.example/a-300x200.png" alt="A" /></a> Het bijschrift[/caption]',
      ).html,
    ).toContain(
      '<figure><a href="https://oud.example/a.png"><img src="https://oud.example/a-300x200.png" alt="A" /></a><figcaption>Het bijschrift</figcaption></figure>',
    );
    expect(render('[caption caption="Via attribuut"]<img src="x.png" alt="" />[/caption]').html).toContain('<figcaption>Via attribuut</figcaption>');
  });

  it('renders [gallery] from its ids, or from the post’s own attachments, as one marked block with captions', () => {
    expect(render('[gallery ids="6,5"]').html).toContain(
      '<div data-gallery><figure><img src="https://oud.example/wp-content/uploads/b.png" alt=""></figure><figure><img src="https://oud.example/wp-content/uploads/a.png" alt="Een A"><figcaption>Bij de A</figcaption></figure></div>',
    );
    expect(render('[gallery]').html.match(/<img /g)).toHaveLength(2);
  });

  it('turns [embed], [youtube] in its three forms, [vimeo], [audio] and [video] into links', () => {
    const { html } = render(
      '[embed]https://youtu.be/a1[/embed]\n\n[youtube https://www.youtube.com/watch?v=b2]\n\n[youtube=https://www.youtube.com/watch?v=c3]\n\n[youtube id="d4"]\n\n[vimeo 55]\n\n[audio mp3="https://oud.example/p.mp3"]\n\n[video src="https://oud.example/v.mp4"]',
    );
    expect([...html.matchAll(/href="([^"]+)" data-embed/g)].map((match) => match[1])).toEqual([
      'https://youtu.be/a1',
      'https://www.youtube.com/watch?v=b2',
      'https://www.youtube.com/watch?v=c3',
      'https://www.youtube.com/watch?v=d4',
      'https://vimeo.com/55',
      'https://oud.example/p.mp3',
      'https://oud.example/v.mp4',
    ]);
  });

  it('turns the syntax-highlighter shortcodes into code blocks with their language, the code as written', () => {
    const { html, unknown } = render(
      'Zo:\n\n[php]\n<?php\nif ($a > 0) {\n    echo "ja";\n}\n[/php]\n\n[code language="css"]a { color: red; }[/code]\n\n[sourcecode lang="py"]print([1, 2])\n\nprint("klaar")[/sourcecode]\n\n[code]&lt;b&gt; blijft [caption]tekst[/caption][/code]',
    );
    expect(html).toContain('<pre><code class="language-php">&lt;?php\nif ($a &gt; 0) {\n    echo "ja";\n}</code></pre>');
    expect(html).toContain('<pre><code class="language-css">a { color: red; }</code></pre>');
    expect(html).toContain('<pre><code class="language-python">print(&#91;1, 2])\n\nprint("klaar")</code></pre>');
    expect(html).toContain('<pre><code>&lt;b&gt; blijft &#91;caption]tekst&#91;/caption]</code></pre>');
    expect(html).not.toContain('<figure');
    expect(unknown).toEqual([]);
  });

  it('links a [gallery] whose images the export lacks to the page it was on, and says so', () => {
    const notes: string[] = [];
    const html = wordpressToHtml('[gallery columns="3"]', {
      attachments: new Map(),
      postId: '9',
      unknownShortcodes: new Set(),
      postUrl: 'https://oud.example/2009/04/galerij/',
      notes,
    });
    expect(html).toContain(
      '<a href="https://oud.example/2009/04/galerij/" data-embed="Fotogalerie (op de oorspronkelijke pagina)">Fotogalerie (op de oorspronkelijke pagina)</a>',
    );
    expect(notes).toEqual(['[gallery] zonder afbeeldingen in de export: gelinkt naar de oorspronkelijke pagina']);
  });

  it('keeps unknown shortcodes as readable text and reports them; escaped [[shortcodes]] stay literal', () => {
    const { html, unknown } = render('[contact-form-7 id="4"]\n\n[markeer]belangrijk[/markeer]\n\n[[caption]]');
    expect(html).toContain('[contact-form-7 id="4"]');
    expect(html).toContain('belangrijk');
    expect(html).not.toContain('[markeer]');
    expect(html).toContain('[caption]');
    expect(unknown).toEqual(['contact-form-7', 'markeer']);
  });
});
