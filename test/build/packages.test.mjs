// The four packages as an integrator installs them (issue 20): packed with `npm pack`, installed into a fresh project
// beside lit and rxjs, type-checked from a strict TypeScript file under three module resolutions, bundled with
// esbuild, and the server started from its installed files.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { copiesOf, installPackedProject, repoRoot } from './packed-project.mjs';

const fixtures = join(import.meta.dirname, 'integrator');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Every file an `exports` entry (any condition, any depth) points to. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.values(exports ?? {}).flatMap(exportTargets);
}

/** The packages a .d.ts file imports by name (`from 'x'`, `import('x')`), without subpaths. */
function bareImportsOf(text) {
  const names = new Set();
  for (const match of text.matchAll(/(?:^(?:import|export)\b[^'"\n]*\bfrom\s+|import\()["']([^"'./][^"']*)["']/gm)) {
    const parts = match[1].split('/');
    names.add(match[1].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return names;
}

function typeCheck(dir, compilerOptions) {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        ...compilerOptions,
      },
      files: ['portal.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    assert.fail(`${JSON.stringify(compilerOptions)}:\n${error.stdout}${error.stderr}`);
  }
}

describe('the packages an integrator installs', () => {
  let project;

  before(() => {
    project = installPackedProject();
    copyFileSync(join(fixtures, 'portal.ts'), join(project.dir, 'portal.ts'));
    copyFileSync(join(fixtures, 'page.js'), join(project.dir, 'page.js'));
  });
  after(() => {
    if (project) rmSync(project.dir, { recursive: true, force: true });
  });

  it('ship their README and MIT LICENSE, and every file their manifest points to', () => {
    for (const [name, { files }] of project.packed) {
      const manifest = readJson(join(project.dir, 'node_modules', name, 'package.json'));
      assert.ok(files.has('README.md') && files.has('LICENSE'), `${name}: README.md and LICENSE`);
      assert.match(readFileSync(join(project.dir, 'node_modules', name, 'LICENSE'), 'utf8'), /^MIT License/);
      const targets = [manifest.main, manifest.types, manifest.customElements, manifest['web-types'], ...exportTargets(manifest.exports)];
      for (const target of targets.filter(Boolean)) assert.ok(files.has(target.replace(/^\.\//, '')), `${name}: ${target} is not in the tarball`);
    }
  });

  it('declare lit and rxjs as peers with ranges, so the host keeps one copy of each', () => {
    for (const name of ['@cqtt/elements', '@cqtt/microfrontend']) {
      const manifest = readJson(join(project.dir, 'node_modules', name, 'package.json'));
      assert.deepEqual(manifest.peerDependencies, { lit: '^3.1', rxjs: '^7.8' }, name);
      assert.ok(!('lit' in (manifest.dependencies ?? {})) && !('rxjs' in (manifest.dependencies ?? {})), name);
    }
    assert.equal(readJson(join(project.dir, 'node_modules/@cqtt/core/package.json')).peerDependencies.rxjs, '^7.8');
    for (const library of ['lit', 'lit-html', 'lit-element', 'rxjs']) assert.equal(copiesOf(project.dir, library).length, 1, library);
  });

  it('name in their types, source maps and imports only packages they declare', () => {
    for (const [name, { files }] of project.packed) {
      const root = join(project.dir, 'node_modules', name);
      const manifest = readJson(join(root, 'package.json'));
      const declared = new Set([name, ...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
      for (const file of [...files].filter((path) => path.endsWith('.d.ts'))) {
        for (const imported of bareImportsOf(readFileSync(join(root, file), 'utf8'))) {
          assert.ok(declared.has(imported) || imported.startsWith('node:'), `${name}/${file} imports ${imported}, not declared`);
        }
      }
      for (const file of [...files].filter((path) => path.endsWith('.d.ts.map'))) {
        for (const source of readJson(join(root, file)).sources) {
          const path = join(file, '..', source);
          assert.ok(files.has(path), `${name}/${file} points at ${path}, not in the tarball`);
        }
      }
    }
  });

  it('@cqtt/elements exports its entry points only, with the custom-elements manifest and editor data', () => {
    const manifest = readJson(join(project.dir, 'node_modules/@cqtt/elements/package.json'));
    const subpaths = Object.keys(manifest.exports).sort();
    assert.ok(subpaths.every((subpath) => subpath === '.' || /^\.\/[a-z-]+\/define$/.test(subpath) || /^\.\/[\w.-]+\.json$/.test(subpath)), subpaths.join(', '));
    const elements = readdirSync(join(repoRoot, 'packages/elements/src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).includes('define.ts'))
      .map((entry) => `./${entry.name}/define`);
    assert.deepEqual(subpaths.filter((subpath) => subpath.endsWith('/define')), elements.sort());
    const { files } = project.packed.get('@cqtt/elements');
    for (const file of ['custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) assert.ok(files.has(file), file);
  });

  // Our own .d.ts files are checked once, in full (skipLibCheck off); the other two resolutions check the page.
  for (const resolution of [
    { module: 'ESNext', moduleResolution: 'Bundler', skipLibCheck: false },
    { module: 'Node16', moduleResolution: 'Node16', skipLibCheck: true },
    { module: 'ESNext', moduleResolution: 'Node10', skipLibCheck: true },
  ]) {
    it(`type-check a strict TypeScript page of elements and adapter (moduleResolution ${resolution.moduleResolution})`, () => {
      typeCheck(project.dir, resolution);
    });
  }

  it('bundle into a page with esbuild, with one copy of lit and rxjs', async () => {
    const result = await build({
      absWorkingDir: project.dir,
      entryPoints: ['page.js'],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((input) => input.includes('@cqtt/elements/dist/same-day-badge/define.js')));
    assert.ok(!inputs.some((input) => input.includes('/src/')), 'bundled TypeScript sources instead of dist');
    const litCopies = new Set(inputs.filter((input) => /lit-element\.js$/.test(input)));
    assert.equal(litCopies.size, 1, [...litCopies].join(', '));
  });

  it('start the installed server, which answers /api/v1/time', async () => {
    const root = join(project.dir, 'node_modules/@cqtt/server');
    const { bin } = readJson(join(root, 'package.json'));
    const entry = bin ? join(root, typeof bin === 'string' ? bin : bin['cqtt-server']) : join(root, 'dist/main.js');
    const server = spawn(process.execPath, [entry], {
      cwd: project.dir,
      env: { ...process.env, CQTT_PORT: '0', CQTT_HOST: '127.0.0.1', CQTT_DATA_DIR: 'memory://', CQTT_MODE: 'demo', CQTT_DEMO_AUTH: 'on', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise((resolve, reject) => {
        let output = '';
        const read = (chunk) => {
          output += chunk;
          const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]);
        };
        server.stdout.on('data', read);
        server.stderr.on('data', read);
        server.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
      });
      const response = await fetch(`${url}/api/v1/time`);
      assert.equal(response.status, 200);
      assert.match(JSON.stringify(await response.json()), /\d{4}-\d{2}-\d{2}T/);
    } finally {
      server.kill();
    }
  });
});
