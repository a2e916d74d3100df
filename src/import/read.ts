/**
 * Step one of an import: find the export files (folders are searched, exports told by their
 * content) and read them into the model, one blog at a time.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ui } from '../i18n/nl.ts';
import { readBlogger } from './blogger.ts';
import { ExportError, type SourceSite } from './model.ts';
import { readWordPress } from './wordpress.ts';
import { decodeXml, detectFormat, parseXml, type XmlNode } from './xml.ts';

/** The export files among `paths` (folders are searched); anything unreadable is an ExportError naming it. */
export function findExportFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new ExportError(path, ui.import.errors.missing);
    if (statSync(path).isFile()) {
      files.push(path);
      continue;
    }
    // In a folder (a Takeout download, a set of split WXR files), exports are told by content.
    const inFolder = readdirSync(path, { recursive: true, encoding: 'utf8' })
      .map((file) => join(path, file))
      .filter((file) => statSync(file).isFile() && statSync(file).size > 0 && looksLikeExport(file))
      .sort();
    if (inFolder.length === 0) throw new ExportError(path, ui.import.errors.noExport);
    files.push(...inFolder);
  }
  return files;
}

/** Reads the first 20 KB only: a Takeout folder is mostly images. */
function looksLikeExport(file: string): boolean {
  const head = Buffer.alloc(20_000);
  const descriptor = openSync(file, 'r');
  try {
    return detectFormat(head.toString('utf8', 0, readSync(descriptor, head, 0, head.length, 0))) !== undefined;
  } finally {
    closeSync(descriptor);
  }
}

/** Reads exports of one blog into the model. */
export function readExports(files: readonly string[]): SourceSite {
  const parsed = files.map((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new ExportError(file, ui.import.errors.unreadable((error as Error).message));
    }
    const { text, repairs } = decodeXml(bytes);
    const format = detectFormat(text);
    if (!format) throw new ExportError(file, ui.import.errors.notAnExport);
    return { file, format, root: parseXml(file, text) as XmlNode, repairs };
  });
  const platforms = new Set(parsed.map(({ format }) => (format === 'wxr' ? 'wordpress' : 'blogger')));
  if (platforms.size > 1) throw new ExportError(files.join(', '), ui.import.errors.mixed);
  const site = platforms.has('wordpress') ? readWordPress(parsed) : readBlogger(parsed);
  for (const { file, repairs } of parsed) site.notes.push(...repairs.map((repair) => `${file}: ${repair}`));
  return site;
}
