import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { previewBuckets } from '../../features/link-previews/buckets.ts';
import { previewOf } from '../../features/link-previews/preview-of.ts';

/** The link preview files (src/features/link-previews/buckets.ts): /voorbeelden/0.json, /voorbeelden/1.json, ... */
export const getStaticPaths = (async () => {
  const { graph, theses } = await getCatalog();
  const verdictOf = (key: string) => theses.get(key.slice('theses/'.length))?.data.verdict?.status;
  return previewBuckets(graph, (node) => previewOf(node, verdictOf)).map((previews, index) => ({ params: { bucket: String(index) }, props: { previews } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.previews), { headers: { 'content-type': 'application/json' } });
