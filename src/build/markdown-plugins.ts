/**
 * Sätteri hast plugins for article bodies (Astro 7's default Markdown/MDX processor).
 * They run before Astro's own heading-id plugin, which keeps ids that are already set.
 */
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { HastNode, HastPluginEntry } from 'satteri';
import type { Root } from 'hast';
import { withBase } from '../lib/paths.ts';
import { PROSE_ELEMENTS, proseBlocks } from '../lib/prose-blocks.ts';
import { keepCompiledProse } from './compiled-prose.ts';

/**
 * Gives every h2–h4 an id (slugged like Astro does, so the TOC matches) and wraps it with a
 * "#" link to itself. The link sits beside the heading, not inside it, so heading text,
 * the TOC and search excerpts stay clean.
 */
export function headingAnchors({ label }: { label: string }): HastPluginEntry {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'gesprek-heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
                children: [
                  { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
                  { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `${label}: ${text}` }] },
                ],
              },
            ],
          });
        },
      },
    };
  };
}

/** Root-relative links written in content ("/artikelen/x/") follow the deployment base. */
export function baseLinks({ base }: { base: string }): HastPluginEntry {
  if (base === '/') return null;
  return {
    name: 'gesprek-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
          ctx.setProperty(node, 'href', withBase(href, base));
        }
      },
    },
  };
}

/**
 * Links to other sites open with rel="noopener noreferrer" (no referrer leaks to them) and
 * carry a marker: a visible arrow from CSS and the words `label` for screen readers.
 */
export function externalLinks({ site, label }: { site: string; label: string }): HastPluginEntry {
  const own = new URL(site).host;
  return {
    name: 'gesprek-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string' || !/^https?:\/\//i.test(href) || new URL(href).host === own) return;
        ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        ctx.setProperty(node, 'className', ['external-link']);
        ctx.appendChild(node, { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ` ${label}` }] });
      },
    },
  };
}

/**
 * Elements whose place in the tree the prose needs: those prose-blocks.ts looks at, and the
 * containers a block can sit in (which decide whether a list item holds blocks). Other elements
 * (emphasis, code, headings) only hold text.
 */
const CONTAINERS = 'dl blockquote table thead tbody tfoot tr div section figure details summary aside nav header footer article main form fieldset';
const STRUCTURE = [...PROSE_ELEMENTS, ...CONTAINERS.split(' ')];

/** The part of a hast or MDX node prose-blocks.ts reads. */
type Outline = { type: string; tagName?: string; properties?: unknown; name?: unknown; attributes?: unknown; value?: string; children?: Outline[] };

/**
 * Keeps the rendered prose of each file, block by block with references marked, for backlinks
 * in context to quote from (src/lib/prose-blocks.ts, kept in src/build/compiled-prose.ts).
 *
 * Reading the whole tree in the `after` hook cost more than the rest of the compile: Sätteri
 * builds each node in JavaScript on first touch. So the plugin is shown the text and the
 * elements that shape the prose as the compiler walks, in reading order with their source
 * offsets, and rebuilds an outline of the tree from where each node starts and ends. A generated
 * node without a source position (a footnote section) has no place in that outline: such a
 * document is read from the whole tree after all.
 */
export function proseForContext(): HastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL) return null;
    const root: Outline = { type: 'root', children: [] };
    const open: { node: Outline; end: number }[] = [{ node: root, end: Infinity }];
    let placeable = true;
    const place = (node: HastNode, outline: Outline) => {
      const { start, end } = node.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined) {
        // The line breaks the compiler puts between blocks come without a position, and are no prose.
        if (outline.type !== 'text' || outline.value!.trim() !== '') placeable = false;
        return;
      }
      while (open.at(-1)!.end <= start.offset) open.pop();
      open.at(-1)!.node.children!.push(outline);
      if (outline.children) open.push({ node: outline, end: end.offset });
    };
    const element = (node: HastNode) => {
      if (!placeable) return;
      const { type, tagName, properties, name, attributes } = node as Outline;
      place(
        node,
        type === 'element' ? { type, tagName, properties: tagName === 'a' ? properties : undefined, children: [] } : { type, name, attributes, children: [] },
      );
    };
    return {
      name: 'gesprek-prose-for-context',
      options: { position: true },
      text(node) {
        if (placeable) place(node, { type: 'text', value: node.value });
      },
      element: { filter: STRUCTURE, visit: element },
      mdxJsxFlowElement: { filter: [], visit: element },
      mdxJsxTextElement: { filter: [], visit: element },
      after(tree) {
        keepCompiledProse(fileURLToPath(fileURL), proseBlocks((placeable ? root : tree) as unknown as Root));
      },
    };
  };
}
