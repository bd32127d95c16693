/**
 * Serves the practice composer pages (test/fixtures/practice) on 127.0.0.1 under
 * /clearbrief-practice/, the path the extension runs on locally: used by `npm run demo`, the
 * browser tests and the browser benchmark. Loopback only; nothing is fetched from anywhere else.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = join(root, 'test/fixtures/practice');
const VENDOR: Record<string, string> = {
  'react.js': 'node_modules/react/umd/react.production.min.js',
  'react-dom.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
  'vue.js': 'node_modules/vue/dist/vue.global.prod.js',
};
/** Fixture apps bundled on first request (Angular ships no ready-to-load browser build). */
const BUNDLED: Record<string, string> = {
  'angular-app.js': 'test/fixtures/angular/app.js',
};
const bundles = new Map<string, Promise<string>>();

async function bundle(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({ entryPoints: [join(root, entry)], bundle: true, format: 'iife', minify: true, write: false, logLevel: 'silent', legalComments: 'none' });
  return result.outputFiles[0]!.text;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };
export const PRACTICE_PATH = '/clearbrief-practice/';

export interface PracticeServer {
  origin: string;
  /** Every path requested, in order: tests assert nothing else was fetched. */
  requests: string[];
  close(): Promise<void>;
}

function resolveFile(pathname: string): string | null {
  if (!pathname.startsWith(PRACTICE_PATH)) return null;
  const rest = decodeURIComponent(pathname.slice(PRACTICE_PATH.length));
  if (rest.startsWith('vendor/')) {
    const vendored = VENDOR[rest.slice('vendor/'.length)];
    return vendored ? join(root, vendored) : null;
  }
  // Client-side routes of a page ("wizard.html/description") serve the page itself.
  const page = rest.split('/')[0] || 'plain.html';
  const file = normalize(join(PAGES, page));
  return file.startsWith(PAGES) && existsSync(file) && statSync(file).isFile() ? file : null;
}

export function startPracticeServer(port = 0): Promise<PracticeServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const bundled = BUNDLED[url.pathname.slice(`${PRACTICE_PATH}vendor/`.length)];
    if (url.pathname.startsWith(`${PRACTICE_PATH}vendor/`) && bundled) {
      let text = bundles.get(bundled);
      if (!text) bundles.set(bundled, (text = bundle(bundled)));
      text.then(
        (js) => res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' }).end(js),
        (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err)),
      );
      return;
    }
    const file = resolveFile(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        origin: `http://127.0.0.1:${actual}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
