import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/site-paths.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
