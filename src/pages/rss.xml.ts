import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ui } from '../i18n/nl.ts';
import { getCatalog } from '../lib/content.ts';
import { routes } from '../lib/paths.ts';
import { absoluteUrl } from '../lib/site-paths.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { articles, authors } = await getCatalog();
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: absoluteUrl(routes.home()),
    trailingSlash: true,
    customData: `<language>${siteConfig.locale.toLowerCase()}</language>`,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.pubDate,
      link: absoluteUrl(routes.article(article.id)),
      categories: [ui.types[article.data.type].label, ...article.data.tags],
      author: authors.get(article.data.author.id)?.data.name,
    })),
  });
};
