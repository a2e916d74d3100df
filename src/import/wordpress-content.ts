/**
 * WordPress's stored post_content to plain HTML, the way WordPress itself renders it: block
 * editor content through its block parser, classic content through autop (no <p> is stored),
 * then shortcodes. Embeds and media become marked links (`data-embed`), never iframes.
 */
import { autop } from '@wordpress/autop';
import { parse as parseBlocks } from '@wordpress/block-serialization-default-parser';
import { replace as replaceShortcode, type Shortcode } from '@wordpress/shortcode';
import { decodeHTML, escapeAttribute, escapeText } from 'entities';
import { ui } from '../i18n/nl.ts';
import type { SourceImage } from './model.ts';

export interface WordPressContext {
  /** The site's media library by attachment id. */
  attachments: Map<string, SourceImage & { parentId?: string; caption?: string | undefined }>;
  /** The post's own id: a `[gallery]` without ids shows the post's attachments. */
  postId: string;
  /** Shortcodes that were not understood, kept as text. */
  unknownShortcodes: Set<string>;
  /** Where the post was on the old site: a gallery whose images the export lacks links there. */
  postUrl?: string | undefined;
  /** Observations for the report. */
  notes?: string[];
  /** Counts each player, gallery and shortcode met, for the report's reconciliation: written, or skipped with the reason. */
  count?: (kind: 'embeds' | 'galleries' | 'shortcodes', what: string, reason?: string) => void;
}

type Block = ReturnType<typeof parseBlocks>[number];

/** A link standing in for an embed: rendered as a plain link, with its provider for the label. */
export function embedHtml(url: string, title?: string): string {
  return `<p><a href="${escapeAttribute(url)}" data-embed="${escapeAttribute(title ?? '')}">${escapeText(title ?? url)}</a></p>`;
}

