/** Reading the built site: HTML files parsed with node-html-parser, never grepped. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(PROJECT_ROOT, process.env.DIST_DIR ?? 'dist');

export function walk(dir: string, predicate: (file: string) => boolean = () => true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path, predicate);
    return predicate(path) ? [path] : [];
  });
}

export function htmlFiles(dist = DIST): string[] {
  return walk(dist, (file) => file.endsWith('.html'));
}

/** The file a route (without base) is served from. */
export function fileOf(route: string, dist = DIST): string {
  return route.endsWith('/') ? join(dist, route, 'index.html') : join(dist, route);
}

export function routeExists(route: string, dist = DIST): boolean {
  return existsSync(fileOf(route, dist));
}

const cache = new Map<string, HTMLElement>();
export function page(route: string, dist = DIST): HTMLElement {
  const file = fileOf(route, dist);
  let root = cache.get(file);
  if (!root) {
    if (!existsSync(file)) throw new Error(`No page at ${route} (${relative(PROJECT_ROOT, file)})`);
    root = parse(readFileSync(file, 'utf8'));
    cache.set(file, root);
  }
  return root;
}

export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
