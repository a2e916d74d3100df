/**
 * The writing desk's configuration (Keystatic, local mode): every collection an author writes,
 * with the fields of its schema in src/content.config.ts, Dutch labels from
 * src/i18n/authoring.nl.ts and pickers for references. Loaded only by `npm run editor`
 * (dev/integration.ts); tests/unit/editor-config.test.ts holds it against the schemas.
 */
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import { collection, config, fields } from '@keystatic/core';
import { ui } from '../i18n/nl.ts';
import { editorNl as t } from '../i18n/authoring.nl.ts';
import { ARTICLE_TYPES } from '../lib/article-types.ts';
import { LANGUAGE_TAG } from '../lib/language.ts';
import { VERDICT_STATUSES } from '../lib/positions.ts';
import { mdxBlocks } from './blocks.ts';
import { fieldsOf } from './fields/index.ts';

const { pattern } = t.messages;
const ALIAS = { regex: /^\/(?!\/)[^\s#]*$/, message: pattern.alias };
const URL = { regex: /^https?:\/\/\S+$/, message: pattern.url };
const LANG = { regex: LANGUAGE_TAG, message: pattern.lang };
const YEAR = { min: 1400, max: 2100 };

/** The body of an MDX collection: Markdown with our blocks, images stored beside the entry. */
const body = (directory: string) =>
  fields.mdx({ label: t.fields.articles.body.label, components: mdxBlocks(directory), options: { image: { directory, publicPath: './' } } });

const article = fieldsOf('articles');
const page = fieldsOf('pages');
const author = fieldsOf('authors');
const person = fieldsOf('people');
const organisation = fieldsOf('organisations');
const book = fieldsOf('books');
const concept = fieldsOf('concepts');
const group = fieldsOf('thesisGroups');
const thesis = fieldsOf('theses');

export const collections = {
  articles: collection({
    label: t.collections.articles,
    path: 'content/articles/*',
    format: { contentField: 'body' },
    entryLayout: 'content',
    slugField: 'title',
    columns: ['title', 'pubDate'],
    schema: {
      title: article.slug('title'),
      description: article.text('description', { required: true, multiline: true }),
      type: article.select('type', ARTICLE_TYPES, (type) => ui.types[type].label, 'opinion'),
      pubDate: article.date('pubDate', { required: true }),
      updatedDate: article.date('updatedDate'),
      draft: article.checkbox('draft', false),
      tags: article.tags('tags'),
      book: article.reference('book', 'books'),
      organisation: article.reference('organisation', 'organisations'),
      people: article.references('people', 'people'),
      concepts: article.references('concepts', 'concepts'),
      theses: article.theses(),
      books: article.references('books', 'books'),
      organisations: article.references('organisations', 'organisations'),
      cover: article.object('cover', {
        src: article.image('cover.src', 'content/articles'),
        alt: article.text('cover.alt'),
      }),
      author: article.reference('author', 'authors'),
      lang: article.text('lang', { pattern: LANG }),
      comments: article.checkbox('comments', true),
      discussionId: article.text('discussionId', { pattern: { regex: /^[a-z0-9][a-z0-9-]*$/, message: pattern.discussionId } }),
      aliases: article.list('aliases', { pattern: ALIAS }),
      source: article.ignored(),
      body: article.body(body('content/articles')),
    },
  }),
  pages: collection({
    label: t.collections.pages,
    path: 'content/pages/*',
    format: { contentField: 'body' },
    entryLayout: 'content',
    slugField: 'title',
    schema: {
      title: page.slug('title'),
      description: page.text('description', { required: true, multiline: true }),
      draft: page.checkbox('draft', false),
      pubDate: page.date('pubDate'),
      lang: page.text('lang', { pattern: LANG }),
      aliases: page.list('aliases', { pattern: ALIAS }),
      source: page.ignored(),
      body: page.body(body('content/pages')),
    },
  }),
  books: collection({
    label: t.collections.books,
    path: 'content/books/*',
    format: { data: 'yaml' },
    slugField: 'title',
    schema: {
      title: book.slug('title'),
      subtitle: book.text('subtitle'),
      authors: book.references('authors', 'people', { minimum: 1 }),
      year: book.integer('year', { required: true, ...YEAR }),
      publisher: book.text('publisher'),
      isbn: book.text('isbn', { pattern: { regex: /^(97[89])?\d{9}[\dX]$/, message: pattern.isbn } }),
      language: book.select('language', ['nl', 'en'] as const, (language) => t.options.bookLanguage[language], 'nl'),
      description: book.text('description', { required: true, multiline: true }),
      aliases: book.list('aliases'),
    },
  }),
  people: collection({
    label: t.collections.people,
    path: 'content/people/*',
    format: { data: 'yaml' },
    slugField: 'name',
    schema: {
      name: person.slug('name'),
      description: person.text('description', { required: true, multiline: true }),
      roles: person.list('roles'),
      organisations: person.references('organisations', 'organisations'),
      born: person.integer('born', YEAR),
      died: person.integer('died', YEAR),
      url: person.text('url', { pattern: URL }),
      aliases: person.list('aliases'),
    },
  }),
  organisations: collection({
    label: t.collections.organisations,
    path: 'content/organisations/*',
    format: { data: 'yaml' },
    slugField: 'name',
    schema: {
      name: organisation.slug('name'),
      description: organisation.text('description', { required: true, multiline: true }),
      kind: organisation.text('kind', { required: true }),
      country: organisation.text('country'),
      founded: organisation.integer('founded', YEAR),
      url: organisation.text('url', { pattern: URL }),
      aliases: organisation.list('aliases'),
    },
  }),
  concepts: collection({
    label: t.collections.concepts,
    path: 'content/concepts/*',
    format: { data: 'yaml' },
    slugField: 'term',
    schema: {
      term: concept.slug('term'),
      definition: concept.text('definition', { required: true, multiline: true }),
      related: concept.references('related', 'concepts'),
      aliases: concept.list('aliases'),
    },
  }),
  theses: collection({
    label: t.collections.theses,
    path: 'content/theses/*',
    format: { data: 'yaml' },
    // Theses are named by number (these-28), which the form cannot derive from the summary.
    slugField: 'summary',
    parseSlugForSort: (slug) => Number(/\d+/.exec(slug)?.[0] ?? 0),
    columns: ['number', 'summary'],
    schema: {
      number: thesis.integer('number', { required: true, min: 1, max: 95 }),
      summary: thesis.slug('summary', {
        generate: () => '',
        slug: { ...t.thesisSlug, pattern: { regex: /^these-\d+$/, message: pattern.thesisId } },
      }),
      group: thesis.reference('group', 'thesisGroups', { required: true }),
      text: thesis.text('text', { multiline: true }),
      source: thesis.reference('source', 'books', { required: true }),
      verdict: thesis.object('verdict', {
        status: thesis.select('verdict.status', VERDICT_STATUSES, (status) => ui.entities.verdicts[status], 'holds'),
        text: thesis.text('verdict.text', { multiline: true }),
      }),
      aliases: thesis.list('aliases'),
    },
  }),
  thesisGroups: collection({
    label: t.collections.thesisGroups,
    path: 'content/thesis-groups/*',
    format: { data: 'yaml' },
    slugField: 'title',
    schema: {
      title: group.slug('title'),
      from: group.integer('from', { required: true, min: 1, max: 95 }),
      to: group.integer('to', { required: true, min: 1, max: 95 }),
      summary: group.text('summary', { required: true, multiline: true }),
    },
  }),
  authors: collection({
    label: t.collections.authors,
    path: 'content/authors/*',
    format: { data: 'yaml' },
    slugField: 'name',
    schema: {
      name: author.slug('name'),
      bio: author.text('bio', { multiline: true }),
      url: author.text('url', { pattern: URL }),
    },
  }),
};

export default config({
  storage: { kind: 'local' },
  locale: 'nl-NL',
  ui: {
    brand: { name: t.brand },
    navigation: {
      [t.sections.writing]: ['articles', 'pages'],
      [t.sections.knowledge]: ['books', 'people', 'organisations', 'concepts', 'theses', 'thesisGroups'],
      [t.sections.site]: ['authors'],
    },
  },
  collections,
});