function blockHtml(block: Block, context: WordPressContext): string {
  const name = block.blockName;
  if (name === null) return block.innerHTML.trim() ? classicHtml(block.innerHTML) : '';
  if (name === 'core/more' || name === 'core/nextpage') return '';
  if (name === 'core/embed' || name.startsWith('core-embed/')) {
    const url = typeof block.attrs?.url === 'string' ? block.attrs.url : /https?:\/\/[^\s<"]+/.exec(block.innerHTML)?.[0];
    context.count?.('embeds', name, url ? undefined : ui.import.notes.noSource(name));
    return url ? embedHtml(url) : '';
  }
  let inner = 0;
  return block.innerContent.map((part) => (part === null ? blockHtml(block.innerBlocks[inner++]!, context) : part)).join('');
}

/** Shortcodes that stand for a player: each is an embed in the reconciliation. */
const PLAYER_SHORTCODES = new Set(['embed', 'youtube', 'vimeo', 'audio', 'video']);

/** Classic-editor text: the more and page-break markers end a paragraph, then autop adds the <p>s. */
const classicHtml = (content: string) => autop(content.replace(/<!--\s*(more|nextpage|noteaser)\b[^>]*-->/g, '\n\n'));

const hasBlocks = (content: string) => /<!--\s+wp:[a-z]/.test(content);

/** Known shortcodes and what they become; the attribute forms are those WordPress accepts. */
const SHORTCODES: Record<string, (code: Shortcode, context: WordPressContext) => string> = {
  caption(code) {
    // [caption id="…" width="…"]<img …> The caption[/caption], or caption="…" as an attribute.
    const content = code.content ?? '';
    const image = /^\s*((?:<a [^>]*>\s*)?<img [^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(content);
    const caption = code.attrs.named.caption ?? image?.[2]?.trim() ?? '';
    return `<figure>${image?.[1] ?? content}<figcaption>${caption}</figcaption></figure>`;
  },
  wp_caption(code, context) {
    return SHORTCODES.caption!(code, context);
  },
  gallery(code, context) {
    const ids =
      code.attrs.named.ids?.split(',').map((id) => id.trim()) ??
      [...context.attachments].filter(([, image]) => image.parentId === context.postId).map(([id]) => id);
    const images = ids.flatMap((id) => context.attachments.get(id) ?? []);
    if (images.length === 0) {
      // A "posts only" export has no attachments: the gallery is still where it was.
      context.notes?.push(ui.import.notes.galleryElsewhere);
      return context.postUrl ? embedHtml(context.postUrl, ui.import.galleryElsewhere) : '';
    }
    // One block the MDX conversion turns into <Gallery>: each image with its caption.
    const figures = images.map(
      (image) =>
        `<figure><img src="${escapeAttribute(image.url)}" alt="${escapeAttribute(image.alt ?? '')}">${image.caption ? `<figcaption>${escapeText(image.caption)}</figcaption>` : ''}</figure>`,
    );
    return `<div data-gallery>${figures.join('')}</div>`;
  },
  embed(code) {
    const url = code.content?.trim() || code.attrs.named.url || '';
    return url ? embedHtml(url) : '';
  },
  youtube(code) {
    // [youtube https://…], [youtube=https://…] (WordPress.com), [youtube id="…"]
    const raw = code.attrs.named.url ?? code.attrs.numeric[0] ?? code.content ?? '';
    const id = code.attrs.named.id;
    const url = id ? `https://www.youtube.com/watch?v=${id}` : raw.replace(/^=/, '').trim();
    return url ? embedHtml(url) : '';
  },
  vimeo(code) {
    const raw = (code.attrs.named.id ?? code.attrs.numeric[0] ?? code.content ?? '').replace(/^=/, '').trim();
    return raw ? embedHtml(/^\d+$/.test(raw) ? `https://vimeo.com/${raw}` : raw) : '';
  },
  audio(code) {
    const url = code.attrs.named.src ?? code.attrs.named.mp3 ?? code.attrs.named.m4a ?? code.attrs.named.ogg ?? code.attrs.numeric[0] ?? '';
    return url ? embedHtml(url) : '';
  },
  video(code) {
    const url = code.attrs.named.src ?? code.attrs.named.mp4 ?? code.attrs.named.webm ?? code.attrs.numeric[0] ?? '';
    return url ? embedHtml(url) : '';
  },
};

/** Every shortcode name in the text (`[name` not preceded by another `[`). */
function shortcodeNames(html: string): Set<string> {
  return new Set([...html.matchAll(/\[\[?([a-zA-Z][\w-]*)(?=[\s\]=/])/g)].map((match) => match[1]!));
}

function applyShortcodes(html: string, context: WordPressContext): string {
  let result = html;
  for (const name of shortcodeNames(html)) {
    const known = SHORTCODES[name];
    result = replaceShortcode(name, result, (code) => {
      if (known) {
        const html = known(code, context);
        context.count?.('shortcodes', `[${name}]`);
        if (PLAYER_SHORTCODES.has(name)) context.count?.('embeds', `[${name}]`, html ? undefined : ui.import.notes.noSource(`[${name}]`));
        if (name === 'gallery') context.count?.('galleries', '[gallery]', html ? undefined : ui.import.notes.galleryLost);
        return html;
      }
      context.count?.('shortcodes', `[${name}]`, ui.import.notes.unknownShortcode);
      context.unknownShortcodes.add(name);
      // Unknown: what it wrapped stays readable; a lone tag stays as the text it was.
      return code.type === 'closed' ? (code.content ?? '') : `[${name}${rawAttributes(code)}]`;
    });
  }
  return result;
}

function rawAttributes(code: Shortcode): string {
  const named = Object.entries(code.attrs.named).map(([key, value]) => ` ${key}="${value}"`);
  const numeric = code.attrs.numeric.map((value) => ` ${value}`);
  return [...named, ...numeric].join('');
}

/**
 * The syntax-highlighter shortcodes (SyntaxHighlighter Evolved, WordPress.com's `[code]`):
 * `[code language="php"]`, `[sourcecode lang="css"]` and one per language, `[php]…[/php]`.
 * Value: the language name for the code fence.
 */
const CODE_SHORTCODES: Record<string, string> = {
  code: '',
  sourcecode: '',
  ...Object.fromEntries(
    Object.entries({
      actionscript: 'as3 actionscript3',
      bash: 'bash shell sh',
      c: 'c',
      clojure: 'clj clojure',
      coldfusion: 'cf coldfusion',
      cpp: 'cpp',
      csharp: 'c-sharp csharp',
      css: 'css',
      delphi: 'delphi pas pascal',
      diff: 'diff patch',
      erlang: 'erl erlang',
      fsharp: 'fsharp',
      go: 'go golang',
      groovy: 'groovy',
      haskell: 'haskell',
      html: 'html xhtml',
      java: 'java',
      javafx: 'jfx javafx',
      javascript: 'js jscript javascript',
      latex: 'latex tex',
      matlab: 'matlab',
      objectivec: 'objc obj-c',
      perl: 'perl pl',
      php: 'php',
      powershell: 'ps powershell',
      python: 'py python',
      r: 'r splus',
      ruby: 'rails rb ror ruby',
      scala: 'scala',
      sql: 'sql',
      text: 'plain text',
      vbnet: 'vb vbnet',
      xml: 'xml xslt',
      yaml: 'yaml',
    }).flatMap(([language, names]) => names.split(' ').map((name) => [name, language])),
  ),
};
const CODE_NAMES = Object.keys(CODE_SHORTCODES)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[-]/g, '\\$&'))
  .join('|');
const CODE_SHORTCODE = new RegExp(`\\[(${CODE_NAMES})(\\s[^\\]]*)?\\]([\\s\\S]*?)\\[\\/\\1\\]`, 'gi');

/**
 * Code shortcodes become <pre><code> before anything else touches them, so autop adds no <p>
 * or <br> inside and other shortcodes are not read in them: the code stays as written.
 */
function codeBlocks(content: string, context: WordPressContext): string {
  return content.replace(CODE_SHORTCODE, (_, name: string, attributes = '', code: string) => {
    context.count?.('shortcodes', `[${name}]`);
    const named = /\b(?:language|lang)\s*=\s*["']?([\w#+-]+)/i.exec(attributes)?.[1]?.toLowerCase();
    const language = CODE_SHORTCODES[name.toLowerCase()] || (named && (CODE_SHORTCODES[named] ?? named)) || '';
    // Stored as typed in the visual editor, entities and all; one decoding gives the code back.
    const text = decodeHTML(code).replace(/^\r?\n|\r?\n$/g, '');
    const escaped = escapeText(text).replaceAll('[', '&#91;');
    return `\n\n<pre><code${language && language !== 'text' ? ` class="language-${language}"` : ''}>${escaped}</code></pre>\n\n`;
  });
}

/** WordPress post_content → HTML. */
export function wordpressToHtml(content: string, context: WordPressContext): string {
  const source = codeBlocks(content, context);
  const html = hasBlocks(source)
    ? parseBlocks(source)
        .map((block) => blockHtml(block, context))
        .join('\n')
    : classicHtml(source);
  return applyShortcodes(html, context);
}
