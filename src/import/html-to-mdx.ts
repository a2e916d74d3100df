/**
 * Imported HTML to MDX through the unified ecosystem: rehype-parse, a clean-up of what an
 * old blog carries (comments, scripts, iframes, Blogger's <br> runs), rehype-remark with
 * handlers for figures and images, and remark-stringify with remark-mdx. The serialiser
 * escapes `<`, `{` and `}` in prose itself, so nothing here escapes by hand.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Paragraph, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import rehypeStringify from 'rehype-stringify';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { ui } from '../i18n/nl.ts';

export interface MdxContext {
  /** An address from the export made absolute against the old site (`/2015/foto.jpg` was the old site's); as it is by default. */
  resolve?(url: string): string;
  /** Where an image from the export now lives, relative to the article ("./slug/foto.jpg"); undefined when it could not be had. */
  imageSource(url: string): string | undefined;
  /** An old link's new address (links between imported posts), or the link as it was. */
  rewriteLink(url: string): string;
  /** Observations for the report: dropped embeds, missing images, unknown elements. */
  notes: string[];
  /** Counts each player element met, for the report's reconciliation: written as a link, or skipped with the reason. */
  count?: (kind: 'embeds', what: string, reason?: string) => void;
}

type ResolvingContext = MdxContext & { resolve(url: string): string };

/** The element a marked gallery becomes during clean-up, for its own handler. */
const GALLERY = 'gesprek-gallery';

