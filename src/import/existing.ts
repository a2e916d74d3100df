/**
 * What content/ already holds, as an import sees it: files by their source, the slugs taken,
 * and the checksum that tells a file as the importer wrote it from one edited since.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { frontmatterOf } from '../lib/dates.ts';
import { slugOfFile } from '../lib/slug.ts';

const CHECKSUM_LINE = /^(\s*checksum: ).*$/m;

/** A checksum of a generated file, computed with its own checksum field empty. */
export function checksumOf(text: string): string {
  return createHash('sha256').update(text.replace(CHECKSUM_LINE, "$1''")).digest('hex').slice(0, 16);
}

/** True when the file is exactly as the importer wrote it. */
export function untouched(text: string): boolean {
  const recorded = CHECKSUM_LINE.exec(text)?.[0]
    .replace(/^\s*checksum:\s*/, '')
    .replace(/['"]/g, '');
  return recorded !== undefined && recorded === checksumOf(text);
}

export function withChecksum(build: (checksum: string) => string): string {
  return build(checksumOf(build('')));
}

export interface Existing {
  path: string;
  slug: string;
  text: string;
}

export function readFolder(dir: string, pattern: RegExp): Existing[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => ({ path: join(dir, file), slug: slugOfFile(file), text: readFileSync(join(dir, file), 'utf8') }));
}

export function yamlOf(text: string, isMdx: boolean): Record<string, unknown> {
  try {
    const data = parseYaml(isMdx ? frontmatterOf(text) : text) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export interface ExistingContent {
  /** Imported articles and pages by `sourceKey()` (their blog and their id there), so a re-run updates instead of duplicating. */
  bySource: Map<string, Existing>;
  takenArticles: Set<string>;
  takenPages: Set<string>;
  authors: Set<string>;
}

/**
 * Which blog an item came from and its id there: ids are only unique within one blog (two
 * WordPress blogs both have a post 20). The blog is told by the host of its address.
 */
export function sourceKey(platform: string, address: string | undefined, id: string): string {
  let host = '';
  try {
    host = address ? new URL(address).host.replace(/^www\./, '') : '';
  } catch {
    // No address to tell the blog by: the key is platform and id alone.
  }
  return `${platform}:${host}:${id}`;
}

export function readExisting(contentDir: string): ExistingContent {
  const articles = readFolder(join(contentDir, 'articles'), /\.mdx$/);
  const pages = readFolder(join(contentDir, 'pages'), /\.mdx$/);
  const bySource = new Map<string, Existing>();
  for (const entry of [...articles, ...pages]) {
    const source = yamlOf(entry.text, true).source as { platform?: string; id?: string; site?: string; url?: string } | undefined;
    if (source?.platform && source.id) bySource.set(sourceKey(source.platform, source.site ?? source.url, source.id), entry);
  }
  return {
    bySource,
    takenArticles: new Set(articles.map((entry) => entry.slug)),
    takenPages: new Set(pages.map((entry) => entry.slug)),
    authors: new Set(readFolder(join(contentDir, 'authors'), /\.ya?ml$/).map((entry) => entry.slug)),
  };
}
