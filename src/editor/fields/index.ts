/**
 * The editor's fields, built from the labels in src/i18n/authoring.nl.ts. Each field records what
 * it stores (`descriptorOf`), so tests/unit/editor-config.test.ts can hold every field against
 * the zod schema of src/content.config.ts: same names, same kinds, same required fields.
 */
import { createElement } from 'react';
import { fields } from '@keystatic/core';
import type { BasicFormField, ComponentSchema } from '@keystatic/core';
import { editorNl as t } from '../../i18n/authoring.nl.ts';
import { THESIS_POSITIONS, type ThesisPosition } from '../../lib/positions.ts';
import { slugify } from '../../lib/slug.ts';
import type { Pickable } from '../entries.ts';
import { EntryPicker } from './EntryPicker.tsx';
import { EntryList } from './EntryList.tsx';
import { ThesisList, type ThesisChoice } from './ThesisList.tsx';

export type Descriptor =
  | { kind: 'text' | 'date' | 'checkbox' | 'integer' | 'image' | 'ignored' | 'content' | 'theses'; required: boolean }
  | { kind: 'select'; required: boolean; options: readonly string[] }
  | { kind: 'reference' | 'references'; required: boolean; collection: Pickable }
  | { kind: 'list'; required: boolean; of: 'text' | 'tags' }
  | { kind: 'object'; required: boolean; fields: Record<string, ComponentSchema> };

const descriptors = new WeakMap<object, Descriptor>();
const described = <F extends ComponentSchema>(field: F, descriptor: Descriptor): F => {
  descriptors.set(field, descriptor);
  return field;
};
export const descriptorOf = (field: ComponentSchema): Descriptor | undefined => descriptors.get(field);

type Labels = typeof t.fields;
type Collection = keyof Labels;
interface FieldText {
  label: string;
  description?: string;
}

const fail = (message: string): never => {
  throw new Error(message);
};

/** The fields of one collection, labelled from the dictionary by key (a missing label does not compile). */
export function fieldsOf<C extends Collection>(collection: C) {
  const text = (key: keyof Labels[C]): FieldText => t.fields[collection][key] as FieldText;
  const required = (label: string) => ({ regex: /\S/, message: t.messages.required(label) });

  return {
    /** The title or name that also gives the entry its address (file name). */
    slug: (key: keyof Labels[C], options: { generate?: (name: string) => string; slug?: FieldText & { pattern?: { regex: RegExp; message: string } } } = {}) =>
      described(
        fields.slug({
          name: { ...text(key), validation: { pattern: required(text(key).label) } },
          slug: {
            label: options.slug?.label ?? t.slug.label,
            description: options.slug?.description ?? t.slug.description,
            generate: options.generate ?? slugify,
            ...(options.slug?.pattern ? { validation: { pattern: options.slug.pattern } } : {}),
          },
        }),
        { kind: 'text', required: true },
      ),
    text: (key: keyof Labels[C], options: { required?: boolean; multiline?: boolean; pattern?: { regex: RegExp; message: string } } = {}) => {
      const { label, description } = text(key);
      // An optional field's pattern must let the empty field pass; a required one says so in Dutch.
      const pattern = options.pattern
        ? {
            regex: options.required ? options.pattern.regex : new RegExp(`^$|${options.pattern.regex.source}`, options.pattern.regex.flags),
            message: options.pattern.message,
          }
        : options.required
          ? required(label)
          : undefined;
      return described(fields.text({ label, description, multiline: options.multiline, validation: pattern ? { pattern } : undefined }), {
        kind: 'text',
        required: options.required ?? false,
      });
    },
    date: (key: keyof Labels[C], options: { required?: boolean } = {}) =>
      described(fields.date({ ...text(key), validation: { isRequired: options.required } }), { kind: 'date', required: options.required ?? false }),
    checkbox: (key: keyof Labels[C], defaultValue: boolean) =>
      described(fields.checkbox({ ...text(key), defaultValue }), { kind: 'checkbox', required: false }),
    integer: (key: keyof Labels[C], options: { required?: boolean; min: number; max: number }) =>
      described(fields.integer({ ...text(key), validation: { isRequired: options.required, min: options.min, max: options.max } }), {
        kind: 'integer',
        required: options.required ?? false,
      }),
    select: <V extends string>(key: keyof Labels[C], values: readonly V[], labelOf: (value: V) => string, defaultValue: V) =>
      described(fields.select({ ...text(key), options: values.map((value) => ({ value, label: labelOf(value) })), defaultValue }), {
        kind: 'select',
        required: true,
        options: values,
      }),
    /** Plain text items, one per line (aliases, roles). */
    list: (key: keyof Labels[C], options: { pattern?: { regex: RegExp; message: string } } = {}) =>
      described(
        fields.array(fields.text({ label: text(key).label, validation: { pattern: options.pattern ?? required(text(key).label) } }), {
          ...text(key),
          itemLabel: (props) => (props as { value: string }).value || text(key).label,
        }),
        { kind: 'list', required: false, of: 'text' },
      ),
    reference: (key: keyof Labels[C], collection: Pickable, options: { required?: boolean } = {}) =>
      described(entryField(text(key), collection, options.required ?? false), { kind: 'reference', required: options.required ?? false, collection }),
    references: (key: keyof Labels[C], collection: Pickable, options: { minimum?: number } = {}) =>
      described(entryListField(text(key), collection, options.minimum ?? 0), {
        kind: 'references',
        required: (options.minimum ?? 0) > 0,
        collection,
      }),
    tags: (key: keyof Labels[C]) => described(entryListField(text(key), 'tags', 1), { kind: 'list', required: true, of: 'tags' }),
    theses: () => described(thesisListField(), { kind: 'theses', required: false }),
    image: (key: keyof Labels[C], directory: string) => described(imageField({ ...text(key), directory }), { kind: 'image', required: false }),
    object: (key: keyof Labels[C], shape: Record<string, ComponentSchema>, options: { required?: boolean } = {}) =>
      described(fields.object(shape, text(key)), { kind: 'object', required: options.required ?? false, fields: shape }),
    /** Kept as written, not shown: what the importer records. */
    ignored: () => described(fields.ignored(), { kind: 'ignored', required: false }),
    body: (field: ComponentSchema) => described(field, { kind: 'content', required: false }),
  };
}

