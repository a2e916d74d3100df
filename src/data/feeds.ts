import { ui } from '../i18n/nl.ts';
import { siteConfig } from '../site.config.ts';
import type { Article, Catalog } from './catalog.ts';
import { feedHtml } from './feed-content.ts';
import { streamedFeed } from './feed-stream.ts';
import { routes } from '../lib/paths.ts';
import { absoluteUrl } from './site-paths.ts';

/** Type and tag feeds carry the most recent articles; the main feed carries them all. */
export const TOPIC_FEED_SIZE = 50;

export interface FeedOptions {
  title: string;
  description: string;
  /** Root-relative path of the feed itself (for atom:link rel="self"). */
  path: string;
  articles: Article[];
  catalog: Catalog;
}

export function articleFeed({ title, description, path, articles, catalog }: FeedOptions): Response {
  const origin = new URL(siteConfig.url).origin;
  const channel = {
    title,
    description,
    site: absoluteUrl(routes.home()),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', content: 'http://purl.org/rss/1.0/modules/content/', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${siteConfig.locale.toLowerCase()}</language><atom:link href="${absoluteUrl(path)}" rel="self" type="application/rss+xml"/>`,
  };
  return streamedFeed(channel, articles.length, (from, to) =>
    Promise.all(
      articles.slice(from, to).map(async (article) => ({
        title: article.data.title,
        description: article.data.description,
        pubDate: article.data.pubDate,
        link: absoluteUrl(routes.article(article.id)),
        categories: [ui.types[article.data.type].label, ...article.data.tags],
        content: await feedHtml(article, origin),
        customData: `<dc:creator><![CDATA[${catalog.authors.get(article.data.author.id)?.data.name ?? ''}]]></dc:creator>`,
      })),
    ),
  );
}
