/**
 * Reading an export file: bytes to well-formed XML text (real exports carry control
 * characters and invalid UTF-8), the format told from the content, and a parse that keeps
 * attributes, CDATA and values exactly as written.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { ui } from '../i18n/nl.ts';
import { ExportError, type ExportFormat } from './model.ts';

export interface ReadXml {
  text: string;
  /** What had to be repaired, for the report. */
  repairs: string[];
}

// Code points XML 1.0 forbids: C0 controls but tab, LF and CR; the two non-characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ILLEGAL_REFERENCE = /&#(?:x0*(?:[0-8bcefBCEF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));/g;

// Windows-1252 for 0x80–0x9F; the rest of the high half is Latin-1.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const cp1252 = (byte: number) => (byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80]! : String.fromCharCode(byte));

/** Length of the valid UTF-8 sequence starting at `index`, or 0. */
function utf8Sequence(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  for (let next = 1; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return 0;
  return index + length <= bytes.length ? length : 0;
}

/**
 * Decodes and repairs. Bytes that are not UTF-8 are nearly always Latin-1 or Windows-1252
 * text pasted into an old blog ("caf\xe9"), and are read as such; forbidden characters go.
 */
export function decodeXml(bytes: Uint8Array): ReadXml {
  const repairs: string[] = [];
  const decoder = new TextDecoder('utf-8');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const parts: string[] = [];
    let start = 0;
    let repaired = 0;
    for (let index = 0; index < bytes.length;) {
      const length = utf8Sequence(bytes, index);
      if (length > 0) {
        index += length;
        continue;
      }
      parts.push(decoder.decode(bytes.subarray(start, index)), cp1252(bytes[index]!));
      repaired++;
      start = ++index;
    }
    parts.push(decoder.decode(bytes.subarray(start)));
    text = parts.join('');
    repairs.push(ui.import.notes.notUtf8(repaired));
  }
  const illegal = (text.match(ILLEGAL)?.length ?? 0) + (text.match(ILLEGAL_REFERENCE)?.length ?? 0);
  if (illegal > 0) {
    text = text.replace(ILLEGAL, '').replace(ILLEGAL_REFERENCE, '');
    repairs.push(ui.import.notes.controlCharacters(illegal));
  }
  return { text, repairs };
}

/** The export format, from the root element and its vocabulary; never from the file name. */
export function detectFormat(text: string): ExportFormat | undefined {
  const head = text.slice(0, 20_000);
  const root = /<(rss|feed)[\s>]/.exec(head.replace(/<!--[\s\S]*?-->/g, ''))?.[1];
  if (root === 'rss' && /xmlns:wp=|<wp:wxr_version>/.test(head)) return 'wxr';
  if (root === 'feed' && /schemas\.google\.com\/blogger\/2018|<blogger:type>/.test(text)) return 'blogger-takeout';
  if (root === 'feed' && /schemas\.google\.com\/blogger\/2008\/kind#/.test(text)) return 'blogger-classic';
  return undefined;
}

const ALWAYS_LISTS = new Set([
  'rss.channel.item',
  'rss.channel.item.category',
  'rss.channel.item.wp:comment',
  'rss.channel.item.wp:postmeta',
  'rss.channel.item.wp:comment.wp:commentmeta',
  'rss.channel.wp:author',
  'rss.channel.wp:category',
  'rss.channel.wp:tag',
  'rss.channel.wp:term',
  'feed.entry',
  'feed.entry.category',
  'feed.entry.link',
  'feed.entry.author',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Titles such as "1984" and slugs such as "2019" stay text; whitespace stays as written.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Prefixes are kept as written (wp:, blogger:): namespace URIs differ between exports
  // (http and https), and Blogger's classic backups use app: without declaring it.
  removeNSPrefix: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (_name, jpath) => ALWAYS_LISTS.has(String(jpath)),
});

export type XmlNode = Record<string, unknown>;

/** Parses repaired text; malformed XML is an error naming the file and line. */
export function parseXml(file: string, text: string): XmlNode {
  try {
    new SyntaxValidator({ allowBooleanAttributes: true }).validate(text);
  } catch (error) {
    const { line, col, message } = error as { line?: number; col?: number; message: string };
    // An export that does not end with its root's closing tag was cut off (a download that stopped).
    const cutOff = line !== undefined && !/<\/(?:rss|feed)>\s*$/.test(text);
    throw new ExportError(file, cutOff ? ui.import.errors.truncated(line, message) : ui.import.errors.malformed(line, col, message));
  }
  return parser.parse(text) as XmlNode;
}

/** The text of a parsed element, whatever shape the parser gave it (text, CDATA, attributes). */
export function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (typeof node === 'object') return textOf((node as XmlNode)['#text']);
  return '';
}

/** An attribute of a parsed element. */
export function attribute(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const value = (node as XmlNode)[`@${name}`];
  return value === undefined ? undefined : String(value);
}

export function listOf(node: unknown): XmlNode[] {
  if (node === undefined || node === null || node === '') return [];
  return (Array.isArray(node) ? node : [node]).map((entry) => (typeof entry === 'object' ? (entry as XmlNode) : { '#text': entry }));
}
