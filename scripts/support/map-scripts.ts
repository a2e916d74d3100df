/**
 * The script files /kaart/ runs, in a built site: the map's module (in its template until the
 * page is parsed) and the chunks it names, the painter's worker. For the benchmark's
 * and the budget test's byte counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

export function mapScripts(dist: string): { module: string; chunks: string[] } {
  const src = parse(readFileSync(join(dist, 'kaart/index.html'), 'utf8'))
    .querySelector('template#map-script script[src]')!
    .getAttribute('src')!;
  const module = join(dist, src);
  const code = readFileSync(module, 'utf8');
  const chunks = readdirSync(join(dist, '_astro'))
    .filter((file) => file.endsWith('.js') && code.includes(`/_astro/${file}`))
    .map((file) => join(dist, '_astro', file));
  return { module, chunks };
}
