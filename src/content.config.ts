/**
 * Content model: the schema of every collection. Everything authors write lives in `content/`
 * (or in CONTENT_DIR, which the benchmark uses to build a generated corpus): articles as MDX,
 * knowledge entries (people, books, ...) as YAML, one file per entry. The file name is the slug
 * (how files are found and read: src/build/content-files/loaders.ts).
 */
import { defineCollection, reference, type ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { entries, withStrictDates } from './build/content-files/loaders.ts';
import { entryImage, keepEntryImage } from './build/content-files/entry-image.ts';
import { ARTICLE_TYPES } from './lib/article-types.ts';
import { LANGUAGE_TAG } from './lib/language.ts';
import { THESIS_POSITIONS, VERDICT_STATUSES } from './lib/positions.ts';
import { siteConfig } from './site.config.ts';
import { contentNl as m } from './i18n/authoring.nl.ts';

const text = (what: string) =>
  z
    .string({ error: m.required(what) })
    .trim()
    .min(1, m.empty(what));
const calendarDate = (what: string) => z.coerce.date({ error: m.date(what) });
const year = z.number().int().min(1400).max(2100);
/** Other names an entry goes by: found in article text for backlinks in context and for check:links. */
const names = z.array(text(m.names.alias)).default([]);

/** Old addresses that redirect here: paths on this site's domain, as they were linked. */
const aliases = z.array(z.string().regex(/^\/(?!\/)[^\s#]*$/, m.alias)).default([]);

/** The language of an article or page that is not Dutch (imported from a French blog, say), as a BCP 47 tag. */
const lang = z.string().regex(LANGUAGE_TAG, m.lang).optional();

/** Where an imported entry came from; the importer uses it to update instead of duplicate. */
const source = z
  .object({
    platform: z.enum(['wordpress', 'blogger']),
    /** The old blog's address: an id is only unique within its blog. */
    site: z.url().optional(),
    id: z.string().min(1),
    url: z.url({ error: m.url('url') }).optional(),
    /** The file as the importer wrote it; a file that no longer matches was edited by hand. */
    checksum: z.string().optional(),
  })
  .optional();

const articleSchema = (image: ImageFunction) =>
  z
    .object({
      title: text('title'),
      description: text('description'),
      pubDate: calendarDate('pubDate'),
      updatedDate: calendarDate('updatedDate').optional(),
      type: z.enum(ARTICLE_TYPES, { error: m.oneOf('type', ARTICLE_TYPES) }),
      lang,
      tags: z.array(text(m.names.tag), { error: m.tagsList }).min(1, m.tagsMinimum),
      draft: z.boolean().default(false),
      /** false hides the comments section of this article. */
      comments: z.boolean().default(true),
      /** The giscus discussion term; defaults to the slug, so a new domain keeps the thread. */
      discussionId: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*$/, m.discussionId)
        .optional(),
      // prefault, not default: the id must still go through reference() to become { collection, id }.
      author: reference('authors').prefault(siteConfig.defaultAuthor),
      // The editor saves a cover left empty as {}: that is no cover.
      cover: z.preprocess(
        (value) => (value && typeof value === 'object' && Object.keys(value).length === 0 ? undefined : value),
        z
          .object({
            src: image(),
            alt: text(m.coverAlt),
          })
          .optional(),
      ),
      book: reference('books').optional(),
      organisation: reference('organisations').optional(),
      people: z.array(reference('people')).default([]),
      concepts: z.array(reference('concepts')).default([]),
      /**
       * The theses the article is about: an id ("these-1") discusses it; { id, position }
       * says what the article does with it (supports, nuances or contests).
       */
      theses: z
        .array(
          z.union(
            [
              reference('theses'),
              z.object({
                id: reference('theses'),
                position: z.enum(THESIS_POSITIONS),
              }),
            ],
            { error: m.thesis(THESIS_POSITIONS) },
          ),
        )
        .default([])
        .transform((list) =>
          list.map((item) => ('position' in item ? { thesis: item.id, position: item.position } : { thesis: item, position: 'discusses' as const })),
        ),
      /** Books and organisations the article mentions (besides the one it reviews or studies). */
      books: z.array(reference('books')).default([]),
      organisations: z.array(reference('organisations')).default([]),
      aliases,
      source,
    })
    .superRefine((data, ctx) => {
      if (data.type === 'review' && !data.book) {
        ctx.addIssue({ code: 'custom', path: ['book'], message: m.reviewNeedsBook });
      }
      if (data.type === 'case-study' && !data.organisation) {
        ctx.addIssue({ code: 'custom', path: ['organisation'], message: m.caseNeedsOrganisation });
      }
      const thesisIds = data.theses.map((ref) => ref.thesis.id);
      const twice = thesisIds.find((id, index) => thesisIds.indexOf(id) !== index);
      if (twice) ctx.addIssue({ code: 'custom', path: ['theses'], message: m.thesisTwice(twice) });
      if (data.updatedDate && data.updatedDate < data.pubDate) {
        ctx.addIssue({ code: 'custom', path: ['updatedDate'], message: m.updatedBeforePublished });
      }
    });
/** Built once for the loaders, which hand it each entry's image() (entry-image.ts); built per call anywhere else. */
const loadedArticleSchema = articleSchema(entryImage);

const articles = defineCollection({
  loader: withStrictDates(entries('articles', '**/*.mdx'), ['pubDate', 'updatedDate']),
  schema: ({ image }) => (keepEntryImage(image) ? loadedArticleSchema : articleSchema(image)),
});

const authors = defineCollection({
  loader: entries('authors', '**/*.{yaml,yml}'),
  schema: z.object({
    name: text('name'),
    bio: text('bio').optional(),
    url: z.url({ error: m.url('url') }).optional(),
  }),
});

const people = defineCollection({
  loader: entries('people', '**/*.{yaml,yml}'),
  schema: z.object({
    name: text('name'),
    description: text('description'),
    born: year.optional(),
    died: year.optional(),
    aliases: names,
    roles: z.array(text(m.names.role)).default([]),
    organisations: z.array(reference('organisations')).default([]),
    url: z.url({ error: m.url('url') }).optional(),
  }),
});

const organisations = defineCollection({
  loader: entries('organisations', '**/*.{yaml,yml}'),
  schema: z.object({
    name: text('name'),
    description: text('description'),
    kind: text('kind'),
    aliases: names,
    country: text('country').optional(),
    founded: year.optional(),
    url: z.url({ error: m.url('url') }).optional(),
  }),
});

const books = defineCollection({
  loader: entries('books', '**/*.{yaml,yml}'),
  schema: z.object({
    title: text('title'),
    subtitle: text('subtitle').optional(),
    aliases: names,
    authors: z.array(reference('people')).min(1, m.bookAuthors),
    year,
    publisher: text('publisher').optional(),
    isbn: z
      .string()
      .regex(/^(97[89])?\d{9}[\dX]$/, m.isbn)
      .optional(),
    language: z.enum(['nl', 'en'], { error: m.oneOf('language', ['nl', 'en']) }),
    description: text('description'),
  }),
});

const concepts = defineCollection({
  loader: entries('concepts', '**/*.{yaml,yml}'),
  schema: z.object({
    term: text('term'),
    /** One or two sentences; shown inline where an article uses the term. */
    definition: text('definition'),
    aliases: names,
    related: z.array(reference('concepts')).default([]),
  }),
});

const thesisGroups = defineCollection({
  loader: entries('thesis-groups', '**/*.{yaml,yml}'),
  schema: z
    .object({
      title: text('title'),
      from: z.number().int().min(1).max(95),
      to: z.number().int().min(1).max(95),
      summary: text('summary'),
    })
    .refine((group) => group.from <= group.to, { path: ['to'], message: m.groupRange }),
});

const theses = defineCollection({
  loader: entries('theses', '**/*.{yaml,yml}'),
  schema: z.object({
    number: z.number().int().min(1).max(95),
    group: reference('thesisGroups'),
    /** The thesis in its original wording, quoted. */
    text: text('text').optional(),
    /** A Dutch summary in our own words. */
    summary: text('summary'),
    source: reference('books'),
    /** Short names readers use for it ("markten zijn gesprekken"). */
    aliases: names,
    /** How the 1999 claim holds up today. */
    verdict: z
      .object({
        status: z.enum(VERDICT_STATUSES, { error: m.oneOf('verdict.status', VERDICT_STATUSES) }),
        text: text('verdict.text'),
      })
      .optional(),
  }),
});

/** Stand-alone prose pages such as /over/; published like articles (draft, or a future pubDate). */
const pages = defineCollection({
  loader: withStrictDates(entries('pages', '**/*.mdx'), ['pubDate']),
  schema: z.object({
    title: text('title'),
    description: text('description'),
    draft: z.boolean().default(false),
    /** Optional: a page without one is published at once, one with a future date on that day. */
    pubDate: calendarDate('pubDate').optional(),
    lang,
    aliases,
    source,
  }),
});

/**
 * The earlier conversation under an imported article, one file per article named after it:
 * what readers wrote on the old blog. Bodies are sanitised again when they are rendered.
 */
const commentArchives = defineCollection({
  loader: entries('comments', '**/*.{yaml,yml}'),
  schema: z.object({
    platform: z.enum(['wordpress', 'blogger']),
    /** The page (content/pages) the conversation was under; without it, the article with the same file name. */
    page: text('page').optional(),
    checksum: z.string().optional(),
    comments: z.array(
      z.object({
        id: z.string().min(1),
        /** The fragment old links used (comment-123, c456): kept as the comment's id on the page. */
        anchor: z.string().regex(/^[A-Za-z][\w-]*$/, m.anchor),
        author: text('author'),
        url: z.url({ error: m.url('url') }).optional(),
        date: z.coerce.date(),
        parent: z.string().optional(),
        body: z.string(),
      }),
    ),
  }),
});

export const collections = { articles, authors, people, organisations, books, concepts, thesisGroups, theses, pages, commentArchives };
