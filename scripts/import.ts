/**
 * `npm run import -- <export file or folder>...`: moves a WordPress or Blogger blog into
 * content/ (articles, pages, authors, comment archives, images, old addresses). Asks for the
 * article type per category or label unless --yes; --dry-run writes nothing.
 *
 * Flags: --yes, --dry-run, --type category:NAME=TYPE (repeatable; tag: and label: too),
 * --default-type opinion, --default-tag archief, --media DIR, --no-download, --link, --force,
 * --initials, --no-comment-urls, --pingbacks, --content DIR, --report FILE, --delay MS.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { ask as askOrCancel, failFor } from './cli.ts';
import { ui } from '../src/i18n/nl.ts';
import { ARTICLE_TYPES, type ArticleType } from '../src/lib/article-types.ts';
import { findExportFiles, readExports, runImport, type ImportReport } from '../src/import/importer.ts';
import { ExportError, type SourceSite } from '../src/import/model.ts';
import { parseTypeRule, type TypeRule } from '../src/import/plan.ts';
import { RECONCILED, type Reconciled } from '../src/import/report.ts';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: {
    yes: { type: 'boolean', short: 'y', default: false },
    'dry-run': { type: 'boolean', default: false },
    type: { type: 'string', multiple: true, default: [] },
    'default-type': { type: 'string', default: 'opinion' },
    'default-tag': { type: 'string', default: 'archief' },
    media: { type: 'string' },
    download: { type: 'boolean', default: true },
    link: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    initials: { type: 'boolean', default: false },
    'comment-urls': { type: 'boolean', default: true },
    pingbacks: { type: 'boolean', default: false },
    content: { type: 'string' },
    report: { type: 'string', default: 'import-report.json' },
    delay: { type: 'string', default: '250' },
  },
});

const fail: (message: string) => never = failFor('import');
const ask = <T>(question: Promise<T>) => askOrCancel(question, 'Geannuleerd: er is niets geschreven.');

if (positionals.length === 0) fail('noem het exportbestand of de map, bijvoorbeeld: npm run import -- mijnblog.WordPress.2024-01-01.xml');
const defaultType = flags['default-type'] as ArticleType;
if (!ARTICLE_TYPES.includes(defaultType)) fail(`--default-type moet een van deze zijn: ${ARTICLE_TYPES.join(', ')}`);
let rules: TypeRule[];
try {
  rules = flags.type.map(parseTypeRule);
} catch (error) {
  fail((error as Error).message);
}

let site: SourceSite;
try {
  site = readExports(findExportFiles(positionals));
} catch (error) {
  if (error instanceof ExportError) fail(`${error.message.replace(/\.+$/, '')}. Er is niets geschreven.`);
  throw error;
}

/** Categories (WordPress) or labels (Blogger) by how many posts carry them. */
function termCounts(): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of site.items) {
    if (item.kind !== 'post') continue;
    for (const term of site.platform === 'wordpress' ? item.categories : item.tags) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts].filter(([name]) => !site.defaultCategories.includes(name)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const posts = site.items.filter((item) => item.kind === 'post').length;
const comments = site.items.reduce((sum, item) => sum + item.comments.length, 0);
const summary = `${site.platform === 'wordpress' ? 'WordPress' : 'Blogger'} (${site.format}) · ${site.title ?? 'zonder titel'}${site.url ? ` · ${site.url}` : ''}
${posts} berichten, ${site.items.length - posts} pagina's, ${comments} reacties, ${site.authors.length} auteur(s), ${site.files.length} bestand(en)`;

if (!flags.yes) {
  prompts.intro('Blog verhuizen');
  prompts.note(summary, 'Gevonden');
  const kind = site.platform === 'wordpress' ? 'category' : 'label';
  const terms = termCounts().filter(([name]) => !rules.some((rule) => rule.kind === kind && rule.name.toLowerCase() === name.toLowerCase()));
  const typeOptions = ARTICLE_TYPES.map((value) => ({ value, label: ui.types[value].label }));
  for (const [name, count] of terms.slice(0, 20)) {
    const type = await ask(
      prompts.select<ArticleType>({
        message: `Soort artikel voor ${kind === 'category' ? 'categorie' : 'label'} “${name}” (${count})`,
        options: typeOptions,
        initialValue: defaultType,
      }),
    );
    if (type !== defaultType) rules.push({ kind, name, type });
  }
  const proceed = await ask(
    prompts.confirm({ message: flags['dry-run'] ? 'Proefdraaien (er wordt niets geschreven)?' : 'Importeren naar content/?', active: 'Ja', inactive: 'Nee' }),
  );
  if (!proceed) {
    prompts.cancel('Geannuleerd: er is niets geschreven.');
    process.exit(0);
  }
} else console.log(summary);

const contentDir = resolve(flags.content ?? process.env.CONTENT_DIR ?? 'content');
const isTty = process.stderr.isTTY;
const report: ImportReport = await runImport(site, {
  contentDir,
  stagingDir: resolve(contentDir, '..', '.cache', 'import', 'staging'),
  typeRules: rules,
  defaultType,
  defaultTag: flags['default-tag'],
  link: flags.link,
  force: flags.force,
  dryRun: flags['dry-run'],
  comments: { pingbacks: flags.pingbacks, initials: flags.initials, urls: flags['comment-urls'] },
  media: {
    folder: flags.media ? resolve(flags.media) : undefined,
    download: flags.download,
    cacheDir: resolve('.cache', 'import', 'media'),
    delay: Number(flags.delay),
  },
  now: new Date(),
  onProgress: ({ items, of, comments: archived, images }) => {
    const line = `${items}/${of} berichten · ${archived} reacties · ${images} afbeeldingen`;
    if (isTty) process.stderr.write(`\r${line}`);
    else if (items === of || items % 100 === 0) console.error(line);
  },
});
if (isTty) process.stderr.write('\n');

const { counts } = report;
const skipped = report.items.filter((item) => item.result === 'skipped');
const rows: [string, string | number][] = [
  ['Berichten', counts.posts],
  ["Pagina's", counts.pages],
  ['Waarvan concept of ingepland', counts.drafts],
  ['Overgeslagen', counts.skipped],
  ['Reacties gearchiveerd', counts.comments],
  ['Afbeeldingen gekopieerd', counts.imagesCopied],
  ['Afbeeldingen ontbrekend', counts.imagesMissing],
  ['Oude adressen (doorverwijzingen)', counts.redirects],
  ['Nieuwe auteurs', counts.authors],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(
  `\n${flags['dry-run'] ? 'Proefdraai: er is niets geschreven.\n' : ''}${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}`,
);
for (const item of skipped) console.log(`  overgeslagen: ${item.kind === 'page' ? 'pagina' : 'bericht'} ${item.id} “${item.title}”: ${item.reason}`);
for (const note of report.notes) console.log(`  let op: ${note}`);
// The reconciliation: for each kind, what the export held = what was written + what was skipped (with reasons in the report).
const kinds: Record<Reconciled, string> = {
  posts: 'Berichten',
  pages: "Pagina's",
  otherItems: 'Overige items',
  comments: 'Reacties',
  images: 'Afbeeldingen',
  embeds: 'Ingesloten media',
  galleries: 'Galerijen',
  shortcodes: 'Shortcodes',
};
const table = [
  ['Verantwoording', 'gevonden', 'geschreven', 'overgeslagen'],
  ...RECONCILED.map((kind) => {
    const { found, written, skipped } = report.reconciliation[kind];
    return [kinds[kind], String(found), String(written), String(skipped.length)];
  }),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
console.log(`
${table.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n')}`);
const noted = report.items.filter((item) => item.result !== 'skipped' && (item.notes.length > 0 || item.images.missing.length > 0)).length;
if (noted > 0) console.log(`  ${noted} bericht(en) met opmerkingen (aanpassingen, ontbrekende afbeeldingen): zie het verslag`);
if (!flags['dry-run']) {
  writeFileSync(resolve(flags.report), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nVolledig verslag: ${flags.report} · ${report.written.length} bestand(en) geschreven in ${contentDir}`);
}
