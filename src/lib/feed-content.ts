/**
 * Full article HTML for feeds: MDX rendered through Astro's container API with the same
 * components as the page, every root-relative URL made absolute, and each article
 * rendered once per build however many feeds include it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../components/mdx/index.ts';
import type { Article } from './content.ts';

let containerPromise: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

/** Root-relative href/src/srcset values become absolute on `origin`. */
export function absolutizeUrls(html: string, origin: string): string {
  const base = origin.replace(/\/$/, '');
  return html
    .replace(/\b(href|src)="(\/(?!\/)[^"]*)"/g, (_, attribute: string, path: string) => `${attribute}="${base}${path}"`)
    .replace(/\bsrcset="([^"]*)"/g, (_, list: string) => `srcset="${list.replace(/(^|,\s*)(\/(?!\/))/g, `$1${base}/`)}"`);
}

export function feedHtml(article: Article, origin: string): Promise<string> {
  let html = rendered.get(article.id);
  if (!html) {
    containerPromise ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
    html = (async () => {
      const container = await containerPromise!;
      const { Content } = await render(article);
      const body = await container.renderToString(Content, { props: { components: mdxComponents }, locals: { mdxSource: article.filePath } });
      return absolutizeUrls(body, origin);
    })();
    rendered.set(article.id, html);
  }
  return html;
}
