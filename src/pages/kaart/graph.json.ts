import type { APIRoute } from 'astro';
import { mapFile } from '../../build/map-layout/index.ts';
import { getCatalog } from '../../data/catalog.ts';

/** The whole knowledge graph for the map, slim: nodes per kind, links and the settled layout, in the order /kaart/ lists the nodes. */
export const GET: APIRoute = async () => {
  const { graph } = await getCatalog();
  return new Response(JSON.stringify(await mapFile(graph)), { headers: { 'content-type': 'application/json' } });
};
