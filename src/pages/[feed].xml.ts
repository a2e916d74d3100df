import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { articleFeed } from '../data/feeds.ts';
import { routes } from '../lib/paths.ts';
import { siteConfig } from '../site.config.ts';

/**
 * /rss.xml, every published article in full. A parameter with a single value rather than a
 * file named rss.xml.ts: only paths from getStaticPaths carry a cacheKey, and with one the
 * incremental build copies this large feed while the content is unchanged instead of
 * rendering every article again.
 */
export const getStaticPaths = (async () => {
  const { articles, keyFor } = await getCatalog();
  return [{ params: { feed: 'rss' }, cacheKey: keyFor(articles) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return articleFeed({ title: siteConfig.title, description: siteConfig.description, path: routes.rss(), articles: catalog.articles, catalog });
};
