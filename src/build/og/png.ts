/**
 * PNG encoding for the Open Graph images. A general-purpose encoder (resvg's, earlier) took about
 * half of each image's time (9 of 19 ms, more than layout and drawing). Unfiltered rows deflated at
 * zlib's fastest level take under 4 ms (level 3: over 5), and on these flat backgrounds the
 * files grow only a little (about 42 KB against 40 KB at level 3).
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BIT_DEPTH = 8;
const COLOUR_RGBA = 6;
const DEFLATE_LEVEL = 1;
/** A zlib stream's first two bytes: deflate with a 32 KB window, fastest level (RFC 1950). */
const ZLIB_HEADER = Buffer.from([0x78, 0x01]);
const ADLER_BASE = 65521;

/** length, type, data, and a CRC over type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, 'latin1');
  bytes.set(data, 8);
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

/** A PNG of `width` × `height` pixels, from 8-bit RGBA values (not premultiplied), row by row. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || rgba.length !== stride * height) {
    throw new RangeError(`encodePng: ${rgba.length} bytes are not ${width} × ${height} RGBA pixels`);
  }
  // Each row starts with its filter type: 0, none.
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return encodePngRows(rows, width, height);
}

/**
 * A PNG from rows already laid out as PNG wants them: per row a filter byte (0) and its RGBA
 * values. For a caller that keeps such a buffer and changes only some rows between images.
 */
export function encodePngRows(rows: Uint8Array, width: number, height: number): Buffer {
  if (rows.length !== (width * 4 + 1) * height) throw new RangeError(`encodePngRows: ${rows.length} bytes are not ${height} rows of ${width} RGBA pixels`);
  return png(deflateSync(rows, { level: DEFLATE_LEVEL }), width, height);
}

function png(zlibStream: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.alloc(13); // compression, filter method and interlacing stay 0
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = BIT_DEPTH;
  header[9] = COLOUR_RGBA;
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibStream), chunk('IEND', new Uint8Array())]);
}

/** The first rows of images that share them, deflated once (`deflateLeadingRows`). */
export interface LeadingRows {
  /** Raw deflate blocks, ended on a byte boundary and referring to nothing after them. */
  deflated: Buffer;
  adler: number;
  length: number;
}

/**
 * Deflates rows that several images begin with, for `encodePngAfter`: only the rest of each image
 * is deflated then (for an Open Graph image, from its title down). A full flush ends the blocks
 * on a byte boundary with nothing carried over, so any deflate stream may follow them.
 */
export function deflateLeadingRows(rows: Uint8Array): LeadingRows {
  const stored = deflateSync(rows, { level: 0 }); // its checksum, computed by zlib
  return {
    deflated: deflateRawSync(rows, { level: DEFLATE_LEVEL, finishFlush: constants.Z_FULL_FLUSH }),
    adler: stored.readUInt32BE(stored.length - 4),
    length: rows.length,
  };
}

/** A PNG from leading rows deflated before and the rows after them, laid out as encodePngRows takes them. */
export function encodePngAfter(leading: LeadingRows, rest: Uint8Array, width: number, height: number): Buffer {
  if (leading.length + rest.length !== (width * 4 + 1) * height) {
    throw new RangeError(`encodePngAfter: ${leading.length} + ${rest.length} bytes are not ${height} rows of ${width} RGBA pixels`);
  }
  const tail = deflateSync(rest, { level: DEFLATE_LEVEL });
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adler32Combine(leading.adler, tail.readUInt32BE(tail.length - 4), rest.length));
  // The tail's own zlib header and checksum give way to the whole stream's.
  return png(Buffer.concat([ZLIB_HEADER, leading.deflated, tail.subarray(2, tail.length - 4), checksum]), width, height);
}

/** The Adler-32 of two byte runs joined, from each run's checksum and the second's length (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  let sum1 = first & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (second & 0xffff) + ADLER_BASE - 1;
  sum2 += (first >>> 16) + (second >>> 16) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}
