/**
 * `npm run new`: asks for type, title, tags and the referenced book or organisation, and
 * writes a draft article to content/articles/<slug>.mdx. Never overwrites a file.
 *
 * Non-interactive: npm run new -- --yes --type review --title "..." --tags "a, b" --book id
 * Other flags: --description "...", --organisation id, --date YYYY-MM-DD, --content DIR.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { ask as askOrCancel, failFor } from './cli.ts';
import { ui } from '../src/i18n/nl.ts';
import { ARTICLE_TYPES, type ArticleType } from '../src/lib/article-types.ts';
import { newArticleFileName, renderNewArticle, validateNewArticle, type NewArticle } from '../src/lib/new-article.ts';

const { values: flags } = parseArgs({
  options: {
    yes: { type: 'boolean', short: 'y', default: false },
    type: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    tags: { type: 'string' },
    book: { type: 'string' },
    organisation: { type: 'string' },
    date: { type: 'string' },
    content: { type: 'string' },
  },
});

const contentDir = resolve(flags.content ?? process.env.CONTENT_DIR ?? 'content');
const ids = (folder: string) =>
  existsSync(join(contentDir, folder))
    ? readdirSync(join(contentDir, folder))
        .filter((file) => /\.ya?ml$/.test(file))
        .map((file) => file.replace(/\.ya?ml$/, ''))
    : [];
const known = { books: ids('books'), organisations: ids('organisations') };

const fail: (message: string) => never = failFor('new');
const ask = <T>(question: Promise<T>) => askOrCancel(question, 'Geannuleerd.');

async function collect(): Promise<NewArticle> {
  const date = flags.date ? new Date(flags.date) : new Date();
  if (Number.isNaN(date.getTime())) fail(`--date "${flags.date}" is not a date (use YYYY-MM-DD)`);
  if (flags.type && !ARTICLE_TYPES.includes(flags.type as ArticleType)) fail(`--type must be one of ${ARTICLE_TYPES.join(', ')}`);
  const tags = (value: string) =>
    value
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);

  if (flags.yes) {
    return {
      type: (flags.type ?? fail('--type is required with --yes')) as ArticleType,
      title: flags.title ?? fail('--title is required with --yes'),
      description: flags.description,
      tags: tags(flags.tags ?? ''),
      book: flags.book,
      organisation: flags.organisation,
      date,
    };
  }

  prompts.intro('Nieuw artikel');
  const type =
    (flags.type as ArticleType | undefined) ??
    (await ask(prompts.select<ArticleType>({ message: 'Soort artikel', options: ARTICLE_TYPES.map((value) => ({ value, label: ui.types[value].label })) })));
  const title = flags.title ?? (await ask(prompts.text({ message: 'Titel', validate: (value) => (value?.trim() ? undefined : 'Een titel is verplicht') })));
  const description = flags.description ?? (await ask(prompts.text({ message: 'Korte beschrijving (mag later)', defaultValue: '' })));
  const tagText =
    flags.tags ??
    (await ask(prompts.text({ message: 'Onderwerpen, met komma’s', validate: (value) => (tags(value ?? '').length ? undefined : 'Minstens één onderwerp') })));
  const book =
    flags.book ??
    (type === 'review' ? await ask(prompts.select<string>({ message: 'Welk boek?', options: known.books.map((value) => ({ value })) })) : undefined);
  const organisation =
    flags.organisation ??
    (type === 'case-study'
      ? await ask(prompts.select<string>({ message: 'Welke organisatie?', options: known.organisations.map((value) => ({ value })) }))
      : undefined);
  return { type, title, description, tags: tags(tagText), book, organisation, date };
}

const article = await collect();
const problems = validateNewArticle(article, known);
if (problems.length > 0) fail(problems.join('; '));

const file = join(contentDir, 'articles', newArticleFileName(article.title));
if (existsSync(file)) fail(`${relative(process.cwd(), file)} already exists; choose another title or edit that file`);
mkdirSync(join(contentDir, 'articles'), { recursive: true });
writeFileSync(file, renderNewArticle(article), { flag: 'wx' });

const message = `Concept aangemaakt: ${relative(process.cwd(), file)} (draft: true). Bekijk het met npm run dev.`;
if (flags.yes) console.log(message);
else prompts.outro(message);
