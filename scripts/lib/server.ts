// A tiny static file server on 127.0.0.1 (random free port) for fixtures.
// It can add headers per file (e.g. a strict Content-Security-Policy) and
// keeps a log of the paths it was asked for.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServerOptions {
  /** Folder served at "/". */
  root: string;
  /** Extra response headers keyed by URL path, e.g. { '/csp.html': { 'Content-Security-Policy': "default-src 'none'" } }. */
  headers?: Record<string, Record<string, string>>;
  /** Other folders served under a path prefix, e.g. { '/vendor/ace/': 'node_modules/ace-builds/src-min-noconflict' }. */
  mounts?: Record<string, string>;
}

export interface StaticServer {
  /** Origin without trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  url(pathname: string): string;
  /** Every path requested so far, in order. */
  log: string[];
  close(): Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const extraHeaders = options.headers ?? {};
  const log: string[] = [];

  const server = http.createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      log.push(pathname);
      const mount = Object.keys(options.mounts ?? {}).find((prefix) => pathname.startsWith(prefix));
      const base = mount ? path.resolve(options.mounts![mount]!) : root;
      const rest = mount ? '/' + pathname.slice(mount.length) : pathname;
      const file = path.resolve(base, '.' + (rest.endsWith('/') ? rest + 'index.html' : rest));
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error('not a file');
        const body = await readFile(file);
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          ...extraHeaders[pathname],
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      }
    })();
  });
  // Keep-alive sockets would make close() wait; browsers hold them open.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (pathname) => origin + (pathname.startsWith('/') ? pathname : '/' + pathname),
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
