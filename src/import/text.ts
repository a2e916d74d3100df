/** Text helpers the export readers and the mapping rules share: from HTML and URLs to plain text. */
import { decodeHTML } from 'entities';

/** Entities decoded (titles carry `&#039;` and `&amp;amp;`), markup dropped, whitespace folded. */
export function plainText(html: string): string {
  let text = html.replace(/<[^>]*>/g, ' ');
  // Exports double-encode now and then ("&amp;#8217;"); two rounds undo that.
  for (let round = 0; round < 2 && /&[#\w]+;/.test(text); round++) text = decodeHTML(text);
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of the body's paragraphs (not its headings or captions), for a description. */
export function paragraphText(html: string): string {
  const paragraphs = [...html.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/gi)]
    // Not a paragraph of prose: one that is a single link (an embed, a gallery elsewhere).
    .filter((match) => !/^\s*(?:<p[^>]*>\s*)*<a\s[^>]*>[\s\S]*?<\/a>\s*$/i.test(match[1]!))
    .map((match) => plainText(match[1]!))
    // Nor a bare link or a shortcode kept as text.
    .filter((text) => text && !/^(https?:\/\/\S+|\[[^\]]*\])$/.test(text));
  return paragraphs.length > 0 ? paragraphs.join(' ') : plainText(html);
}

/** A percent-encoded slug or path decoded, or left as it is when it is not valid encoding. */
export function percentDecode(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
