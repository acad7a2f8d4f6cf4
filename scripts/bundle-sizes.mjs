// Measures what a page downloads for each entry of the in-browser module: the entry and every chunk
// it imports statically (what the browser fetches before the entry runs), gzip and brotli.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

export const browserDir = 'packages/microfrontend/dist/browser';

/** The page of the breakdown in the bench: the application with the badge, the Friday warning, the survey and the ticker. */
export const budgetPageEntries = ['cqtt.js', 'same-day-badge.js', 'friday-warning.js', 'survey.js', 'slogan-ticker.js'];

/**
 * The real pages of the budgets (issue 20), each the application entry and the page's elements, with the budget in
 * bytes of gzip. The build cuts its chunks by these pages (scripts/page-chunks.mjs); `key` names them there.
 */
export const budgetPages = [
  { name: 'result desk', key: 'result-desk', entries: ['survey.js'], budget: 36 * 1024 },
  { name: 'staff dossier page', key: 'staff', entries: ['same-day-badge.js', 'friday-warning.js', 'closing-reminder.js', 'apology-slip.js'], budget: 42 * 1024 },
  { name: 'receiving form', key: 'receiving', entries: ['friday-warning.js'], budget: 34 * 1024 },
  { name: 'lobby', key: 'lobby', entries: ['slogan-ticker.js'], budget: 29 * 1024 },
  { name: 'public procedure list', key: 'procedures', entries: ['same-day-badge.js'], budget: 34 * 1024 },
];

/** The real pages without a budget: the build cuts its chunks for them too, so that they do not pay for the others. */
export const otherPages = [
  { name: 'leaders\' report', key: 'report', entries: ['report.js'] },
  { name: 'administration console', key: 'admin', entries: ['admin.js'] },
];

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

/**
 * What a page downloads before its elements first render: the application entry and the page's element entries with
 * their static imports (not what they `import()` later), each file compressed on its own as a browser downloads it.
 */
export function pageSize(flavour, entries) {
  const flavourDir = join(browserDir, flavour);
  const files = [...new Set(['cqtt.js', ...entries].flatMap((entry) => staticClosure(flavourDir, entry)))];
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const sum = (measure) => texts.reduce((total, text) => total + measure(text), 0);
  return { files: files.length, raw: sum((text) => Buffer.byteLength(text)), gzip: sum(gzipBytes), brotli: sum(brotliBytes) };
}

/** The union of several entries' closures: what a page that uses all of them downloads. */
export function combinedSize(flavour, entries) {
  const flavourDir = join(browserDir, flavour);
  const files = new Set(entries.flatMap((entry) => staticClosure(flavourDir, entry)));
  return sizeOf([...files]);
}

const onDemandImport = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The English texts a page of `entries` fetches when it speaks English: the `messages-en` chunks its files import on demand. */
export function englishSize(flavour, entries) {
  const flavourDir = join(browserDir, flavour);
  const page = new Set(entries.flatMap((entry) => staticClosure(flavourDir, entry)));
  const english = new Set();
  for (const file of page) {
    for (const match of readFileSync(file, 'utf8').matchAll(onDemandImport)) {
      const chunk = join(dirname(file), match[1]);
      if (/messages-en-[\w-]+\.js$/.test(chunk)) english.add(chunk);
    }
  }
  return sizeOf([...english]);
}

/** The group a module belongs to: its npm package, or its folder in our sources (e.g. `core/api`, `elements/survey`). */
export function moduleGroup(id) {
  const path = id.replace(/^\0/, '').split('node_modules/').pop() ?? id;
  if (id.includes('node_modules/')) return path.split('/').slice(0, path.startsWith('@') ? 2 : 1).join('/');
  const ours = /packages\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(id);
  return ours ? `@cqtt/${ours[1]}${ours[2] ? `/${ours[2]}` : ''}` : path;
}

/**
 * What a page that loads `entries` of one flavour is made of: rollup builds that flavour again in memory with the
 * project's configuration, then each module of the page's chunks is minified alone (esbuild) to weigh it. A
 * module's gzip is its share of the minified bytes times the page's gzip, an estimate (gzip works across modules).
 */
export async function pageBreakdown(flavour, entries) {
  const { rollup } = await import('rollup');
  const { transform } = await import('esbuild');
  const previousTarget = process.env.TARGET;
  process.env.TARGET = 'browser';
  const configs = (await import(`../rollup.config.mjs?breakdown=${Date.now()}`)).default;
  process.env.TARGET = previousTarget;
  const config = configs.find((candidate) => candidate.output.dir.endsWith(`/${flavour}`));
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const page = new Set();
  const visit = (fileName) => {
    if (page.has(fileName)) return;
    page.add(fileName);
    // The shared flavour's bare imports (lit, rxjs) come from the host's import map, not from this build.
    for (const imported of chunks.get(fileName).imports) if (chunks.has(imported)) visit(imported);
  };
  for (const entry of entries) visit(entry);
  const code = [...page].map((fileName) => chunks.get(fileName).code).join('\n');
  const modules = [];
  for (const fileName of page) {
    for (const [id, module] of Object.entries(chunks.get(fileName).modules)) {
      if (!module.code) continue;
      const minified = (await transform(module.code, { minify: true, format: 'esm', loader: 'js' })).code;
      modules.push({ id: id.replace(`${process.cwd()}/`, ''), group: moduleGroup(id), chunk: fileName, minified: Buffer.byteLength(minified) });
    }
  }
  const gzip = gzipBytes(code);
  const minifiedTotal = modules.reduce((sum, module) => sum + module.minified, 0);
  for (const module of modules) module.gzip = Math.round((gzip * module.minified) / minifiedTotal);
  modules.sort((a, b) => b.minified - a.minified);
  const groups = new Map();
  for (const module of modules) {
    const group = groups.get(module.group) ?? { group: module.group, modules: 0, minified: 0, gzip: 0 };
    group.modules += 1;
    group.minified += module.minified;
    group.gzip += module.gzip;
    groups.set(module.group, group);
  }
  return { files: page.size, raw: Buffer.byteLength(code), gzip, groups: [...groups.values()].sort((a, b) => b.minified - a.minified), modules };
}
