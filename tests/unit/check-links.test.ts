/** `npm run check:links` on the minimal content with one article that names entries it does not reference. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('npm run check:links', () => {
  it('lists, per article, the entries it names without referencing them, with the sentence', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'check-links-')), 'content');
    cpSync(join(ROOT, 'tests/fixtures/content-minimal'), content, { recursive: true });
    writeFileSync(
      join(content, 'articles/aswolk.mdx'),
      '---\ntitle: De aswolk\ndescription: Over KLM.\npubDate: 2024-01-01\ntype: opinion\ntags: [klm]\npeople: [doc-searls]\n---\n\nToen de aswolk kwam, begon KLM een dialoog met reizigers. Doc Searls zag het aan.\n',
    );
    const result = spawnSync(process.execPath, ['scripts/check-links.ts', '--content', content], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n').filter(Boolean);
    const block = lines.slice(lines.findIndex((line) => line.endsWith('aswolk.mdx')));
    expect(block[1]).toBe('  noemt KLM (organisaties/klm) zonder ernaar te verwijzen: “Toen de aswolk kwam, begon KLM een dialoog met reizigers.”');
    expect(block[2]).toMatch(/^ {2}noemt dialoog \(begrippen\/dialoog\)/);
    expect(result.stdout).not.toMatch(/doc-searls/); // referenced already
  });

  it('knows theses by number and reads thesis references with a position', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'check-links-')), 'content');
    cpSync(join(ROOT, 'tests/fixtures/content-minimal'), content, { recursive: true });
    const article = (slug: string, theses: string) =>
      writeFileSync(
        join(content, `articles/${slug}.mdx`),
        `---\ntitle: ${slug}\ndescription: Over de eerste stelling.\npubDate: 2024-01-01\ntype: thesis\ntags: [cluetrain]\n${theses}---\n\nStelling 1 zegt dat markten gesprekken zijn.\n`,
      );
    article('zonder', '');
    article('met', 'theses:\n  - { id: these-1, position: supports }\n');
    const result = spawnSync(process.execPath, ['scripts/check-links.ts', '--content', content], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toContain(
      'zonder.mdx\n  noemt Stelling 1 (theses/these-1) zonder ernaar te verwijzen: “Stelling 1 zegt dat markten gesprekken zijn.”',
    );
    expect(result.stdout).not.toMatch(/met\.mdx/);
  });
});