const t = ui.import;
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'svg', 'canvas', 'map']);
const EMBEDDED = new Set(['iframe', 'embed', 'video', 'audio', 'object']);
const BLOCK = new Set(['p', 'div', 'figure', 'ul', 'ol', 'table', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

const text = (node: HastContent | ElementContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => text(child as ElementContent)).join('') : '';
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** Known video and audio hosts, for a link label that says where the reader will go. */
export function embedProvider(url: string): string | undefined {
  const host = (() => {
    try {
      return new URL(url).hostname.replace(/^www\.|^m\./, '');
    } catch {
      return '';
    }
  })();
  const providers: [RegExp, string][] = [
    [/(^|\.)youtube(-nocookie)?\.com$|^youtu\.be$/, 'YouTube'],
    [/(^|\.)vimeo\.com$/, 'Vimeo'],
    [/(^|\.)(twitter|x)\.com$/, 'X (Twitter)'],
    [/(^|\.)soundcloud\.com$/, 'SoundCloud'],
    [/(^|\.)slideshare\.net$/, 'SlideShare'],
    [/(^|\.)spotify\.com$/, 'Spotify'],
    [/(^|\.)instagram\.com$/, 'Instagram'],
    [/(^|\.)facebook\.com$/, 'Facebook'],
    [/(^|\.)flickr\.com$/, 'Flickr'],
    [/(^|\.)dailymotion\.com$/, 'Dailymotion'],
  ];
  return providers.find(([pattern]) => pattern.test(host))?.[1];
}

/**
 * A player address to the page a reader can open, for iframes and for the Flash players of the
 * 2000s: youtube.com/embed/ID and youtube.com/v/ID → watch?v=ID, Vimeo's player and moogaloop.swf
 * → vimeo.com/ID, Dailymotion's swf and embed players → dailymotion.com/video/ID.
 */
export function embedPageUrl(src: string): string {
  const youtube = /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/(?:embed|v)\/([\w-]+)/.exec(src);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = /^(?:https?:)?\/\/(?:player\.vimeo\.com\/video\/|(?:www\.)?vimeo\.com\/moogaloop\.swf\?(?:[^#]*&)?clip_id=)(\d+)/.exec(src);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  const dailymotion = /^(?:https?:)?\/\/(?:www\.)?dailymotion\.com\/(?:swf|embed)\/video\/([a-z0-9]+)/i.exec(src);
  if (dailymotion) return `https://www.dailymotion.com/video/${dailymotion[1]}`;
  return src.startsWith('//') ? `https:${src}` : src;
}

/** Where an <object> plays from: its data, its movie or src parameter, or the <embed> inside it. */
function objectSource(node: Element): string {
  if (node.properties.data) return String(node.properties.data);
  const parts = node.children.filter((child): child is Element => child.type === 'element');
  const param = parts.find((child) => child.tagName === 'param' && /^(movie|src|url)$/i.test(String(child.properties.name ?? '')));
  if (param?.properties.value) return String(param.properties.value);
  return String(parts.find((child) => child.tagName === 'embed')?.properties.src ?? '');
}

/** A media element's source: an <object>'s player, or src, or its first <source>. */
function mediaSource(node: Element): string {
  if (node.tagName === 'object') return objectSource(node);
  const source = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source');
  return String(node.properties.src ?? source?.properties.src ?? '');
}

function embedLink(url: string, title?: string): Element {
  const provider = embedProvider(url);
  const label = title?.trim() ? (provider ? t.embedTitled(provider, title.trim()) : title.trim()) : provider ? t.embed(provider) : t.media(url);
  return element('p', {}, [element('a', { href: url }, [{ type: 'text', value: label }])]);
}

/** The page a player element (iframe, object, embed, video, audio) stands for, made absolute; '' when it names none. */
function playerPage(node: Element, resolve: (url: string) => string): string {
  const src = mediaSource(node);
  return src && resolve(embedPageUrl(src));
}

/**
 * Blogger writes paragraphs as runs of two or more <br>: where a container has such runs,
 * each stretch of inline content between them (and between block children) becomes a <p>.
 */
function paragraphsFromBreaks(children: ElementContent[]): ElementContent[] {
  const isBreak = (node: ElementContent | undefined) => node?.type === 'element' && node.tagName === 'br';
  const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();
  const nextVisible = (index: number) => children.slice(index + 1).find((node) => !isBlank(node));
  if (!children.some((child, index) => isBreak(child) && isBreak(nextVisible(index)))) return children;
  const result: ElementContent[] = [];
  let current: ElementContent[] = [];
  const flush = () => {
    while (current.length && (isBlank(current.at(-1)!) || isBreak(current.at(-1)!))) current.pop();
    while (current.length && (isBlank(current[0]!) || isBreak(current[0]!))) current.shift();
    if (current.length) result.push(element('p', {}, current));
    current = [];
  };
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type === 'element' && BLOCK.has(child.tagName)) {
      flush();
      result.push(child);
    } else if (isBreak(child) && isBreak(nextVisible(index))) {
      flush();
      while (index + 1 < children.length && (isBreak(children[index + 1]!) || isBlank(children[index + 1]!))) index++;
    } else current.push(child);
  }
  flush();
  return result;
}

/**
 * A <p> that came to hold paragraphs (an embed's link where autop had wrapped the player in a
 * <p>) becomes sibling paragraphs, so two players in a row stay two links, not one run of text.
 */
function splitNestedParagraphs(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child) => {
    if (child.type !== 'element') return [child];
    child.children = splitNestedParagraphs(child.children);
    const isParagraph = (node: ElementContent) => node.type === 'element' && node.tagName === 'p';
    if (child.tagName !== 'p' || !child.children.some(isParagraph)) return [child];
    const result: ElementContent[] = [];
    let run: ElementContent[] = [];
    const flush = () => {
      if (run.some((node) => !(node.type === 'text' && !node.value.trim()))) result.push({ ...child, children: run });
      run = [];
    };
    for (const node of child.children) {
      if (isParagraph(node)) {
        flush();
        result.push(node);
      } else run.push(node);
    }
    flush();
    return result;
  });
}

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)(\?.*)?$/i;
const IMAGE_HOST = /^https?:\/\/([^/]+\.)?(bp\.blogspot\.com|googleusercontent\.com)\//;

/** A link around an image to the full-size file (WordPress thumbnails, Blogger's s320 copies): the full-size image. */
function fullSizeImage(link: Element): Element | undefined {
  const href = String(link.properties.href ?? '');
  const content = link.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  const img = content.length === 1 && content[0]!.type === 'element' && content[0]!.tagName === 'img' ? content[0] : undefined;
  if (!img || !(IMAGE_FILE.test(href) || IMAGE_HOST.test(href))) return undefined;
  return { ...img, properties: { ...img.properties, src: href } };
}

