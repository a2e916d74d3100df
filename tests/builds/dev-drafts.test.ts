/** `astro dev` shows drafts and scheduled articles and pages, clearly marked, so authors can preview them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, copyFixture } from '../support/build.ts';
import { PROJECT_ROOT } from '../support/dist.ts';

let server: ChildProcess;
let origin: string;
let contentDir: string;

beforeAll(async () => {
  contentDir = copyFixture('dev');
  const draft = (slug: string, extra: string) =>
    writeFileSync(
      join(contentDir, `articles/${slug}.mdx`),
      `---\ntitle: Titel van ${slug}\ndescription: Nog niet gepubliceerd.\npubDate: ${extra}\ntype: opinion\ntags: [concept]\n---\n\nTekst.\n`,
    );
  draft('een-concept', '2024-02-01\ndraft: true');
  draft('ingepland', '2099-12-31');
  mkdirSync(join(contentDir, 'pages'), { recursive: true });
  writeFileSync(join(contentDir, 'pages/halve-pagina.mdx'), '---\ntitle: Een halve pagina\ndescription: Nog niet af.\ndraft: true\n---\n\nTekst.\n');
  writeFileSync(join(contentDir, 'pages/latere-pagina.mdx'), '---\ntitle: Een latere pagina\ndescription: Komt later.\npubDate: 2099-12-31\n---\n\nTekst.\n');

  const port = 4500 + Math.floor(Math.random() * 400);
  server = spawn(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: PROJECT_ROOT,
    env: astroEnv({ CONTENT_DIR: contentDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = `http://127.0.0.1:${port}`;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`${port}`) && /ready|Local/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
});

afterAll(() => {
  server?.kill();
  // The dev data store remembers file paths; removing the fixture keeps it from clashing later.
  rmSync(join(contentDir, '..'), { recursive: true, force: true });
});

/** The dev server answers before its first content sync settles; retry briefly on 404. */
async function get(path: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${origin}${path}`);
    const body = await response.text();
    if (response.status !== 404 || Date.now() > deadline) return { status: response.status, root: parse(body) };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('astro dev', () => {
  it.each(['een-concept', 'ingepland'])('renders the unpublished article %s with a Concept badge and noindex', async (slug) => {
    const { status, root } = await get(`/artikelen/${slug}/`);
    expect(status).toBe(200);
    expect(root.querySelector('h1')?.textContent).toBe(`Titel van ${slug}`);
    expect(root.querySelector('article header [data-draft-badge]')?.textContent).toBe('Concept');
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it.each(['halve-pagina', 'latere-pagina'])('renders the unpublished page %s with a Concept badge and noindex', async (slug) => {
    const { status, root } = await get(`/${slug}/`);
    expect(status).toBe(200);
    expect(root.querySelector('main [data-draft-badge]')?.textContent).toBe('Concept');
    expect(root.querySelector('main [role="note"]')?.textContent).toContain('concept of een ingeplande pagina');
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('serves the search index of the last production build', async () => {
    const response = await fetch(`${origin}/pagefind/pagefind-entry.json`);
    expect(response.status).toBe(200);
    expect((await response.json()).languages).toHaveProperty('nl');
    expect((await fetch(`${origin}/pagefind/pagefind.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('marks unpublished articles in listings, but not published ones', async () => {
    const { root } = await get('/artikelen/');
    const cards = root.querySelectorAll('main article');
    const badge = (title: string) => cards.find((card) => card.querySelector('h2')?.textContent.includes(title))?.querySelector('[data-draft-badge]');
    expect(badge('Titel van een-concept')).toBeTruthy();
    expect(badge('Titel van ingepland')).toBeTruthy();
    expect(badge('Een geldig artikel')).toBeFalsy();
  });
});
