/**
 * A link checker over a built site: every internal href, src and srcset must resolve to a
 * file in dist/, and every #fragment to an element id in the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFiles } from './dist.ts';

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const root = parse(readFileSync(file, 'utf8'));
    ids = new Set(root.querySelectorAll('[id], a[name]').map((element) => element.getAttribute('id') ?? element.getAttribute('name') ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

function targetFile(dist: string, path: string): string | undefined {
  const candidate = join(dist, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** `site` is the deployment origin (absolute URLs on it count as internal); `base` the sub-path. */
export function checkLinks(dist: string, { site, base }: { site: string; base: string }): { checked: number; broken: BrokenLink[] } {
  idCache.clear();
  const prefix = base.replace(/\/+$/, '');
  const siteOrigin = new URL(site).origin;
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const pagePath = `${prefix}/${relative(dist, file).replace(/index\.html$/, '')}`;
    const pageUrl = new URL(pagePath, siteOrigin);
    const root = parse(readFileSync(file, 'utf8'));
    const urls = [
      ...root.querySelectorAll('a[href], link[href], area[href]').map((element) => element.getAttribute('href')!),
      ...root.querySelectorAll('img[src], script[src], source[src], iframe[src]').map((element) => element.getAttribute('src')!),
      ...root.querySelectorAll('img[srcset], source[srcset]').flatMap((element) =>
        element
          .getAttribute('srcset')!
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0]!),
      ),
    ];
    for (const raw of urls) {
      if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== siteOrigin) continue;
      checked += 1;
      const report = (reason: string) => broken.push({ page: relative(dist, file), url: raw, reason });
      if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) {
        report(`outside the base path ${prefix}`);
        continue;
      }
      const target = targetFile(dist, url.pathname.slice(prefix.length) || '/');
      if (!target) {
        report('no such file in dist/');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) report(`no element with id "${fragment}"`);
    }
  }
  return { checked, broken };
}
