import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../i18n/nl.ts';
import { ARTICLE_TYPES, TYPE_SEGMENTS } from '../../lib/article-types.ts';
import { getCatalog } from '../../data/catalog.ts';
import { articleFeed, TOPIC_FEED_SIZE } from '../../data/feeds.ts';
import { routes } from '../../lib/paths.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const { fingerprint } = await getCatalog();
  return ARTICLE_TYPES.map((type) => ({ params: { type: TYPE_SEGMENTS[type] }, props: { type }, cacheKey: fingerprint }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const catalog = await getCatalog();
  const type = props.type as (typeof ARTICLE_TYPES)[number];
  return articleFeed({
    title: `${ui.types[type].plural} · ${siteConfig.title}`,
    description: ui.types[type].intro,
    path: routes.typeFeed(type),
    articles: catalog.articles.filter((article) => article.data.type === type).slice(0, TOPIC_FEED_SIZE),
    catalog,
  });
};
