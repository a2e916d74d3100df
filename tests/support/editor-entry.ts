/**
 * Opening and saving an entry exactly as the editor does, without a browser: Keystatic 0.6.9's
 * own loadDataFile, parseProps and serializeProps (from its browser build, which holds the MDX
 * parser and serialiser), and js-yaml's dump, as in its serializeEntryToFiles. Those functions
 * are not public: the chunk names below belong to the pinned version, and a new version of
 * Keystatic fails here at once instead of passing untested.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dump } from 'js-yaml';
import { fields, type Collection, type ComponentSchema } from '@keystatic/core';
// @ts-expect-error Keystatic 0.6.9 internals, untyped (see above).
import { p as parseProps, c as serializeProps } from '../../node_modules/@keystatic/core/dist/index-3c244051.js';
// @ts-expect-error Keystatic 0.6.9 internals, untyped (see above).
import { v as getCollectionFormat } from '../../node_modules/@keystatic/core/dist/index-5d64e651.js';
// @ts-expect-error Keystatic 0.6.9 internals, untyped (see above).
import { l as loadDataFile } from '../../node_modules/@keystatic/core/dist/required-files-bd819871.js';

interface FormatInfo {
  data: 'yaml' | 'json';
  contentField?: { path: string[]; contentExtension: string };
}
interface FormField {
  kind: 'form';
  formKind?: 'slug' | 'asset' | 'content' | 'assets';
  directory?: string;
  directories?: string[];
  contentExtension?: string;
  filename(value: unknown, args: object): string | undefined;
  parse(value: unknown, args?: object): unknown;
}

/** Every file below `dir`, keyed by its path from `root` ("content/articles/klm/foto.jpg"). */
function filesBelow(root: string, dir: string, into: Map<string, Uint8Array>) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    try {
      into.set(relative(root, path), readFileSync(path));
    } catch {
      // A folder.
    }
  }
}

/**
 * The file of `slug` in `collection`, opened and saved by the editor: its new bytes, and any
 * other file the save would write. Throws what the editor would show when it cannot open it.
 */
export function openAndSave(
  config: { collections: Record<string, Collection<Record<string, ComponentSchema>, string>> },
  collection: string,
  root: string,
  slug: string,
): { contents: Buffer; extraFiles: Map<string, Uint8Array> } {
  const collectionConfig = config.collections[collection]!;
  const format = getCollectionFormat(config, collection) as FormatInfo;
  const dirpath = collectionConfig.path!.replace(/\/\*$/, `/${slug}`);
  const dataPath = `${dirpath}${format.contentField ? format.contentField.contentExtension : `.${format.data}`}`;
  const files = new Map<string, Uint8Array>([[dataPath, readFileSync(join(root, dataPath))]]);
  filesBelow(root, join(root, dirpath), files);

  const { loaded, extraFakeFile } = loadDataFile(files.get(dataPath), format, false) as {
    loaded: unknown;
    extraFakeFile?: { path: string; contents: Uint8Array };
  };
  if (extraFakeFile) files.set(`${dirpath}/${extraFakeFile.path}`, extraFakeFile.contents);
  const schema = fields.object(collectionConfig.schema);
  const slugField = collectionConfig.slugField;

  const filesUnder = (start: string) =>
    new Map([...files].filter(([path]) => path.startsWith(start)).map(([path, bytes]) => [path.slice(start.length), bytes]));
  const state = parseProps(
    schema,
    loaded,
    [],
    [],
    (field: FormField, value: unknown, path: string[], pathWithSlugs: string[]) => {
      if (path.length === 1 && path[0] === slugField) return field.parse(value, { slug });
      if (field.formKind === 'asset') {
        const filename = field.filename(value, { suggestedFilenamePrefix: pathWithSlugs.join('/'), slug });
        const asset = filename ? files.get(`${field.directory ? `${field.directory}/${slug}` : dirpath}/${filename}`) : undefined;
        return field.parse(value, { asset, slug });
      }
      if (field.formKind === 'content' || field.formKind === 'assets') {
        const rootPath = `${dirpath}/${pathWithSlugs.join('/')}`;
        const external = new Map((field.directories ?? []).map((dir) => [dir, filesUnder(`${dir}/${slug}/`)]));
        const args = { other: filesUnder(`${rootPath}/`), external, slug };
        return field.formKind === 'content' ? field.parse(value, { ...args, content: files.get(rootPath + field.contentExtension) }) : field.parse(value, args);
      }
      return field.parse(value, undefined);
    },
    false,
  );

  const { value, extraFiles } = serializeProps(state, schema, slugField, slug, true) as {
    value: unknown;
    extraFiles: { path: string; contents: Uint8Array; parent?: string }[];
  };
  const data = dump(value);
  const contentFile = format.contentField && `${format.contentField.path.join('/')}${format.contentField.contentExtension}`;
  const content = extraFiles.find((file) => file.path === contentFile)?.contents;
  // Images and other files the save writes, where serializeEntryToFiles puts them.
  const others = new Map(
    extraFiles.filter((file) => file.path !== contentFile).map((file) => [`${file.parent ? `${file.parent}/${slug}` : dirpath}/${file.path}`, file.contents]),
  );
  const contents = content ? Buffer.concat([Buffer.from(`---\n${data}---\n`), Buffer.from(content)]) : Buffer.from(data);
  return { contents, extraFiles: others };
}
