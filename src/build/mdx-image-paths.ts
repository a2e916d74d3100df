/**
 * `<Figure src="./foto.jpg">` and `<Gallery images={[{ src: "./foto.jpg", … }]}>` name their
 * images by a path relative to the MDX file, so neither authors nor the editor (which cannot
 * write `import` lines) have to import them. Before MDX compiles a file, the paths become
 * imports, and Astro optimises those images as it does any imported image.
 */
import type { Plugin } from 'vite';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node as EstreeNode, Property } from 'estree';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const MENTIONS_IMAGES = /<(?:Figure|Gallery)\b/;
const parser = unified().use(remarkParse).use(remarkMdx);

/** A path the build can import: relative to the file, not a web address. */
const isLocalPath = (value: unknown): value is string => typeof value === 'string' && /^\.\.?\//.test(value);

/**
 * The MDX source with each local image path of a Figure or Gallery replaced by an imported
 * binding; undefined when there is none. The imports go at the end of the file, so line
 * numbers in compile errors still point at what the author wrote.
 */
export function importImagePaths(source: string): string | undefined {
  if (!MENTIONS_IMAGES.test(source)) return undefined;
  const offset = FRONTMATTER.exec(source)?.[0].length ?? 0;
  const tree = parser.parse(source.slice(offset)) as Root;
  const replacements: { start: number; end: number; path: string; attribute?: true }[] = [];

  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.position) continue;
      if (element.name === 'Figure' && attribute.name === 'src' && isLocalPath(attribute.value)) {
        replacements.push({ start: attribute.position.start.offset!, end: attribute.position.end.offset!, path: attribute.value, attribute: true });
      }
      if (element.name === 'Gallery' && attribute.name === 'images' && typeof attribute.value === 'object' && attribute.value?.data?.estree) {
        for (const literal of gallerySources(attribute.value.data.estree as EstreeNode)) {
          replacements.push({ start: literal.start, end: literal.end, path: literal.value });
        }
      }
    }
  });
  if (replacements.length === 0) return undefined;

  const bindings = new Map<string, string>();
  const binding = (path: string) => {
    if (!bindings.has(path)) bindings.set(path, `__gesprekImage${bindings.size}`);
    return bindings.get(path)!;
  };
  let body = source.slice(offset);
  // From the end backwards, so earlier offsets stay valid.
  for (const { start, end, path, attribute } of replacements.sort((a, b) => b.start - a.start)) {
    body = `${body.slice(0, start)}${attribute ? `src={${binding(path)}}` : binding(path)}${body.slice(end)}`;
  }
  const imports = [...bindings].map(([path, name]) => `import ${name} from ${JSON.stringify(path)};`).join('\n');
  return `${source.slice(0, offset)}${body}\n\n${imports}\n`;
}

/** The string literals given as `src` in a Gallery's images array, with their offsets. */
function gallerySources(program: EstreeNode): { start: number; end: number; value: string }[] {
  const found: { start: number; end: number; value: string }[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const candidate = node as Partial<Property> & { type?: string };
    if (candidate.type === 'Property' && !candidate.computed) {
      const key = candidate.key as { type: string; name?: string; value?: unknown };
      const name = key.type === 'Identifier' ? key.name : key.value;
      const value = candidate.value as { type: string; value?: unknown; start?: number; end?: number };
      if (name === 'src' && value.type === 'Literal' && isLocalPath(value.value)) {
        found.push({ start: value.start!, end: value.end!, value: value.value });
        return;
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'range') walk(child);
  };
  walk(program);
  return found;
}

/** The Vite side: runs before the MDX plugin on every `.mdx` module that names an image. */
export function mdxImagePaths(): Plugin {
  return {
    name: 'gesprek:mdx-image-paths',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('.mdx')) return undefined;
      const rewritten = importImagePaths(code);
      return rewritten === undefined ? undefined : { code: rewritten, map: null };
    },
  };
}
