import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../../i18n/nl.ts';
import { getCatalog } from '../../../data/catalog.ts';
import { articleFeed, TOPIC_FEED_SIZE } from '../../../data/feeds.ts';
import { groupByTag } from '../../../lib/grouping.ts';
import { routes } from '../../../lib/paths.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { articles, keyFor } = await getCatalog();
  return groupByTag(articles).map((tag) => ({
    params: { tag: tag.slug },
    props: { label: tag.label, items: tag.items },
    cacheKey: keyFor(tag.items.slice(0, TOPIC_FEED_SIZE)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const catalog = await getCatalog();
  return articleFeed({
    title: `${ui.tags.tagTitle(props.label)} · ${siteConfig.title}`,
    description: ui.tags.tagIntro(props.items.length, props.label),
    path: routes.tagFeed(props.label),
    articles: props.items.slice(0, TOPIC_FEED_SIZE),
    catalog,
  });
};
