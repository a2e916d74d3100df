/**
 * Opening and saving every entry in the editor changes no meaning: the launch content and five
 * imported blogs are each opened and saved as Keystatic does (tests/support/editor-entry.ts);
 * every file still means the same (the site's schemas read the same data, MDX parses to the same
 * tree) and the site built from the saved files is the site built from the originals.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../src/editor/config.ts';
import { collections as schemas } from '../../src/content.config.ts';
import { buildSite, type BuildResult } from '../support/build.ts';
import { PROJECT_ROOT } from '../support/dist.ts';
import { openAndSave } from '../support/editor-entry.ts';
import { importFixtureBlogs } from '../support/import-blogs.ts';
import { compareDist } from '../../scripts/support/compare-dist.ts';

/** Editor collection → its folder in content/. */
const folders = Object.fromEntries(Object.entries(config.collections!).map(([name, collection]) => [name, collection.path!.replace(/^content\/|\/\*$/g, '')]));

interface Saved {
  file: string;
  collection: string;
  before: string;
  after: string;
}

let original: string;
let resaved: string;
const saved: Saved[] = [];
const refused: string[] = [];
let builds: [BuildResult, BuildResult];

beforeAll(() => {
  original = join(mkdtempSync(join(tmpdir(), 'gesprek-editor-before-')), 'content');
  cpSync(join(PROJECT_ROOT, 'content'), original, { recursive: true });
  for (const run of importFixtureBlogs(original)) if (run.status !== 0) throw new Error(run.output);

  resaved = join(mkdtempSync(join(tmpdir(), 'gesprek-editor-after-')), 'content');
  cpSync(original, resaved, { recursive: true });
  for (const [collection, folder] of Object.entries(folders)) {
    const files = readdirSync(join(resaved, folder)).filter((name) => /\.(mdx|ya?ml)$/.test(name));
    for (const name of files) {
      const slug = name.replace(/\.[^.]+$/, '');
      const file = `${folder}/${name}`;
      try {
        const { contents, extraFiles } = openAndSave(config, collection, join(resaved, '..'), slug);
        const before = readFileSync(join(resaved, file), 'utf8');
        writeFileSync(join(resaved, file), contents);
        for (const [path, bytes] of extraFiles) {
          mkdirSync(dirname(join(resaved, '..', path)), { recursive: true });
          writeFileSync(join(resaved, '..', path), bytes);
        }
        saved.push({ file, collection, before, after: contents.toString('utf8') });
      } catch (error) {
        refused.push(`${file}: ${(error as Error).message}`);
      }
    }
  }
  builds = [buildSite(original), buildSite(resaved)];
});

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
/** The MDX body as a tree, without positions: what it means, not how it is spelled. */
const bodyTree = (source: string) =>
  JSON.parse(JSON.stringify(mdx.parse(source.replace(FRONTMATTER, '')), (key, value) => (key === 'position' || key === 'estree' ? undefined : value)));

/**
 * The entry's data as the site's schema reads it (references resolved to ids, defaults applied),
 * images by their bytes: the editor names the image files it saves after their field.
 */
function siteData(collection: string, source: string, folder: string): unknown {
  const entry = schemas[collection as keyof typeof schemas].schema as z.ZodType | ((context: { image: () => z.ZodType }) => z.ZodType);
  const image = () =>
    z.string().transform((path) =>
      createHash('sha256')
        .update(readFileSync(join(folder, path)))
        .digest('hex'),
    );
  const schema = typeof entry === 'function' ? entry({ image }) : entry;
  return schema.parse(parseYaml(FRONTMATTER.exec(source)?.[1] ?? source));
}

describe('every entry opened and saved in the editor', () => {
  it('opens: the editor knows every field and component the content uses', () => {
    expect(refused).toEqual([]);
    // The launch content and the five imported blogs, every collection the editor offers.
    expect(saved.length).toBeGreaterThan(80);
    expect(new Set(saved.map((entry) => entry.collection))).toEqual(new Set(Object.keys(folders)));
  });

  it('keeps each entry’s data as the site reads it', () => {
    for (const { file, collection, before, after } of saved) {
      const folder = dirname(join(resaved, file));
      expect(siteData(collection, after, folder), file).toEqual(siteData(collection, before, join(original, dirname(file))));
    }
  });

  it('keeps each MDX body’s meaning: the same tree of text, links, images and components', () => {
    const bodies = saved.filter((entry) => entry.file.endsWith('.mdx'));
    expect(bodies.some((entry) => /<(Figure|Gallery|Quote|Callout|Term|Thesis)\b/.test(entry.before))).toBe(true);
    for (const { file, before, after } of bodies) expect(bodyTree(after), file).toEqual(bodyTree(before));
  });

  it('builds the same site: every page, feed, image and index file identical', () => {
    for (const build of builds) expect(build.status, build.output).toBe(0);
    expect(compareDist(builds[0].outDir, builds[1].outDir).problems).toEqual([]);
  });
});