/** The clean-up before conversion, on the hast tree. */
function cleanTree(tree: HastRoot, context: ResolvingContext) {
  // The body's highest heading becomes h2: the article title is the page's only h1.
  let highest = 7;
  const visitHeadings = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const level = /^h([1-6])$/.exec(child.tagName)?.[1];
      if (level) highest = Math.min(highest, Number(level));
      visitHeadings(child);
    }
  };
  visitHeadings(tree);
  const shift = highest < 7 ? 2 - highest : 0;

  const clean = (children: (HastContent | ElementContent)[]): ElementContent[] => {
    const result: ElementContent[] = [];
    for (const child of children) {
      if (child.type === 'comment' || child.type === 'doctype') continue; // <!--more-->, block comments
      if (child.type !== 'element') {
        result.push(child as ElementContent);
        continue;
      }
      const tag = child.tagName;
      if (DROPPED.has(tag)) {
        if (tag === 'form' || tag === 'svg') context.notes.push(t.notes.leftOut(tag));
        continue;
      }
      if (EMBEDDED.has(tag)) {
        const page = playerPage(child, context.resolve);
        context.count?.('embeds', `<${tag}>`, page ? undefined : t.notes.noSource(tag));
        if (page) result.push(embedLink(page, String(child.properties.title ?? '')));
        else context.notes.push(t.notes.noSource(tag));
        continue;
      }
      if (tag === 'a' && typeof child.properties.dataEmbed === 'string') {
        const href = String(child.properties.href ?? '');
        const title = child.properties.dataEmbed;
        result.push(...embedLink(context.resolve(href), title).children);
        continue;
      }
      const image = tag === 'a' ? fullSizeImage(child) : undefined;
      if (image) {
        result.push(image);
        continue;
      }
      // A script address is no link: what it said stays as text.
      if (tag === 'a' && /^\s*(javascript|vbscript|data):/i.test(String(child.properties.href ?? ''))) {
        result.push(...clean(child.children));
        continue;
      }
      const level = /^h([1-6])$/.exec(tag)?.[1];
      if (level) child.tagName = `h${Math.min(6, Number(level) + shift)}`;
      // A gallery the WordPress rendering marked becomes <Gallery> (handler below).
      if (tag === 'div' && child.properties.dataGallery !== undefined) child.tagName = GALLERY;
      // The visual editor wrote strikethrough as a styled span: it means <del>.
      if (tag === 'span' && /text-decoration[^;]*line-through/i.test(String(child.properties.style ?? ''))) child.tagName = 'del';
      if (tag === 'a' && typeof child.properties.href === 'string') child.properties.href = context.rewriteLink(context.resolve(child.properties.href));
      child.children = paragraphsFromBreaks(clean(child.children));
      result.push(child);
    }
    return result;
  };
  tree.children = splitNestedParagraphs(paragraphsFromBreaks(clean(tree.children))) as HastRoot['children'];
  // A paragraph that is only an embed link's URL (WordPress auto-embeds such lines).
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'p') continue;
    const only = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
    const url = only.length === 1 ? text(only[0]!).trim() : '';
    if (/^https?:\/\/\S+$/.test(url) && embedProvider(url) && (only[0]!.type === 'text' || (only[0]!.type === 'element' && only[0]!.tagName === 'a'))) {
      node.children = embedLink(url).children;
    }
  }
}

