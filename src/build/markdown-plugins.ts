/**
 * Sätteri hast plugins for article bodies (Astro 7's default Markdown/MDX processor).
 * They run before Astro's own heading-id plugin, which keeps ids that are already set.
 */
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';
import type { Root } from 'hast';
import { withBase } from '../lib/paths.ts';
import { proseBlocks } from '../lib/prose-blocks.ts';
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
 * Keeps the rendered prose of each file, block by block with references marked, for backlinks
 * in context to quote from (src/lib/prose-blocks.ts, kept in src/build/compiled-prose.ts).
 */
export function proseForContext(): HastPluginEntry {
  return ({ fileURL }) =>
    fileURL && {
      name: 'gesprek-prose-for-context',
      after(root) {
        keepCompiledProse(fileURLToPath(fileURL), proseBlocks(root as unknown as Root));
      },
    };
}
