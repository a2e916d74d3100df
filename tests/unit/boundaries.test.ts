/** The house rules in eslint.config.js: where code may run decides what it may import (docs/architecture.md). */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });

/** The import restrictions ESLint reports for `code` as if it were the file at `path`. */
async function refused(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.message);
}

describe('import boundaries', () => {
  it.each([
    ['a feature module', 'src/features/search/example.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"],
    ['a feature module, without the node: prefix', 'src/features/map/example.ts', "import { join } from 'path';\nexport const at = join;\n"],
    ['shared logic', 'src/lib/example.ts', "import { createHash } from 'node:crypto';\nexport const hash = createHash;\n"],
    [
      'a script in an .astro file',
      'src/features/comments/Example.astro',
      "---\n---\n\n<script>\n  import { readFileSync } from 'node:fs';\n  console.log(readFileSync);\n</script>\n",
    ],
  ])('keep Node built-ins out of %s', async (_, path, code) => {
    expect(await refused(path, code)).toEqual([expect.stringMatching(/cannot use Node built-ins/)]);
  });

  it.each([
    ['build code', 'src/lib/example.ts', "import { drawOgImage } from '../build/og/draw.ts';\nexport const draw = drawOgImage;\n"],
    ['the data layer', 'src/features/link-previews/example.ts', "import { getCatalog } from '../../data/catalog.ts';\nexport const catalog = getCatalog;\n"],
    ['the site configuration', 'src/lib/example.ts', "import { siteConfig } from '../site.config.ts';\nexport const config = siteConfig;\n"],
    ['the content layer', 'src/features/search/example.ts', "import { getCollection } from 'astro:content';\nexport const all = getCollection;\n"],
    ['esbuild', 'src/lib/example.ts', "import { transformSync } from 'esbuild';\nexport const transform = transformSync;\n"],
  ])('keep %s out of browser-reachable code', async (_, path, code) => {
    expect(await refused(path, code)).toEqual([expect.stringMatching(/cannot import build-only code/)]);
  });

  it.each([
    ['a page', 'src/pages/example.ts', "import { collections } from '../editor/config.ts';\nexport const x = collections;\n"],
    ['a component', 'src/components/Example.astro', "---\nimport { fields } from '@keystatic/core';\nconst x = fields;\n---\n\n<p>{String(x)}</p>\n"],
    ['a feature module', 'src/features/search/example.ts', "import { createElement } from 'react';\nexport const x = createElement;\n"],
  ])('keep the editor, Keystatic and React out of %s', async (_, path, code) => {
    expect(await refused(path, code)).toEqual([expect.stringMatching(/does not import the editor/)]);
  });

  it('let the editor’s dev side use Node and build code', async () => {
    expect(
      await refused(
        'src/editor/dev/example.ts',
        "import { readFileSync } from 'node:fs';\nimport { contentRoot } from '../../build/content-files/content-root.ts';\nexport const x = [readFileSync, contentRoot];\n",
      ),
    ).toEqual([]);
  });

  it('let type-only imports cross, since they vanish from the bundle', async () => {
    expect(
      await refused('src/features/map/example.ts', "import type { Catalog } from '../../data/catalog.ts';\nexport type Graph = Catalog['graph'];\n"),
    ).toEqual([]);
  });

  it('let build code, the data layer and the importer use Node and each other', async () => {
    expect(
      await refused(
        'src/build/example.ts',
        "import { readFileSync } from 'node:fs';\nimport { ui } from '../i18n/nl.ts';\nexport const x = [readFileSync, ui];\n",
      ),
    ).toEqual([]);
    expect(
      await refused('src/data/example.ts', "import { contentFingerprint } from '../build/fingerprint.ts';\nexport const x = contentFingerprint;\n"),
    ).toEqual([]);
    expect(await refused('src/import/example.ts', "import { join } from 'node:path';\nexport const x = join;\n")).toEqual([]);
  });

  it('keep command-line tools and tests out of the site, and tests out of the tools', async () => {
    expect(await refused('src/data/example.ts', "import { serveDist } from '../../scripts/support/static-server.ts';\nexport const x = serveDist;\n")).toEqual([
      expect.stringMatching(/does not import command-line tools or tests/),
    ]);
    expect(await refused('scripts/example.ts', "import { DIST } from '../tests/support/dist.ts';\nexport const x = DIST;\n")).toEqual([
      expect.stringMatching(/share helpers through scripts\/support/),
    ]);
    expect(
      await refused('tests/unit/example.test.ts', "import { serveDist } from '../../scripts/support/static-server.ts';\nexport const x = serveDist;\n"),
    ).toEqual([]);
  });
});