const attr = (name: string, value: string | MdxJsxAttribute['value']): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/** HTML from an export → the MDX body (without frontmatter). */
export function htmlToMdx(html: string, options: MdxContext): string {
  const context: ResolvingContext = { resolve: (url) => url, ...options };
  const image = (node: Element) => {
    const src = node.properties.src ? context.resolve(String(node.properties.src)) : '';
    return { src, local: src ? context.imageSource(src) : undefined, alt: String(node.properties.alt ?? '').trim() };
  };
  const missingImage = (src: string, alt: string): Paragraph => {
    context.notes.push(t.notes.imageMissing(src));
    return { type: 'paragraph', children: [{ type: 'link', url: src, children: [{ type: 'text', value: t.missingImage(alt) }] }] };
  };

  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: HastRoot) => cleanTree(tree, context))
    .use(rehypeRemark, {
      handlers: {
        figure(state, node: Element) {
          const img = findElement(node, 'img');
          const caption = findElement(node, 'figcaption');
          const captionText = caption ? text(caption).replace(/\s+/g, ' ').trim() : '';
          if (!img) return state.all(node) as RootContent[];
          const { src, local, alt } = image(img);
          if (!local) {
            // The caption outlives its image: kept as text after the link to the original.
            const paragraph = missingImage(src, alt || captionText);
            if (alt && captionText && captionText !== alt) paragraph.children.push({ type: 'text', value: t.missingCaption(captionText) });
            return paragraph;
          }
          // A path, not an import: the build imports it (src/build/mdx-image-paths.ts), and the editor can keep it.
          const figure: MdxJsxFlowElement = {
            type: 'mdxJsxFlowElement',
            name: 'Figure',
            attributes: [attr('src', local), attr('alt', alt || captionText || t.imageWithoutAlt), ...(captionText ? [attr('caption', captionText)] : [])],
            children: [],
          };
          if (!alt && !captionText) context.notes.push(t.notes.imageNoAlt(src));
          return figure as unknown as RootContent;
        },
        [GALLERY](_state, node: Element) {
          // The images that could be had go into one <Gallery>; the others are linked after it.
          const images: { src: string; alt: string; caption?: string }[] = [];
          const missing: Paragraph[] = [];
          for (const figure of node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'figure')) {
            const img = findElement(figure, 'img');
            if (!img) continue;
            const caption = text(findElement(figure, 'figcaption') ?? figure)
              .replace(/\s+/g, ' ')
              .trim();
            const { src, local, alt } = image(img);
            if (!local) {
              missing.push(missingImage(src, alt || caption));
              continue;
            }
            if (!alt && !caption) context.notes.push(t.notes.imageNoAlt(src));
            images.push({ src: local, alt: alt || caption || t.imageWithoutAlt, ...(caption ? { caption } : {}) });
          }
          const gallery: MdxJsxFlowElement = {
            type: 'mdxJsxFlowElement',
            name: 'Gallery',
            // As JSON, the form the editor writes too.
            attributes: [attr('images', { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(images) })],
            children: [],
          };
          return [...(images.length > 0 ? [gallery as unknown as RootContent] : []), ...missing];
        },
        img(_state, node: Element) {
          const { src, local, alt } = image(node);
          if (!src) return undefined;
          if (!local) return missingImage(src, alt).children[0] as PhrasingContent;
          if (!alt) context.notes.push(t.notes.imageNoAlt(src));
          return { type: 'image', url: local, alt, title: null };
        },
      },
    })
    .use(remarkGfm)
    .use(remarkMdx)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, listItemIndent: 'one' });

  const tree = processor.runSync(processor.parse(html)) as MdastRoot;
  dropRawHtml(tree);
  spaceAdjacentLinks(tree);
  return processor.stringify(tree).trim();
}

const commentProcessor = unified().use(rehypeParse, { fragment: true }).use(rehypeStringify);

/**
 * A comment's HTML before it is sanitised: players of known video and audio hosts become the
 * same links as in posts (a comment made only of videos keeps them); any other frame a reader
 * slipped in is dropped, as the old blog did not show it either. Links to the old blog's posts
 * lead to their new pages.
 */
export function commentHtml(html: string, context: Pick<MdxContext, 'rewriteLink' | 'resolve'>): string {
  const resolve = context.resolve ?? ((url: string) => url);
  const tree = commentProcessor.parse(html);
  visit(tree, 'element', (node: Element, index, parent) => {
    if (EMBEDDED.has(node.tagName) && parent && index !== undefined) {
      const page = playerPage(node, resolve);
      const link = page && embedProvider(page) ? embedLink(page, String(node.properties.title ?? '')) : undefined;
      // A paragraph of its own, unless it stands inside one already.
      const inline = parent.type === 'element' && parent.tagName === 'p';
      parent.children.splice(index, 1, ...(link ? (inline ? link.children : [link]) : []));
      return [SKIP, index];
    }
    if (node.tagName === 'a' && typeof node.properties.href === 'string') node.properties.href = context.rewriteLink(resolve(node.properties.href));
  });
  return commentProcessor.stringify(tree);
}

function findElement(node: Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/** Images side by side that became links (not fetched) would run together as one word: a space between them. */
function spaceAdjacentLinks(tree: MdastRoot) {
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    paragraph.children = paragraph.children.flatMap((child, index) =>
      index > 0 && child.type === 'link' && paragraph.children[index - 1]!.type === 'link' ? [{ type: 'text', value: ' ' } as PhrasingContent, child] : [child],
    );
  });
}

/** Raw HTML is not MDX: any `html` node that slipped through becomes plain text. */
function dropRawHtml(node: MdastRoot | RootContent) {
  if (!('children' in node)) return;
  node.children = node.children.map((child) =>
    child.type === 'html' ? { type: 'text', value: child.value.replace(/<!--[\s\S]*?-->/g, '') } : child,
  ) as typeof node.children;
  for (const child of node.children) dropRawHtml(child as RootContent);
}
