import { describe, expect, it } from 'vitest';
import { commentText, sanitizeCommentHtml } from '../../src/lib/comment-html.ts';

describe('sanitizeCommentHtml', () => {
  it('renders scripts, handlers, script links, frames, forms and CSS inert', () => {
    const html = sanitizeCommentHtml(
      '<p onclick="x()" style="color:red">Hoi <script>alert(1)</script><a href="javascript:alert(1)">klik</a> <img src=x onerror=alert(1)><iframe src="https://kwaad.example/"></iframe><form action="/x"><input name=a><button>Stuur</button></form><style>body{display:none}</style><svg onload=alert(1)><circle/></svg></p>',
    );
    // The parser closes the paragraph at <form>, as browsers do; what the form said stays as text.
    expect(html).toBe('<p>Hoi klik </p>Stuur');
  });

  it('keeps simple formatting and marks every link nofollow ugc', () => {
    expect(
      sanitizeCommentHtml(
        '<p><b>vet</b> <em>schuin</em> <a href="https://a.example/" target="_blank" title="t">link</a></p><blockquote><p>citaat</p></blockquote><ul><li>een</li></ul>',
      ),
    ).toBe(
      '<p><b>vet</b> <em>schuin</em> <a href="https://a.example/" rel="nofollow ugc">link</a></p><blockquote><p>citaat</p></blockquote><ul><li>een</li></ul>',
    );
  });

  it('removes e-mail addresses, also in mailto: links', () => {
    expect(sanitizeCommentHtml('<p>Mail jan.privé@voorbeeld.example of <a href="mailto:a@b.example">mij</a></p>')).toBe(
      '<p>Mail [e-mailadres verwijderd] of mij</p>',
    );
  });

  it('is idempotent: sanitising its own output changes nothing', () => {
    const once = sanitizeCommentHtml('<p>Een <a href="https://a.example/">link</a> &lt;script&gt;</p>');
    expect(sanitizeCommentHtml(once)).toBe(once);
  });
});

describe('commentText', () => {
  it('leaves a name without markup or e-mail address', () => {
    expect(commentText(' Piet <b>Puk</b> piet@voorbeeld.example ')).toBe('Piet Puk');
  });
});
