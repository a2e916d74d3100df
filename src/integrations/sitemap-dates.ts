/**
 * The sitemap's <lastmod> for article pages: updatedDate, else pubDate, read from the
 * frontmatter lines of content/articles at config time (the sitemap integration runs
 * outside the content layer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterDate, frontmatterOf } from '../lib/dates.ts';
import { slugify } from '../lib/slug.ts';

export function articleLastModified(contentDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const folder = join(contentDir, 'articles');
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const date = frontmatterDate(frontmatterOf(readFileSync(join(folder, file), 'utf8')), ['updatedDate', 'pubDate']);
    if (date) dates.set(slugify(file.replace(/^.*\//, '').replace(/\.mdx$/, '')), new Date(date));
  }
  return dates;
}
