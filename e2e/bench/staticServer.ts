import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * gzip level used for every compressible response. Level 6 is zlib's default and what Node's
 * `compression` middleware, nginx setups that raise `gzip_comp_level` from 1, and most CDNs'
 * on-the-fly gzip use; the bench reports sizes as they travel, so it uses the same.
 */
export const gzipLevel = 6;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const compressible = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.xml',
  '.svg',
  '.txt',
  '.wasm',
]);

/** gzip size of a file's bytes, as this server sends it. */
export function gzipSize(bytes: Buffer): number {
  return zlib.gzipSync(bytes, { level: gzipLevel }).length;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a Docusaurus build on loopback the way a static host does: clean URLs (`/docs/errors` →
 * `docs/errors.html`, `/docs` → `docs.html` or `docs/index.html`), gzip for text (so the browser's
 * transfer sizes are real gzip sizes), long-lived caching for content-hashed `assets/`, revalidation
 * for HTML. `docusaurus serve` sends no `Content-Encoding`, which would make transfer sizes raw.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const gzipCache = new Map<string, Buffer>();

  function resolveFile(urlPath: string): string | undefined {
    const clean = path.posix.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.\/)+/, '');
    const base = path.join(root, clean);
    if (!base.startsWith(root)) return undefined;
    const candidates = clean.endsWith('/')
      ? [path.join(base, 'index.html')]
      : [base, `${base}.html`, path.join(base, 'index.html')];
    return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
  }

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = resolveFile(url.pathname);
    let status = 200;
    if (file === undefined) {
      file = path.join(root, '404.html');
      status = 404;
      if (!fs.existsSync(file)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const ext = path.extname(file);
    const headers: http.OutgoingHttpHeaders = {
      'Content-Type': types[ext] ?? 'application/octet-stream',
      'Cache-Control': url.pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
      Vary: 'Accept-Encoding',
    };
    let body: Buffer = fs.readFileSync(file);
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (compressible.has(ext) && acceptsGzip) {
      let gz = gzipCache.get(file);
      if (gz === undefined) {
        gz = zlib.gzipSync(body, { level: gzipLevel });
        gzipCache.set(file, gz);
      }
      body = gz;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
