// Measures what a page downloads for each entry of the in-browser module: the entry and every chunk
// it imports statically (what the browser fetches before the entry runs), gzip and brotli.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

export const browserDir = 'packages/microfrontend/dist/browser';

export function gzipBytes(text) {
  return gzipSync(text, { level: 9 }).length;
}

export function brotliBytes(text) {
  return brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** The files a page loads for `entry`: the entry and, transitively, its static imports. */
export function staticClosure(flavourDir, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(staticImport)) visit(join(dirname(file), match[1]));
  };
  visit(join(flavourDir, entry));
  return [...seen];
}

function sizeOf(files) {
  const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  return { files: files.length, raw: Buffer.byteLength(text), gzip: gzipBytes(text), brotli: brotliBytes(text) };
}

/** One row per flavour and entry: the bytes a page pays to use that entry alone. */
export function entrySizes() {
  const rows = [];
  for (const flavour of readdirSync(browserDir).filter((name) => name !== 'vendor')) {
    const flavourDir = join(browserDir, flavour);
    for (const entry of readdirSync(flavourDir).filter((name) => name.endsWith('.js'))) {
      const closure = staticClosure(flavourDir, entry);
      rows.push({ flavour, entry, ...sizeOf(closure), closure: closure.map((file) => relative(flavourDir, file)) });
    }
  }
  return rows;
}

/** The bytes of an entry's own code: the entry file plus chunks used by no other entry. */
export function ownSizes(flavour) {
  const flavourDir = join(browserDir, flavour);
  const entries = readdirSync(flavourDir).filter((name) => name.endsWith('.js'));
  const closures = new Map(entries.map((entry) => [entry, staticClosure(flavourDir, entry)]));
  const useCount = new Map();
  for (const files of closures.values()) for (const file of files) useCount.set(file, (useCount.get(file) ?? 0) + 1);
  return entries.map((entry) => {
    const own = closures.get(entry).filter((file, index) => index === 0 || useCount.get(file) === 1);
    return { flavour, entry, ...sizeOf(own) };
  });
}

/** The union of several entries' closures: what a page that uses all of them downloads. */
export function combinedSize(flavour, entries) {
  const flavourDir = join(browserDir, flavour);
  const files = new Set(entries.flatMap((entry) => staticClosure(flavourDir, entry)));
  return sizeOf([...files]);
}
