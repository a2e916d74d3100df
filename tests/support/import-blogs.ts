/** The fixture blogs imported with `npm run import` into a content folder, as tests need them. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './dist.ts';

export const IMPORT_FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/import');

export interface ImportRun {
  status: number | null;
  output: string;
  report: string;
}

/** Runs the importer the way an author does, with the report written beside the content folder. */
export function importBlog(contentDir: string, index: number, ...args: string[]): ImportRun {
  const report = join(contentDir, '..', `report-${index}.json`);
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args, '--yes', '--no-download', '--content', contentDir, '--report', report], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, report };
}

/**
 * Three synthetic blogs (split WordPress export, classic Blogger, posts-only WordPress) and two
 * real exports no one here wrote, messy in their own ways (credited in the fixtures' README).
 */
export function importFixtureBlogs(contentDir: string): ImportRun[] {
  const media = join(IMPORT_FIXTURES, 'media');
  return [
    ['synthetic/wordpress-split', '--media', media, '--link', '--type', 'category:cases=case-study'],
    ['synthetic/blogger-classic.xml', '--media', media, '--initials'],
    ['synthetic/wordpress-posts-only.xml', '--media', media],
    ['real/ghost-migrate-posts-only.xml'],
    ['real/ghost-migrate-feature-image-captions.xml'],
  ].map(([fixture, ...args], index) => importBlog(contentDir, index, join(IMPORT_FIXTURES, fixture!), ...args));
}
