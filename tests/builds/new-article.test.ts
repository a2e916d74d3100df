/** `npm run new --yes ...` writes a draft that builds, and never overwrites a file. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroEnv, buildSite, copyFixture } from '../support/build.ts';
import { PROJECT_ROOT } from '../support/dist.ts';

function runNew(contentDir: string, args: string[]) {
  return spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), ['scripts/new-article.ts', '--yes', '--content', contentDir, ...args], {
    cwd: PROJECT_ROOT,
    env: astroEnv(),
    encoding: 'utf8',
  });
}

describe('npm run new', () => {
  const contentDir = copyFixture('new-article');
  const file = join(contentDir, 'articles/wat-eyjafjallajokull-ons-leerde.mdx');
  const args = ['--type', 'case-study', '--title', 'Wat Eyjafjallajökull ons leerde', '--tags', 'klm, crisis', '--organisation', 'klm', '--date', '2024-05-01'];

  it('creates a draft with a slug from the title', () => {
    const result = runNew(contentDir, args);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('draft: true');
  });

  it('refuses to overwrite an existing file', () => {
    writeFileSync(file, readFileSync(file, 'utf8') + '\nEigen tekst.\n');
    const before = readFileSync(file, 'utf8');
    const result = runNew(contentDir, args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/wat-eyjafjallajokull-ons-leerde\.mdx already exists/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('rejects a review without a known book, writing nothing', () => {
    const result = runNew(contentDir, ['--type', 'review', '--title', 'Een boek', '--tags', 'boeken', '--book', 'onbekend']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no book "onbekend" in content\/books/);
    expect(existsSync(join(contentDir, 'articles/een-boek.mdx'))).toBe(false);
  });

  it('the created file builds, and once published it is on the site', () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    const result = buildSite(contentDir);
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(result.outDir, 'artikelen/wat-eyjafjallajokull-ons-leerde/index.html'))).toBe(true);
  });
});
