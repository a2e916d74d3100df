/**
 * Reader comments are hostile input: whatever an old comment holds (script, event handlers,
 * javascript: links, iframes, forms, CSS) leaves here as inert text or a short list of safe
 * elements. Used by the importer when it archives comments and again by the site when it
 * renders them, so a hand-edited archive cannot smuggle anything in either.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { ui } from '../i18n/nl.ts';

const SCHEMA: SanitizeSchema = {
  tagNames: ['p', 'br', 'a', 'em', 'strong', 'b', 'i', 'u', 'blockquote', 'q', 'cite', 'code', 'pre', 'ul', 'ol', 'li', 'del', 's', 'sub', 'sup'],
  attributes: { a: ['href'] },
  // mailto: is left out on purpose: e-mail addresses are personal data.
  protocols: { href: ['http', 'https'] },
  // Removed with their content; every other unknown element is unwrapped to its text.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'title'],
  required: {},
  clobber: [],
  clobberPrefix: '',
  ancestors: { li: ['ul', 'ol'] },
};

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * After sanitising: every link gets rel="nofollow ugc" (it passes no ranking), a link whose
 * address was removed (javascript:, mailto:) becomes its text, paragraphs left empty go, and
 * e-mail addresses in the text are replaced. One walk: with unist-util-visit's three it took two
 * thirds of each comment's time, a tenth of the page phase of an imported site.
 */
function markLinks() {
  const walk = (parent: Root | Element) => {
    const { children } = parent;
    for (let index = 0; index < children.length;) {
      const node = children[index]!;
      if (node.type === 'text') {
        // Most text has no @, and the address pattern's Unicode classes would scan it for nothing.
        if (node.value.includes('@')) node.value = node.value.replace(EMAIL, ui.import.emailRemoved);
      } else if (node.type === 'element') {
        if (node.tagName === 'a' && !node.properties.href) {
          children.splice(index, 1, ...node.children);
          continue;
        }
        if (node.tagName === 'a') node.properties = { href: node.properties.href, rel: ['nofollow', 'ugc'] };
        walk(node);
        if (node.tagName === 'p' && node.children.every((child) => child.type === 'text' && !child.value.trim())) {
          children.splice(index, 1);
          continue;
        }
      }
      index++;
    }
  };
  return walk;
}

const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, SCHEMA).use(markLinks).use(rehypeStringify);

/** Safe HTML for a comment body; idempotent, so sanitising twice changes nothing. */
export function sanitizeCommentHtml(html: string): string {
  return String(processor.processSync(html)).trim();
}

/** Plain text of a name or label from a comment: no markup, no e-mail addresses. */
export function commentText(value: string): string {
  return value
    .replace(/<[^>]*>/g, '')
    .replace(EMAIL, '')
    .replace(/\s+/g, ' ')
    .trim();
}
