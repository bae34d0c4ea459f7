// A tiny static file server for the e2e tests: serves one directory under a
// sub-path (default /wirelab/) on 127.0.0.1 with a free port, so the tests prove
// that public_url "./" lets the site live anywhere. No dependencies.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', // instantiateStreaming insists on it
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving `root` at http://127.0.0.1:PORT`basePath`; resolves to { url, close }. */
export async function serve(root, basePath = '/wirelab/') {
  const rootDir = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    if (pathname === basePath.slice(0, -1)) {
      res.writeHead(301, { location: basePath }).end();
      return;
    }
    if (!pathname.startsWith(basePath)) {
      res.writeHead(404).end('not under ' + basePath);
      return;
    }
    let rel;
    try {
      rel = decodeURIComponent(pathname.slice(basePath.length));
      // A directory serves its index.html, as static hosts do (dist/bench/).
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    const file = path.resolve(rootDir, rel);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      res.writeHead(403).end('outside the served directory');
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
