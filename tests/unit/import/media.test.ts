import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageExtension, localFileName, mediaFetcher, mediaFolder, originalImageUrl } from '../../../src/import/media.ts';
import { fixture } from './support.ts';

const PNG = readFileSync(fixture('media/wp-content/uploads/2010/04/klm-twitter.png'));

describe('images by their bytes and names', () => {
  it('tells image types from their first bytes, and anything else is not an image', () => {
    expect(imageExtension(PNG)).toBe('png');
    expect(imageExtension(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(imageExtension(new TextEncoder().encode('GIF89a'))).toBe('gif');
    expect(imageExtension(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(imageExtension(new TextEncoder().encode('<!doctype html><title>404</title>'))).toBeUndefined();
  });

  it('asks Blogger and WordPress.com for the original, not a resized copy', () => {
    expect(originalImageUrl('https://1.bp.blogspot.com/-abc/s320/foto.png')).toBe('https://1.bp.blogspot.com/-abc/s0/foto.png');
    expect(originalImageUrl('https://blogger.googleusercontent.com/img/b/R29v/AVvX/w640-h480/foto.png')).toBe(
      'https://blogger.googleusercontent.com/img/b/R29v/AVvX/s0/foto.png',
    );
    expect(originalImageUrl('https://lh3.googleusercontent.com/abc=s1600')).toBe('https://lh3.googleusercontent.com/abc=s0');
    expect(originalImageUrl('https://x.files.wordpress.com/2010/04/a.jpg?w=300')).toBe('https://x.files.wordpress.com/2010/04/a.jpg');
  });

  it('names files after the URL, slugified, with the real extension and never twice', () => {
    expect(localFileName('https://x/uploads/Mijn%20Foto%20(1).JPG?w=2', 'jpg', new Set())).toBe('mijn-foto-1.jpg');
    expect(localFileName('https://x/a/foto.png', 'png', new Set(['foto.png']))).toBe('foto-2.png');
    expect(localFileName('https://x/', 'gif', new Set())).toBe('afbeelding.gif');
  });
});

describe('mediaFolder', () => {
  const find = mediaFolder(fixture('media'));
  it('finds an upload by the longest matching tail of its path, then by its name', () => {
    expect(find('https://oud.example/wp-content/uploads/2010/04/klm-twitter.png')).toBe(fixture('media/wp-content/uploads/2010/04/klm-twitter.png'));
    expect(find('https://cdn.example/elders/bakker-2.png')).toBe(fixture('media/wp-content/uploads/2011/02/bakker-2.png'));
    expect(find('https://oud.example/wp-content/uploads/2010/04/bestaat-niet.png')).toBeUndefined();
  });
});

describe('mediaFetcher', () => {
  let server: Server;
  let origin: string;
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url!);
      if (request.url === '/foto.png') response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      else if (request.url === '/pagina.png') response.writeHead(200, { 'content-type': 'text/html' }).end('<html>niet gevonden</html>');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('takes images from the folder first, without a request', async () => {
    const media = mediaFetcher({ folder: fixture('media'), download: true, cacheDir: mkdtempSync(join(tmpdir(), 'media-')), delay: 0 });
    const before = requests.length;
    expect(await media.get(`${origin}/wp-content/uploads/2011/02/dialoog.png`)).toMatchObject({ extension: 'png', from: 'folder' });
    expect(requests.length).toBe(before);
  });

  it('downloads one at a time, caches for the next run, and reports HTTP errors and non-images', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'media-'));
    const media = mediaFetcher({ download: true, cacheDir, delay: 5 });
    const [found, missing, html] = await Promise.all([media.get(`${origin}/foto.png`), media.get(`${origin}/weg.png`), media.get(`${origin}/pagina.png`)]);
    expect(found).toMatchObject({ extension: 'png', from: 'download' });
    expect(missing).toEqual({ missing: 'HTTP 404' });
    expect(html).toEqual({ missing: 'geen afbeelding (of een formaat dat Astro niet kan optimaliseren)' });
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const again = mediaFetcher({ download: true, cacheDir, delay: 5 });
    const count = requests.length;
    expect(await again.get(`${origin}/foto.png`)).toMatchObject({ from: 'cache' });
    expect(requests.length).toBe(count);
  });

  it('says when there is no network, once, and stops trying', async () => {
    let calls = 0;
    const offline = (async () => {
      calls++;
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    }) as unknown as typeof fetch;
    const media = mediaFetcher({ download: true, cacheDir: mkdtempSync(join(tmpdir(), 'media-')), delay: 0, fetch: offline });
    expect(await media.get('https://oud.example/a.png')).toEqual({ missing: 'geen netwerk (ENOTFOUND): niet gedownload' });
    expect(await media.get('https://oud.example/b.png')).toEqual({ missing: 'geen netwerk (ENOTFOUND): niet gedownload' });
    expect(calls).toBe(1);
  });

  it('does not download with --no-download', async () => {
    const media = mediaFetcher({ download: false, cacheDir: mkdtempSync(join(tmpdir(), 'media-')), delay: 0 });
    expect(await media.get(`${origin}/foto.png`)).toEqual({ missing: 'niet gedownload (--no-download)' });
  });
});
