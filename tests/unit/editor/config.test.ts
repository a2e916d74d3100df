/**
 * The editor's configuration against the site's schemas, field by field: the editor offers
 * exactly the fields src/content.config.ts defines, of the same kind, required where the
 * schema requires them, with a Dutch label each; and its blocks are the MDX components with
 * their props. A field added to a schema and not to the editor (or the reverse) fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collections as schemas } from '../../../src/content.config.ts';
import { collections as editor } from '../../../src/editor/config.ts';
import { mdxBlocks } from '../../../src/editor/blocks.ts';
import { descriptorOf, type Descriptor } from '../../../src/editor/fields/index.ts';
import { editorNl } from '../../../src/i18n/authoring.nl.ts';

type Zod = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
interface Expected {
  kind: Descriptor['kind'];
  required: boolean;
  options?: readonly string[];
  collection?: string;
  of?: 'text';
  fields?: Record<string, Expected>;
}

/** Images are a function of the schema context; a marked string stands in for them. */
const IMAGE = z.string().describe('image');

/** What a zod field asks of an author, in the editor's terms. */
function expected(schema: Zod, required = true): Expected {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return expected(def.innerType as Zod, false);
    case 'pipe': {
      // A reference reads an id and gives { collection, id }.
      const probe = schema.safeParse('probe');
      if (probe.success && probe.data && typeof probe.data === 'object' && 'collection' in probe.data) {
        return { kind: 'reference', required, collection: (probe.data as { collection: string }).collection };
      }
      const [from, to] = [def.in as Zod, def.out as Zod];
      // A transform after the value (theses) or before it (z.preprocess for cover).
      return to._zod.def.type === 'transform' ? expected(from, required) : expected(to, required);
    }
    case 'string':
      return { kind: schema.description === 'image' ? 'image' : 'text', required };
    case 'date':
      return { kind: 'date', required };
    case 'boolean':
      return { kind: 'checkbox', required };
    case 'number':
      return { kind: 'integer', required };
    case 'enum':
      return { kind: 'select', required, options: Object.values(def.entries as Record<string, string>) };
    case 'object':
      return {
        kind: 'object',
        required,
        fields: Object.fromEntries(Object.entries((schema as unknown as z.ZodObject).shape).map(([key, field]) => [key, expected(field as Zod)])),
      };
    case 'array': {
      // A thesis is an id or { id, position }.
      if ((def.element as Zod)._zod.def.type === 'union') return { kind: 'theses', required };
      const element = expected(def.element as Zod);
      const minimum = ((def.checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined) ?? []).some(
        (check) => check._zod.def.check === 'min_length' && (check._zod.def.minimum ?? 0) > 0,
      );
      if (element.kind === 'reference') return { kind: 'references', required: required && minimum, collection: element.collection };
      if (element.kind === 'text') return { kind: 'list', required: required && minimum, of: 'text' };
      throw new Error(`no editor kind for an array of ${element.kind}`);
    }
    default:
      throw new Error(`no editor kind for zod type ${def.type}`);
  }
}

const schemaOf = (name: keyof typeof schemas): z.ZodObject => {
  const schema = schemas[name].schema as z.ZodType | ((context: { image: () => z.ZodType }) => z.ZodType);
  return (typeof schema === 'function' ? schema({ image: () => IMAGE }) : schema) as z.ZodObject;
};

/** Holds one editor field against what the schema expects; `inOptional`: inside an optional group. */
function compare(path: string, field: Parameters<typeof descriptorOf>[0], want: Expected, inOptional = false) {
  const have = descriptorOf(field);
  expect(have, `${path} is not built with the editor's field helpers`).toBeDefined();
  // Importer bookkeeping (source) is kept as written, not shown.
  if (have!.kind === 'ignored') return expect(path).toMatch(/\.source$/);
  expect(have!.kind, path).toBe(want.kind);
  // The form cannot say "required when the group is filled in": the build's message does.
  if (inOptional) expect(have!.required && !want.required, `${path}: required in the editor, optional in the schema`).toBe(false);
  else expect(have!.required, `${path}: required`).toBe(want.required);
  if ('options' in have! && want.options) expect([...have.options].sort(), path).toEqual([...want.options].sort());
  if ('collection' in have! && want.collection) expect(have.collection, path).toBe(want.collection);
  if ('fields' in have! && want.fields) {
    expect(Object.keys(have.fields).sort(), path).toEqual(Object.keys(want.fields).sort());
    for (const [key, inner] of Object.entries(want.fields)) compare(`${path}.${key}`, have.fields[key]!, inner, inOptional || !want.required);
  }
}

const authored = Object.keys(schemas).filter((name) => name !== 'commentArchives') as (keyof typeof editor)[];

describe('the editor and the content schemas', () => {
  it('offers every collection an author writes, and no other', () => {
    expect(Object.keys(editor).sort()).toEqual([...authored].sort());
  });

  for (const name of authored) {
    it(`${name}: the same fields, kinds and required fields as the schema`, () => {
      const shape = schemaOf(name).shape;
      const fields = editor[name].schema as Record<string, Parameters<typeof descriptorOf>[0]>;
      const contentField = 'body' in fields ? ['body'] : [];
      expect(Object.keys(fields).sort()).toEqual([...Object.keys(shape), ...contentField].sort());
      for (const [key, field] of Object.entries(shape)) compare(`${name}.${key}`, fields[key]!, expected(field as Zod));
    });

    it(`${name}: a Dutch label for every field, and none for fields that do not exist`, () => {
      const labels = editorNl.fields[name] as Record<string, { label: string }>;
      const shape = schemaOf(name).shape;
      const fields = editor[name].schema as Record<string, Parameters<typeof descriptorOf>[0]>;
      const nested = Object.entries(shape).flatMap(([key, field]) => {
        const want = expected(field as Zod);
        return want.fields && descriptorOf(fields[key]!)?.kind === 'object' ? Object.keys(want.fields).map((inner) => `${key}.${inner}`) : [];
      });
      const extra = name === 'articles' ? ['body', 'theses.id', 'theses.position'] : 'body' in fields ? ['body'] : [];
      expect(Object.keys(labels).sort()).toEqual([...Object.keys(shape), ...nested, ...extra].sort());
      for (const [key, { label }] of Object.entries(labels)) expect(label.trim(), `${name}.${key}`).not.toBe('');
    });
  }
});

/** The names of a component's props, read from the `interface Props` in its frontmatter. */
function propsOf(component: string): string[] {
  const source = readFileSync(new URL(`../../../src/components/mdx/${component}.astro`, import.meta.url), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)![1]!;
  const file = ts.createSourceFile(`${component}.ts`, frontmatter, ts.ScriptTarget.Latest);
  const props = file.statements.find(
    (statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === 'Props',
  );
  return props!.members.map((member) => (member.name as ts.Identifier).text);
}

describe('the editor’s blocks and the MDX components', () => {
  const blocks = mdxBlocks('content/articles');

  it('offers every component authors use in MDX, and no other', () => {
    const components = readdirSync(new URL('../../../src/components/mdx/', import.meta.url)).filter((file) => file.endsWith('.astro'));
    expect(Object.keys(blocks).sort()).toEqual(components.map((file) => file.replace(/\.astro$/, '')).sort());
  });

  for (const [name, block] of Object.entries(blocks)) {
    it(`${name}: every prop, with a Dutch label`, () => {
      expect(Object.keys(block.schema).sort()).toEqual(propsOf(name).sort());
      expect(block.label.trim()).not.toBe('');
    });
  }
});
