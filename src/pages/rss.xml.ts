import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/content.ts';
import { articleFeed } from '../lib/feeds.ts';
import { routes } from '../lib/paths.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return articleFeed({ title: siteConfig.title, description: siteConfig.description, path: routes.rss(), articles: catalog.articles, catalog });
};
