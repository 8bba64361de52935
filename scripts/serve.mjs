#!/usr/bin/env node
// Tiny static server for the editor page and the wasm package (pkg/): serves the repository
// root on 127.0.0.1 with the same strict Content-Security-Policy the page declares. No dependencies.
// `/www/` is the built page: the folder site/ that scripts/build-www.mjs makes from the sources in
// www/ (so the URL stays http://127.0.0.1:8765/www/ and the page is served from one folder).
//
//   node scripts/serve.mjs            # http://127.0.0.1:8765/www/
//   PORT=9000 node scripts/serve.mjs
//
// The tests import startServer() and start it on port 0 (a free port).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const BASE_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/** True when `path` is `root` itself or inside it. */
function inside(root, path) {
  return path === root || path.startsWith(root + sep);
}

async function handle(req, res, root) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'Bad Request\n');
  }
  if (pathname.includes('\0')) return send(res, 400, 'Bad Request\n');
  if (pathname === '/') return send(res, 302, 'Found: /www/\n', { Location: '/www/' });

  // The page: /www/… is served from the build output site/ (the sources in www/ are not served).
  if (pathname === '/www') return send(res, 301, 'Moved\n', { Location: '/www/' });
  if (pathname.startsWith('/www/')) pathname = '/site/' + pathname.slice('/www/'.length);
  let file = resolve(root, '.' + pathname);
  if (!inside(root, file)) return send(res, 403, 'Forbidden\n');
  // Dot-files and dot-dirs (.git, .tools …) are refused before looking: in a git worktree
  // `.git` is a file, and `/.git/HEAD` would otherwise be a 404 rather than a 403.
  if (file.slice(root.length).split(sep).some((s) => s.startsWith('.'))) return send(res, 403, 'Forbidden\n');
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) {
        return send(res, 301, 'Moved\n', { Location: pathname + '/' });
      }
      file = resolve(file, 'index.html');
      info = await stat(file);
    }
    // Refuse symlinks that lead out of the repository, and dot-files/dirs (.git, .tools …).
    const real = await realpath(file);
    if (!inside(root, real) || real.slice(root.length).split(sep).some((s) => s.startsWith('.'))) {
      return send(res, 403, 'Forbidden\n');
    }
    if (!info.isFile()) return send(res, 404, 'Not Found\n');
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  } catch (err) {
    if (err && (err.code === 'ENOENT' || err.code === 'ENOTDIR')) {
      return send(res, 404, 'Not Found\n');
    }
    return send(res, 500, 'Internal Server Error\n');
  }
}

/**
 * Start the server on 127.0.0.1.
 * @param {number} [port] 0 picks a free port.
 * @returns {Promise<{server: import('node:http').Server, url: string}>} url ends with `/`.
 */
export async function startServer(port = Number(process.env.PORT ?? 8765)) {
  const root = await realpath(ROOT);
  const server = createServer((req, res) => {
    handle(req, res, root).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok();
    });
  });
  const { port: actual } = server.address();
  return { server, url: `http://127.0.0.1:${actual}/` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { url } = await startServer();
    console.log(`thethuc: serving ${ROOT} at ${url}  (page: ${url}www/)`);
  } catch (err) {
    console.error(`thethuc: cannot start the server: ${err.message}`);
    process.exit(1);
  }
}
