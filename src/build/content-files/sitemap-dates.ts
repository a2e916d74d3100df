/**
 * The sitemap's <lastmod> for article pages: updatedDate, else pubDate, read from the
 * frontmatter lines of content/articles (the sitemap integration runs outside the content layer).
 */
import { join } from 'node:path';
import { frontmatterDate } from '../../lib/dates.ts';
import { rawEntries } from './cache.ts';

export function articleLastModified(contentDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const { id, yaml } of rawEntries(join(contentDir, 'articles'))) {
    const date = frontmatterDate(yaml, ['updatedDate', 'pubDate']);
    if (date) dates.set(id, new Date(date));
  }
  return dates;
}
