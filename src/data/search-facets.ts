/**
 * The search filters with their counts, as Pagefind will index them: the same values the pages
 * mark with `data-pagefind-filter` (articles and entity pages, theses included). The search page
 * renders them at build time, so its chips need no script.
 */
import { countFacets, type FacetCounts, type PageFacets } from '../features/search/facets.ts';
import { ui } from '../i18n/nl.ts';
import { yearOf } from '../lib/dates.ts';
import { getCatalog } from './catalog.ts';
import { entityKinds } from './entity-kinds.ts';

export async function getSearchFacets(): Promise<FacetCounts> {
  const catalog = await getCatalog();
  const pages: PageFacets[] = [
    ...catalog.articles
      .filter((article) => catalog.meta.get(article.id)?.published)
      .map(({ data }) => ({ type: [ui.types[data.type].label], tag: data.tags, year: [yearOf(data.pubDate)] })),
    ...Object.values(entityKinds).flatMap((kind) => Array.from({ length: catalog[kind.collection].size }, () => ({ type: [kind.label] }))),
  ];
  return countFacets(pages);
}
