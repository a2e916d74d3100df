import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../i18n/nl.ts';
import { getCatalog } from '../../data/catalog.ts';
import { formatDate } from '../../lib/dates.ts';
import type { ArticleType } from '../../lib/article-types.ts';
import { previewBuckets, type Preview } from '../../features/link-previews/buckets.ts';

/** The link preview files (src/features/link-previews/buckets.ts): /voorbeelden/0.json, /voorbeelden/1.json, ... */
export const getStaticPaths = (async () => {
  const { graph, theses } = await getCatalog();
  const buckets = previewBuckets(graph, (node): Preview => {
    const kind = ui.graph.kinds[node.kind];
    if (node.kind === 'article')
      return { kind: `${kind} · ${ui.types[node.type as ArticleType].label}`, title: node.title, meta: formatDate(node.date!), text: node.description };
    const verdict = node.kind === 'thesis' ? theses.get(node.key.slice('theses/'.length))?.data.verdict : undefined;
    return { kind, title: node.title, meta: verdict && ui.entities.verdicts[verdict.status], text: node.description };
  });
  return buckets.map((previews, index) => ({ params: { bucket: String(index) }, props: { previews } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.previews), { headers: { 'content-type': 'application/json' } });
