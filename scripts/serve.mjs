// A small static file server for the built site, on loopback only.
//
// The browser tests start it in-process (so it stops with them); `node scripts/serve.mjs` runs it by hand.
// It serves the site under a base path so tests can prove the build works from a sub-path of a host.
//
// Usage: node scripts/serve.mjs [--root dist] [--port 8080] [--base /] [--brotli]

import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // Browsers compile .wasm while it streams in only when it is served with this exact type.
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(root, relative) {
  const path = resolve(root, relative);
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fileFor(root, join(relative, 'index.html'));
    return stat.isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Serves `root` at http://host:port{base}. Port 0 picks a free port.
 * Resolves to { url, close } once listening.
 */
export function startServer({ root = 'dist', host = '127.0.0.1', port = 0, base = '/', brotli = false } = {}) {
  const compressed = new Map();
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const send = (status, headers = {}, body = '') => {
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { Allow: 'GET, HEAD' });
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400);
    }
    if (`${path}/` === prefix) return send(301, { Location: prefix });
    if (!path.startsWith(prefix)) return send(404, { 'Content-Type': 'text/plain' }, 'not found\n');
    const file = fileFor(dir, `.${sep}${path.slice(prefix.length)}`);
    if (!file) return send(404, { 'Content-Type': 'text/plain' }, 'not found\n');
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    // As a static host serves precompressed files (the benchmark's "files served brotli-compressed").
    if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(file)) {
        compressed.set(file, brotliCompressSync(readFileSync(file), {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
        }));
      }
      const body = compressed.get(file);
      res.writeHead(200, { ...headers, 'Content-Encoding': 'br', 'Content-Length': body.length });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolveStart({
        url: `http://${host}:${actual}${prefix}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

// Run directly (not imported by a test)?
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = option('root', 'dist');
  const { url, close } = await startServer({
    root,
    port: Number(option('port', '8080')),
    base: option('base', '/'),
    brotli: process.argv.includes('--brotli'),
  });
  console.log(`Serving ${root} at ${url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => close().then(() => process.exit(0)));
}
