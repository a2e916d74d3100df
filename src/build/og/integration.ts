/**
 * Open Graph images in a build (see src/build/og/images.ts). When `astro build` starts, drawing
 * begins from the raw content files, so the worker threads draw during content sync and
 * bundling too. That is only a head start: which images the site has comes from the image
 * route, from the validated collections, and an entry read differently here is drawn then.
 * When the build is done, the images are copied into dist/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLE_TYPES, type ArticleType } from '../../lib/article-types.ts';
import { prepareOgImages, writeOgImages } from './images.ts';
import { ogImageInputs, type OgSources } from './inputs.ts';
import { isPublished } from '../../lib/publishing.ts';
import { parsedDate } from '../../lib/dates.ts';
import { rawEntries } from '../content-files/cache.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** What the image route will list, as far as the raw files tell: drafts and future articles left out. */
export function rawOgSources(contentDir: string, now: Date): OgSources {
  const read = (folder: string) => rawEntries(join(contentDir, folder)).flatMap(({ id, data }) => (data ? [{ id, data }] : []));
  const named = <Field extends string>(folder: string, field: Field) =>
    read(folder).flatMap(({ id, data }) => (text(data[field]) ? [{ id, data: { [field]: text(data[field]) } as Record<Field, string> }] : []));
  const articles = read('articles').flatMap(({ id, data }) => {
    const type = data.type as ArticleType;
    const published = ARTICLE_TYPES.includes(type) && isPublished({ draft: data.draft === true, pubDate: parsedDate(data.pubDate) }, now);
    return published && text(data.title) ? [{ id, data: { title: text(data.title), type } }] : [];
  });
  return {
    articles,
    books: named('books', 'title'),
    people: named('people', 'name'),
    organisations: named('organisations', 'name'),
    concepts: named('concepts', 'term'),
    theses: read('theses').flatMap(({ id, data }) =>
      Number.isInteger(data.number) && text(data.summary) ? [{ id, data: { number: data.number as number, summary: text(data.summary) } }] : [],
    ),
  };
}

export function ogImages(contentDir: string): AstroIntegration {
  let writing: Promise<number> | undefined;
  let started = 0;
  return {
    name: 'gesprek:og-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        prepareOgImages(ogImageInputs(rawOgSources(contentDir, new Date())).map(({ input }) => input));
      },
      // Pages are done: the images still being drawn are copied as they finish, while the
      // sitemap, search index and headers are written.
      'astro:build:generated': ({ dir }) => {
        started = performance.now();
        writing = writeOgImages(fileURLToPath(dir));
        writing.catch(() => {}); // awaited, and so reported, in build:done
      },
      'astro:build:done': async ({ logger }) => {
        const count = await writing!;
        logger.info(`Wrote ${count} Open Graph images, ${Math.round(performance.now() - started)} ms after the pages were done`);
      },
    },
  };
}
