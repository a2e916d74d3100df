/**
 * Old addresses of imported (or renamed) articles and pages, as one checked map: which old
 * path goes where, and which old query links (`/?p=123`) only a script can catch. Two owners
 * of one old address, or an old address that is now a real page, fail the build naming both.
 */

export interface RedirectSource {
  /** Who claims the old addresses, for messages: a file path. */
  owner: string;
  /** Where they lead, a root-relative path without base. */
  to: string;
  from: readonly string[];
}

export interface RedirectMap {
  /** Old path (normalised) → the path as first written, and the new path: a stub page and a `_redirects` line each. */
  paths: Map<string, { as: string; to: string }>;
  /** `p=123` → new path: looked up by a script on the home and 404 pages. */
  queries: Map<string, string>;
}

/** A path that is not valid percent-encoding stays as written. */
function decodeURIOrSelf(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** "/2010/04/Café.html" and "/2010/04/Caf%C3%A9.html" are one address; "/a" and "/a/" too. */
export function normalisePath(path: string): string {
  const decoded = decodeURIOrSelf(path);
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') || '/' : decoded;
}

/** The file a static host serves for an old path: /a/b/ → a/b/index.html, /a/b.html → a/b.html. */
export function stubFile(path: string): string {
  const clean = normalisePath(path).replace(/^\/+/, '');
  return /\.html?$/i.test(clean) ? clean : `${clean ? `${clean}/` : ''}index.html`;
}

/** Builds the map, or throws with every conflict listed. `isPage(path)` says whether a real page already lives at a path. */
export function redirectMap(sources: readonly RedirectSource[], isPage: (path: string) => boolean): RedirectMap {
  const paths = new Map<string, { as: string; to: string }>();
  const queries = new Map<string, string>();
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const { owner, to, from } of sources) {
    for (const alias of from) {
      const [path = '/', query = ''] = alias.split('?', 2);
      const isQuery = normalisePath(path) === '/' && query !== '';
      const key = isQuery ? `?${new URLSearchParams(query).toString()}` : normalisePath(path);
      const other = owners.get(key);
      if (other && other !== owner) {
        problems.push(`${alias} is claimed as an old address by both ${other} and ${owner}`);
        continue;
      }
      owners.set(key, owner);
      if (normalisePath(to) === key) continue;
      if (isQuery) queries.set(key.slice(1), to);
      else if (key === '/') problems.push(`${owner}: the old address ${alias} is the home page; it cannot redirect`);
      else if (isPage(key)) problems.push(`${owner}: the old address ${alias} is a page of this site; remove it from aliases`);
      else paths.set(key, { as: path, to });
    }
  }
  if (problems.length > 0) throw new Error(`Redirects:\n  ${problems.join('\n  ')}`);
  return { paths, queries };
}

/** Netlify and Cloudflare Pages `_redirects`: explicit 301s (Cloudflare's default is 302). */
export function redirectsFile(map: RedirectMap, withBase: (path: string) => string): string {
  const lines = [...map.paths.values()].map(({ as, to }) => `${encodeURI(withBase(decodeURIOrSelf(as)))} ${encodeURI(withBase(to))} 301`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
