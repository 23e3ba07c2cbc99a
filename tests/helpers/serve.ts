/**
 * A tiny static file server for a built site, as a static host serves it: `/x/` → `/x/index.html`,
 * unknown paths → `/404.html` with status 404. Listens on 127.0.0.1 on a free port. With a base path
 * (`/careers`), it serves the folder under that path only, as GitHub Pages serves a project site.
 */
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};

/** A running server. */
export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** The file a URL path names inside `root`, or undefined when it is not a path or points outside `root` (`/..%2fsibling/`). */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return undefined; // a malformed escape such as %E0
  }
  const file = path.resolve(root, `.${pathname}`);
  // Compared with a separator, so that /site-secret is not taken for a file inside /site.
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  return pathname.endsWith('/') ? path.join(file, 'index.html') : file;
}

/** Serves `dir` until closed, at the root or under `base` (e.g. "/careers"). */
export async function serveStatic(dir: string, options: { base?: string } = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const base = (options.base ?? '').replace(/\/+$/, '');
  const server = http.createServer(async (req, res) => {
    const full = new URL(req.url ?? '/', 'http://x').pathname;
    if (base && full !== base && !full.startsWith(`${base}/`)) return void res.writeHead(404, { 'content-type': TYPES['.html'] }).end('Outside the site');
    const file = resolveInside(root, full.slice(base.length) || '/');
    if (!file) return void res.writeHead(403).end();
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      const notFound = await fs.readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
