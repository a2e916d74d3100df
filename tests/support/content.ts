/**
 * Reads article frontmatter straight from the MDX files with a YAML parser, independent of
 * the site's own code, so tests compare the build against the source of truth.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { walk } from './dist.ts';

export interface SourceArticle {
  slug: string;
  file: string;
  title: string;
  description: string;
  type: string;
  tags: string[];
  pubDate: Date;
  updatedDate?: Date;
  draft: boolean;
  published: boolean;
  body: string;
  frontmatter: Record<string, unknown>;
}

export function readArticles(contentDir: string, now = new Date()): SourceArticle[] {
  return walk(`${contentDir}/articles`, (file) => file.endsWith('.mdx')).map((file) => {
    const source = readFileSync(file, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    if (!match) throw new Error(`${file}: no frontmatter`);
    const data = parseYaml(match[1]!) as Record<string, unknown>;
    const pubDate = new Date(String(data.pubDate));
    const draft = data.draft === true;
    return {
      slug: basename(file, '.mdx'),
      file,
      title: String(data.title),
      description: String(data.description),
      type: String(data.type),
      tags: (data.tags as string[]) ?? [],
      pubDate,
      updatedDate: data.updatedDate ? new Date(String(data.updatedDate)) : undefined,
      draft,
      published: !draft && pubDate.getTime() <= now.getTime(),
      body: match[2]!,
      frontmatter: data,
    };
  });
}

/** The YAML entries of one knowledge folder, keyed by file name (the id). */
export function readEntries(contentDir: string, folder: string): Map<string, Record<string, unknown>> {
  return new Map(
    walk(`${contentDir}/${folder}`, (file) => /\.ya?ml$/.test(file)).map((file) => [
      basename(file).replace(/\.ya?ml$/, ''),
      parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>,
    ]),
  );
}

/** Ids an article references in a frontmatter field (one id or a list; a thesis may be { id, position }). */
export function referencedIds(article: SourceArticle, field: string): string[] {
  return referencesOf(article, field).map((ref) => ref.id);
}

/** An article's references in a field, with the position authors may give a thesis ("discusses" when none). */
export function referencesOf(article: SourceArticle, field: string): { id: string; position: string }[] {
  const value = article.frontmatter[field];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item: unknown) =>
    typeof item === 'object' && item !== null
      ? { id: String((item as { id: unknown }).id), position: String((item as { position: unknown }).position) }
      : { id: String(item), position: 'discusses' },
  );
}
