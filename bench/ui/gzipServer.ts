// A static server for the built page that compresses what it sends, as a real host would: the
// Lighthouse audit judges the transfer sizes, and an uncompressed local server would overstate them.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.csv', '.webmanifest']);

export interface GzipServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dist/` on 127.0.0.1:`port`, gzipped where the browser accepts it. */
export function serveGzipped(port: number, dir = 'dist'): Promise<GzipServer> {
  const root = fileURLToPath(new URL(`../../${dir}/`, import.meta.url));
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      // Prefixed, not resolved: a request for "//" is a path, not a host.
      path = normalize(decodeURIComponent(new URL(`http://x${req.url ?? '/'}`).pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      // Hashed assets may be kept; the page itself is asked for again.
      'cache-control': path.startsWith('/assets/') ? 'max-age=31536000, immutable' : 'no-cache',
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip({ level: 9 })) : body).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    );
  });
}
