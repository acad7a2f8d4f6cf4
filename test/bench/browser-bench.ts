/*
 * What the browser benchmarks share: a loopback server for the built in-browser module (shared flavour, with the
 * vendor import map) and the bench page, cross-origin isolated so that performance.now() is precise to 5 µs
 * instead of 100 µs; and Debian's Chromium through playwright-core.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

const bundleDir = resolve('packages/microfrontend/dist/browser');
const importMap = {
  imports: {
    '@cqtt/microfrontend': '/cqtt/shared/cqtt.js',
    lit: '/cqtt/vendor/lit.js',
    'lit/': '/cqtt/vendor/lit/',
    rxjs: '/cqtt/vendor/rxjs.js',
    'single-spa': '/cqtt/vendor/single-spa.js',
  },
};
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>cqtt bench</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module" src="/bench-portal.js"></script></head><body><div id="slot"></div></body></html>`;
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** The bench page's module, bundled from TypeScript with the core sources; the libraries come from the import map. */
async function benchPortalModule(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'page/bench-portal.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    external: ['@cqtt/microfrontend', 'lit', 'lit/*', 'rxjs', 'single-spa'],
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Serves the bench page at `/` and the built module under `/cqtt/`; resolves with the page's URL. */
export async function serveBenchPage(): Promise<{ url: string; server: Server }> {
  const script = await benchPortalModule();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const reply = (type: string, body: string | Buffer) => response.writeHead(200, { 'Content-Type': type, ...isolation }).end(body);
    if (path === '/') return reply('text/html; charset=utf-8', page);
    if (path === '/bench-portal.js') return reply('text/javascript', script);
    if (path === '/favicon.ico') return response.writeHead(204).end();
    return serveBuiltFile(path, response, isolation);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** Answers `/cqtt/<file>` from the built in-browser module (`npm run build:browser`), and anything else with 404. */
export function serveBuiltFile(path: string, response: ServerResponse, headers: Readonly<Record<string, string>> = {}): void {
  if (!path.startsWith('/cqtt/') || path.includes('..')) {
    response.writeHead(404).end();
    return;
  }
  readFile(join(bundleDir, path.slice('/cqtt/'.length)))
    .then((body) => response.writeHead(200, { 'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'application/json', ...headers }).end(body))
    .catch(() => response.writeHead(404).end());
}

/** A new tab on the bench page, once its measurements are ready to call. */
export async function openBenchPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.cqttBench !== undefined);
  return page;
}
