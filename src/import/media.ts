/**
 * Images for imported posts: found in a local uploads or Takeout folder (--media), or
 * downloaded one at a time with a pause between requests into a cache that a second run
 * reuses. Only real image files are kept (an error page saved as .jpg would break the build);
 * no network is a reported condition, not a crash.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ui } from '../i18n/nl.ts';
import { slugify } from '../lib/slug.ts';

export type MediaResult = { bytes: Uint8Array; extension: string; from: 'folder' | 'download' | 'cache' } | { missing: string };

/** The file type from its first bytes; undefined for anything that is not an image Astro can optimise. */
export function imageExtension(bytes: Uint8Array): string | undefined {
  const starts = (...values: number[]) => values.every((value, index) => bytes[index] === value);
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'webp';
  if (String.fromCharCode(...bytes.slice(4, 12)) === 'ftypavif') return 'avif';
  return undefined;
}

/** Path segments of an image URL, decoded: /wp-content/uploads/2019/03/foto.jpg → [..., '2019', '03', 'foto.jpg']. */
function segmentsOf(url: string): string[] {
  try {
    return new URL(url, 'https://media.invalid').pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment;
        }
      });
  } catch {
    return [];
  }
}

/** The address of the original: Blogger's resized copies (/s320/, =w640-h480) become /s0/ and =s0. */
export function originalImageUrl(url: string): string {
  if (/^https?:\/\/([^/]+\.)?(bp\.blogspot\.com|googleusercontent\.com)\//.test(url)) {
    return url.replace(/\/(s|w|h)\d+(-[\w-]+)?\//, '/s0/').replace(/=(s|w|h)\d+(-[\w-]+)?$/, '=s0');
  }
  // WordPress.com serves resized copies through ?w= and ?resize=.
  return url.replace(/\?(w|h|resize|fit)=[^#]*$/, '');
}

/** A file name for the image next to its article: slugified stem, extension from the bytes. */
export function localFileName(url: string, extension: string, taken: ReadonlySet<string>): string {
  const last = segmentsOf(url).at(-1) ?? '';
  const stem = slugify(last.replace(/\.[a-z0-9]+$/i, '')) || 'afbeelding';
  let name = `${stem}.${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.${extension}`;
  return name;
}

/** Looks images up in a folder: by the longest matching tail of the URL's path, then by file name. */
export function mediaFolder(root: string): (url: string) => string | undefined {
  const byPath = new Map<string, string>();
  const byName = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        byPath.set(relative(root, path).split(sep).join('/').toLowerCase(), path);
        if (!byName.has(entry.name.toLowerCase())) byName.set(entry.name.toLowerCase(), path);
      }
    }
  };
  walk(root);
  return (url) => {
    const segments = segmentsOf(url).map((segment) => segment.toLowerCase());
    for (let start = 0; start < segments.length; start++) {
      const found = byPath.get(segments.slice(start).join('/'));
      if (found) return found;
    }
    return byName.get(segments.at(-1) ?? '');
  };
}

export interface MediaOptions {
  /** A local folder to take images from first. */
  folder?: string;
  /** Download what the folder does not have. */
  download: boolean;
  /** Where downloads are kept between runs. */
  cacheDir: string;
  /** Pause between two requests, in milliseconds. */
  delay: number;
  fetch?: typeof fetch;
}

/** Fetches images for the import: `get(url)` resolves each URL once. */
export function mediaFetcher(options: MediaOptions) {
  const inFolder = options.folder ? mediaFolder(options.folder) : undefined;
  const doFetch = options.fetch ?? fetch;
  const results = new Map<string, Promise<MediaResult>>();
  let offline: string | undefined;
  let queue = Promise.resolve();

  const fromBytes = (bytes: Uint8Array, from: 'folder' | 'download' | 'cache'): MediaResult => {
    const extension = imageExtension(bytes);
    return extension ? { bytes, extension, from } : { missing: ui.import.mediaMissing.notAnImage };
  };

  const download = (url: string): Promise<MediaResult> => {
    const cached = join(options.cacheDir, createHash('sha1').update(url).digest('hex'));
    if (existsSync(cached) && statSync(cached).size > 0) return Promise.resolve(fromBytes(readFileSync(cached), 'cache'));
    // One request at a time, with a pause after each: old blog hosts are small and slow.
    const attempt = queue.then(async (): Promise<MediaResult> => {
      if (offline) return { missing: offline };
      try {
        const response = await doFetch(url, { signal: AbortSignal.timeout(20_000), redirect: 'follow' });
        if (!response.ok) return { missing: ui.import.mediaMissing.http(response.status) };
        const bytes = new Uint8Array(await response.arrayBuffer());
        const result = fromBytes(bytes, 'download');
        if ('bytes' in result) {
          mkdirSync(options.cacheDir, { recursive: true });
          writeFileSync(cached, bytes);
        }
        return result;
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        if (cause && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|EHOSTUNREACH/.test(cause)) {
          offline = ui.import.mediaMissing.offline(cause);
          return { missing: offline };
        }
        return { missing: error instanceof Error ? error.message : String(error) };
      } finally {
        await new Promise((resolve) => setTimeout(resolve, options.delay));
      }
    });
    queue = attempt.then(() => undefined);
    return attempt;
  };

  const resolve = async (url: string): Promise<MediaResult> => {
    const original = originalImageUrl(url);
    for (const candidate of new Set([original, url])) {
      const local = inFolder?.(candidate);
      if (local) return fromBytes(readFileSync(local), 'folder');
    }
    if (!options.download) return { missing: options.folder ? ui.import.mediaMissing.notInFolder : ui.import.mediaMissing.notDownloaded };
    if (!/^https?:\/\//.test(url)) return { missing: ui.import.mediaMissing.notAWebAddress };
    const result = await download(original);
    return 'bytes' in result || original === url ? result : download(url);
  };

  return {
    get(url: string): Promise<MediaResult> {
      let result = results.get(url);
      if (!result) results.set(url, (result = resolve(url)));
      return result;
    },
  };
}
