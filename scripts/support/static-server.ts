/**
 * A minimal static file server for dist/, mounted under the deployment base, so browser
 * tests hit the built site exactly as a static host would (directory index.html, 404.html).
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  origin: string;
  /** origin + base, without a trailing slash. */
  root: string;
  /** The bytes of the last body sent for a path (compressed, as it went out), once it is sent. */
  sentBytes(pathname: string): number | undefined;
  close(): Promise<void>;
}

async function resolveFile(dir: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, safe);
  if (!candidate.startsWith(dir)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

export async function serveDist(dir: string, base = '/'): Promise<StaticServer> {
  const prefix = base.replace(/\/+$/, '');
  const sent = new Map<string, number>();
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const inside = pathname === prefix || pathname.startsWith(`${prefix}/`);
    const file = inside ? await resolveFile(dir, pathname.slice(prefix.length) || '/') : undefined;
    if (file && pathname.endsWith('/') === false && file.endsWith('index.html') && !pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const target = file ?? join(dir, '404.html');
    if (!file && !existsSync(target)) {
      response.writeHead(404).end(); // a site without a 404 page (the bench's baseline)
      return;
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    // Compress text the way any real static host does, so page weights and timings are honest.
    const gzip = /text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(file ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    const body = gzip ? createReadStream(target).pipe(createGzip()) : createReadStream(target);
    let bytes = 0;
    body.on('data', (chunk: Buffer) => (bytes += chunk.length));
    body.on('end', () => sent.set(pathname, bytes));
    body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root: `${origin}${prefix}`,
    sentBytes: (pathname) => sent.get(pathname),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
