/**
 * Full article HTML for feeds, with every root-relative URL made absolute. A build renders
 * the article pages first, and each hands its body over (components/ArticleBody.astro); an
 * article whose page did not render (`astro dev`, or a page the incremental build copied) is
 * rendered here through Astro's container API with the same components, unless an earlier
 * build kept it (src/build/feed-bodies.ts). Either way once per build, however many feeds
 * include it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../components/mdx/index.ts';
import { keepBody, keptBody } from '../build/feed-bodies.ts';
import type { Article } from './catalog.ts';

let containerPromise: Promise<AstroContainer> | undefined;
/** Root-relative body HTML by article id. */
const bodies = new Map<string, Promise<string>>();

/** Root-relative href/src/srcset values become absolute on `origin`. */
export function absolutizeUrls(html: string, origin: string): string {
  const base = origin.replace(/\/$/, '');
  return html
    .replace(/\b(href|src)="(\/(?!\/)[^"]*)"/g, (_, attribute: string, path: string) => `${attribute}="${base}${path}"`)
    .replace(/\bsrcset="([^"]*)"/g, (_, list: string) => `srcset="${list.replace(/(^|,\s*)(\/(?!\/))/g, `$1${base}/`)}"`);
}

/** The article page's rendered body, for the feeds that follow (and the next build's). */
export function rememberArticleBody(article: Article, html: string): void {
  bodies.set(article.id, Promise.resolve(html));
  keepBody(article, html);
}

function articleBody(article: Article): Promise<string> {
  let html = bodies.get(article.id);
  if (!html) {
    html = (async () => {
      const kept = await keptBody(article);
      if (kept !== undefined) return kept;
      containerPromise ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
      const container = await containerPromise;
      const { Content } = await render(article);
      const rendered = await container.renderToString(Content, { props: { components: mdxComponents }, locals: { mdxSource: article.filePath } });
      keepBody(article, rendered);
      return rendered;
    })();
    bodies.set(article.id, html);
  }
  return html;
}

export async function feedHtml(article: Article, origin: string): Promise<string> {
  return absolutizeUrls(await articleBody(article), origin);
}
