import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { mapData } from '../../features/map/map-data.ts';

/** The whole knowledge graph for the map, slim: titles, kinds, routes and links only. */
export const GET: APIRoute = async () => {
  const { graph } = await getCatalog();
  return new Response(JSON.stringify(mapData(graph)), { headers: { 'content-type': 'application/json' } });
};
