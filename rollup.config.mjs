// Every bundle the project ships.
//   TARGET=packages  each workspace as ES modules for npm (types come from scripts/build-types.mjs)
//   TARGET=browser   the in-browser microfrontend module, in two flavours:
//                      self-contained: Lit and RxJS inside, for a portal that has neither;
//                      shared: bare `lit` and `rxjs` imports, for a host with an import map.
//                    Each element is its own entry, so a page that needs only the badge loads only the badge.
//                    Plus vendor/: lit, rxjs and single-spa as ES modules, for the import map of a host (and the
//                    demo) that has none of its own.
import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { pageChunks } from './scripts/page-chunks.mjs';

const packages = ['core', 'elements', 'microfrontend', 'server'];
const sharedLibraries = /^(lit|lit-html|lit-element|@lit\/reactive-element|rxjs)(\/|$)/;
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const transpile = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: false });
/** Two compress passes: the second inlines and drops what the first left behind (about 80 B of gzip a page). */
const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

/**
 * The oldest browsers the bundles run in: esbuild's es2022 output has class static blocks (`static { this.styles = … }`),
 * which need Chrome and Edge 94, Firefox 93, Safari 16.4. lightningcss minifies the CSS for them, so it keeps the
 * fallbacks they need (`min-block-size: 100vh` before `100dvh`) and never merges a `:has()` selector into a list
 * that a browser without `:has()` would then drop whole. Versions as lightningcss wants them: major << 16 | minor << 8.
 */
const cssTargets = { chrome: 94 << 16, edge: 94 << 16, firefox: 93 << 16, safari: (16 << 16) | (4 << 8), ios_saf: (16 << 16) | (4 << 8) };

/**
 * Terser leaves the text of template literals alone: this collapses the whitespace of our Lit `html`, `svg` and
 * `css` templates (html-minifier-next for markup, keeping one space between inline content; lightningcss for
 * CSS). It reads the TypeScript sources, so it runs before the transpile. Only our own sources: Lit and the
 * libraries ship minified. A template it cannot minify fails the build rather than ship unminified unnoticed.
 */
const minifyTemplates = () =>
  minifyHTMLLiterals({
    include: ['packages/*/src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { minifyCSS: { targets: cssTargets } } },
  });

function onwarn(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
}

/** Every source module is an input, so each element's `define` module is reachable as a subpath export. */
function sourceModules(name) {
  const root = `packages/${name}/src`;
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => `${root}/${file}`);
}

function packageBuild(name) {
  return {
    input: sourceModules(name),
    external: isBare,
    plugins: [minifyTemplates(), transpile(), minify()],
    onwarn,
    output: {
      dir: `packages/${name}/dist`,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `packages/${name}/src`,
    },
  };
}

/** One entry for the application (lifecycles, parcels) and one per element that has a `define` module. */
function browserEntries() {
  const elementsRoot = 'packages/elements/src';
  const entries = { cqtt: 'packages/microfrontend/src/index.ts' };
  for (const folder of readdirSync(elementsRoot)) {
    const define = `${elementsRoot}/${folder}/define.ts`;
    if (existsSync(define)) entries[folder] = define;
  }
  return entries;
}

async function browserBuild(flavour) {
  const shared = flavour === 'shared';
  const inputOptions = () => ({
    input: browserEntries(),
    external: shared ? (id) => sharedLibraries.test(id) : [],
    plugins: [
      nodeResolve({ exportConditions: ['source', 'browser', 'production', 'es2015'], extensions: ['.ts', '.mjs', '.js'] }),
      minifyTemplates(),
      transpile(),
    ],
    treeshake: { preset: 'smallest' },
  });
  const { manualChunks, cache } = await pageChunks(inputOptions());
  const options = inputOptions();
  return {
    ...options,
    plugins: [...options.plugins, minify()],
    cache,
    onwarn,
    output: {
      generatedCode: 'es2015',
      dir: `packages/microfrontend/dist/browser/${flavour}`,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks,
      onlyExplicitManualChunks: true,
    },
  };
}

/**
 * lit's public `lit/directives/` modules, so the import map's `lit/` prefix resolves any of them; not the
 * `unsafe-*` ones, which would render HTML from data.
 */
function litDirectives() {
  return Object.fromEntries(
    readdirSync('node_modules/lit/directives')
      .filter((file) => file.endsWith('.js') && !file.startsWith('unsafe-'))
      .map((file) => [`lit/directives/${file.slice(0, -'.js'.length)}`, `lit/directives/${file}`]),
  );
}

/** lit, rxjs and single-spa as ES modules that share one copy of each library, for an import map. */
function vendorBuild() {
  return {
    input: { lit: 'lit', ...litDirectives(), rxjs: 'rxjs', 'single-spa': 'single-spa' },
    plugins: [nodeResolve({ exportConditions: ['browser', 'production'] }), minify()],
    onwarn,
    output: {
      dir: 'packages/microfrontend/dist/browser/vendor',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  };
}

const browserBuilds = async () => [await browserBuild('self-contained'), await browserBuild('shared'), vendorBuild()];
const target = process.env.TARGET;
export default target === 'packages'
  ? packages.map(packageBuild)
  : target === 'browser'
    ? await browserBuilds()
    : [...packages.map(packageBuild), ...(await browserBuilds())];
