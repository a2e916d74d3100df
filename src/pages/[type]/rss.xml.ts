import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../i18n/nl.ts';
import { ARTICLE_TYPES, TYPE_SEGMENTS, type ArticleType } from '../../lib/article-types.ts';
import { getCatalog, type Article } from '../../data/catalog.ts';
import { articleFeed, TOPIC_FEED_SIZE } from '../../data/feeds.ts';
import { routes } from '../../lib/paths.ts';
import { siteConfig } from '../../site.config.ts';

/** What the feed of a type holds: its newest articles. */
const ofType = (articles: Article[], type: ArticleType) => articles.filter((article) => article.data.type === type).slice(0, TOPIC_FEED_SIZE);

export const getStaticPaths = (async () => {
  const { articles, keyFor } = await getCatalog();
  return ARTICLE_TYPES.map((type) => ({ params: { type: TYPE_SEGMENTS[type] }, props: { type }, cacheKey: keyFor(ofType(articles, type)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const catalog = await getCatalog();
  const type = props.type as ArticleType;
  return articleFeed({
    title: `${ui.types[type].plural} · ${siteConfig.title}`,
    description: ui.types[type].intro,
    path: routes.typeFeed(type),
    articles: ofType(catalog.articles, type),
    catalog,
  });
};
