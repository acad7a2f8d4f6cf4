import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves one file from `root`, or `undefined` when there is none. A path that climbs out of the
 * root (`..`, encoded or not) is treated as missing.
 */
export async function serveFile(c: Context, root: string, relativePath: string): Promise<Response | undefined> {
  const base = resolve(root);
  const target = resolve(base, `.${sep}${relativePath}`);
  if (target !== base && !target.startsWith(base + sep)) return undefined;
  const type = contentTypes[extname(target)];
  if (!type) return undefined;
  try {
    const body = await readFile(target);
    return c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  } catch {
    return undefined;
  }
}
