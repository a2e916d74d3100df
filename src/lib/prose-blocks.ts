/**
 * An article's prose as the reader gets it, block by block, with its explicit references to
 * knowledge entries marked: `<Term>`, `<Thesis>` and links to entry pages. Taken from the
 * rendered tree while the MDX compiles (see `proseForContext` in markdown-plugins.ts), so
 * backlinks can quote the sentence that mentions an entry without rendering the article again.
 */
import type { ElementContent, Root, RootContent } from 'hast';

/** A reference in the text: an entity key ("concepts/dialoog") or a thesis by number ("theses#12"), and the words shown. */
export type ProseReference = [ref: string, label: string];
/** One paragraph, list item or quote: text and references in reading order. */
export type ProseBlock = (string | ProseReference)[];

const ENTITY_PATHS: [prefix: string, collection: string][] = [
  ['/boeken/', 'books'],
  ['/personen/', 'people'],
  ['/organisaties/', 'organisations'],
  ['/begrippen/', 'concepts'],
];

/** The entry a root-relative link points at, as a reference, or undefined for any other link. */
export function referenceOfPath(href: string): string | undefined {
  const path = href.replace(/[?#].*$/, '');
  const thesis = /^\/theses\/(\d+)\/?$/.exec(path);
  if (thesis) return `theses#${thesis[1]}`;
  for (const [prefix, collection] of ENTITY_PATHS) {
    const id = new RegExp(`^${prefix}([^/]+)/?$`).exec(path)?.[1];
    if (id) return `${collection}/${decodeURIComponent(id)}`;
  }
  return undefined;
}

type Node = Root | RootContent | ElementContent | MdxElement;
interface MdxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Node[];
}

const attribute = (node: MdxElement, name: string): string | undefined => {
  const value = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return undefined;
};

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'figcaption', 'dd', 'dt']);
const SKIPPED = new Set(['pre', 'script', 'style', 'template']);
/** Every hast element whose tag name `proseBlocks` looks at: blocks, lists, what it skips, links. */
export const PROSE_ELEMENTS: readonly string[] = [...BLOCKS, 'ul', 'ol', ...SKIPPED, 'a'];

function isMdx(node: Node): node is MdxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

const hasBlockChild = (node: { children: Node[] }) =>
  node.children.some(
    (child) =>
      (child.type === 'element' && (BLOCKS.has(child.tagName) || child.tagName === 'ul' || child.tagName === 'ol')) || child.type === 'mdxJsxFlowElement',
  );

export function proseBlocks(root: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [];

  const inline = (node: Node, out: ProseBlock) => {
    if (node.type === 'text') {
      if (node.value) out.push(node.value);
      return;
    }
    if (isMdx(node)) {
      const id = node.name === 'Term' ? attribute(node, 'id') : undefined;
      if (id) {
        out.push([`concepts/${id}`, plainText(node)]);
        return;
      }
      if (node.name === 'Quote') {
        for (const child of node.children) inline(child, out);
        out.push(...attribution(node));
        return;
      }
    } else if (node.type === 'element') {
      if (SKIPPED.has(node.tagName)) return;
      const href = node.tagName === 'a' ? node.properties?.href : undefined;
      const ref = typeof href === 'string' ? referenceOfPath(href) : undefined;
      if (ref) {
        out.push([ref, plainText(node)]);
        return;
      }
    } else if (node.type !== 'root') return;
    for (const child of (node as { children: Node[] }).children) inline(child, out);
  };

  const flow = (node: Node) => {
    if (isMdx(node) && node.name === 'Thesis') {
      const n = attribute(node, 'n');
      if (n) blocks.push([[`theses#${n.trim()}`, '']]);
      return;
    }
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return;
    if (!('children' in node)) return;
    const isBlock = (node.type === 'element' && BLOCKS.has(node.tagName) && !hasBlockChild(node)) || (isMdx(node) && !hasBlockChild(node));
    if (isBlock) {
      const out: ProseBlock = [];
      for (const child of node.children) inline(child as Node, out);
      if (isMdx(node) && node.name === 'Quote') out.push(...attribution(node));
      const merged = merge(out);
      if (merged.length > 0) blocks.push(merged);
      return;
    }
    const count = blocks.length;
    for (const child of node.children) flow(child as Node);
    // A quotation over several paragraphs: its attribution follows the last one.
    if (isMdx(node) && node.name === 'Quote' && blocks.length > count) blocks.push(merge([...blocks.pop()!, ...attribution(node)]));
  };

  flow(root);
  return blocks;
}

/** What <Quote> shows under the quotation: "— by, source", with the person and book as references. */
function attribution(quote: MdxElement): ProseBlock {
  const by = attribute(quote, 'by');
  const person = attribute(quote, 'person');
  const source = attribute(quote, 'source');
  if (!by) return [];
  return [' — ', person ? [`people/${person}`, by] : by, ...(source ? [', ', [`books/${source}`, ''] as ProseReference] : [])];
}

function plainText(node: Node): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as Node[]).map(plainText).join('');
  return '';
}

/** Adjacent strings joined and whitespace collapsed, so blocks stay small in the compiled module. */
function merge(block: ProseBlock): ProseBlock {
  const result: ProseBlock = [];
  for (const part of block) {
    const last = result.at(-1);
    if (typeof part === 'string' && typeof last === 'string') result[result.length - 1] = last + part;
    else result.push(part);
  }
  const cleaned = result.map((part) => (typeof part === 'string' ? part.replace(/\s+/g, ' ') : part));
  if (typeof cleaned[0] === 'string') cleaned[0] = cleaned[0].trimStart();
  if (typeof cleaned.at(-1) === 'string') cleaned[cleaned.length - 1] = (cleaned.at(-1) as string).trimEnd();
  return cleaned.filter((part) => part !== '');
}