/**
 * An image stored beside the entry (`./<slug>/foto.jpg`, the importer's layout too), keeping
 * its file name: Keystatic would rename the file after its field on every save (cover/src.png),
 * which changes the image's address on the site for nothing. Uploads get a slugged name.
 */
export function imageField({ label, description, directory }: FieldText & { directory: string }) {
  const field = fields.image({ label, description, directory, publicPath: './', transformFilename: fileName });
  return {
    ...field,
    serialize: (value: Parameters<typeof field.serialize>[0], args: Parameters<typeof field.serialize>[1]) =>
      field.serialize(value, { ...args, suggestedFilenamePrefix: undefined }),
  };
}

/** "Mijn Foto (1).JPG" → "mijn-foto-1.jpg". */
const fileName = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${slugify(name.slice(0, dot)) || 'beeld'}${name.slice(dot).toLowerCase()}` : slugify(name) || 'beeld';
};

export function entryField({ label, description }: FieldText, collection: Pickable, required: boolean): BasicFormField<string | null> {
  return {
    kind: 'form',
    label,
    Input: (props) => createElement(EntryPicker, { ...props, label, description, collection, required }),
    defaultValue: () => null,
    parse: (value) => (value === undefined || value === null ? null : typeof value === 'string' ? value : fail(`${label}: ${t.messages.notAnId}`)),
    validate(value) {
      if (required && !value) fail(t.messages.required(label));
      return value;
    },
    serialize: (value) => ({ value: value ?? undefined }),
    reader: { parse: (value) => (typeof value === 'string' ? value : null) },
  };
}

/** A thesis chosen by name, stored as its number: <Thesis n={28} />. */
export function thesisNumberField({ label, description }: FieldText): BasicFormField<number | null> {
  return {
    kind: 'form',
    label,
    Input: ({ value, onChange, ...props }) =>
      createElement(EntryPicker, {
        ...props,
        label,
        description,
        collection: 'theses',
        required: true,
        byNumber: true,
        value: value === null ? null : String(value),
        onChange: (key) => onChange(key === null ? null : Number(key)),
      }),
    defaultValue: () => null,
    parse: (value) => (value === undefined || value === null ? null : typeof value === 'number' ? value : fail(`${label}: ${t.messages.notANumber}`)),
    validate(value) {
      if (value === null) fail(t.messages.required(label));
      return value;
    },
    serialize: (value) => ({ value: value ?? undefined }),
    reader: { parse: (value) => (typeof value === 'number' ? value : null) },
  };
}

function entryListField({ label, description }: FieldText, from: Pickable | 'tags', minimum: number): BasicFormField<readonly string[]> {
  const parse = (value: unknown): readonly string[] =>
    value === undefined || value === null
      ? []
      : Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? value
        : fail(`${label}: ${t.messages.notAList}`);
  return {
    kind: 'form',
    label,
    Input: (props) => createElement(EntryList, { ...props, label, description, from, minimum }),
    defaultValue: () => [],
    parse,
    validate(value) {
      if (value.length < minimum) fail(t.messages.required(label));
      return value;
    },
    // An empty optional list is left out, as authors write it.
    serialize: (value) => ({ value: value.length === 0 && minimum === 0 ? undefined : [...value] }),
    reader: { parse },
  };
}

/** Theses as the schema takes them: a bare id discusses the thesis, { id, position } says more. */
function thesisListField(): BasicFormField<readonly ThesisChoice[]> {
  const { label } = t.fields.articles.theses;
  const parse = (value: unknown): readonly ThesisChoice[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return fail(`${label}: ${t.messages.notAList}`);
    return value.map((item): ThesisChoice => {
      if (typeof item === 'string') return { id: item, position: 'discusses' };
      const { id, position } = (item ?? {}) as { id?: unknown; position?: unknown };
      if (typeof id === 'string' && THESIS_POSITIONS.includes(position as ThesisPosition)) return { id, position: position as ThesisPosition };
      return fail(`${label}: ${t.messages.notAThesis}`);
    });
  };
  return {
    kind: 'form',
    label,
    Input: (props) => createElement(ThesisList, props),
    defaultValue: () => [],
    parse,
    validate: (value) => value,
    serialize: (value) => ({
      value: value.length === 0 ? undefined : value.map(({ id, position }) => (position === 'discusses' ? id : { id, position })),
    }),
    reader: { parse },
  };
}
