// Checks what `npm run build` ships, as an integrator would receive it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { staticClosure } from '../../scripts/bundle-sizes.mjs';

const browserDir = 'packages/microfrontend/dist/browser';
const bareImport = /(?:^|[;}\s])(?:import|export)[^'"]*?from\s*["']([^./"'][^"']*)["']|import\(\s*["']([^./"'][^"']*)["']\s*\)/g;

function jsFiles(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
}

function bareImports(dir) {
  const found = new Set();
  for (const file of jsFiles(dir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(bareImport)) found.add(match[1] ?? match[2]);
  }
  return found;
}

describe('the in-browser module', () => {
  for (const flavour of ['self-contained', 'shared']) {
    it(`${flavour}: has the application entry with its source map`, () => {
      assert.ok(existsSync(join(browserDir, flavour, 'cqtt.js')));
      assert.ok(existsSync(join(browserDir, flavour, 'cqtt.js.map')));
    });
  }

  it('a Vietnamese page downloads no English texts: each element fetches its English only on a page in English', () => {
    const english = ['Send rating', 'Resolved the same day', 'Warning: no Friday appointment into next week', 'Cannot reach the system'];
    for (const entry of readdirSync(join(browserDir, 'self-contained')).filter((name) => name.endsWith('.js'))) {
      const page = staticClosure(join(browserDir, 'self-contained'), entry).map((file) => readFileSync(file, 'utf8')).join('\n');
      for (const text of english) assert.ok(!page.includes(text), `${entry} loads "${text}" before it runs`);
    }
    const everything = jsFiles(join(browserDir, 'self-contained')).map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const text of english) assert.ok(everything.includes(text), `"${text}" is shipped nowhere`);
  });

  it('self-contained: imports nothing by a bare name, so it runs on a page with no import map', () => {
    assert.deepEqual([...bareImports(join(browserDir, 'self-contained'))], []);
  });

  it('shared: leaves lit and rxjs to the host\'s import map and carries no copy of them', () => {
    const imports = bareImports(join(browserDir, 'shared'));
    for (const name of imports) assert.match(name, /^(lit|lit-html|lit-element|@lit\/reactive-element|rxjs)(\/|$)/);
    for (const file of jsFiles(join(browserDir, 'shared'))) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /lit-html@|litHtmlVersions/, `${file} bundles lit-html`);
    }
  });
});

describe('code splitting', () => {
  // The administration console previews the messages in the LED page's own ticker.
  const usesAlso = { 'admin.js': ['slogan-ticker.js'] };

  it('a page that uses one element loads no other element (so never the report with the badge)', () => {
    for (const flavour of ['self-contained', 'shared']) {
      const flavourDir = join(browserDir, flavour);
      const entries = readdirSync(flavourDir).filter((name) => name.endsWith('.js'));
      assert.ok(entries.length > 1, `${flavour} has per-element entries`);
      for (const entry of entries) {
        const others = staticClosure(flavourDir, entry).filter((file) => file !== join(flavourDir, entry));
        const allowed = usesAlso[entry] ?? [];
        for (const other of entries.filter((name) => !allowed.includes(name))) {
          assert.ok(!others.includes(join(flavourDir, other)), `${flavour}/${entry} loads ${other}`);
        }
      }
    }
  });
});

describe('the output folder', () => {
  const anyImport = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

  /** Every file an entry loads, statically or when it needs it (`import()`), from the folder's entries. */
  function reachable(flavourDir) {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const match of readFileSync(file, 'utf8').matchAll(anyImport)) visit(join(dirname(file), match[1]));
    };
    for (const entry of readdirSync(flavourDir).filter((name) => name.endsWith('.js'))) visit(join(flavourDir, entry));
    return seen;
  }

  it('holds only what the last build made: each chunk is loaded by some entry, none is left from an earlier build', () => {
    for (const flavour of ['self-contained', 'shared']) {
      const flavourDir = join(browserDir, flavour);
      const used = reachable(flavourDir);
      const stale = jsFiles(flavourDir).filter((file) => !used.has(file));
      assert.deepEqual(stale, [], `${flavour} holds files no entry loads`);
    }
  });
});

describe('the npm packages', () => {
  for (const name of ['core', 'elements', 'microfrontend', 'server']) {
    it(`@cqtt/${name}: every export has its module and its types`, () => {
      const manifest = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
      const main = manifest.exports['.'];
      assert.ok(existsSync(join('packages', name, main.default)), main.default);
      assert.ok(existsSync(join('packages', name, main.types)), main.types);
    });
  }

  it('@cqtt/elements: the custom-elements manifest is generated where the customElements field points', () => {
    const manifest = JSON.parse(readFileSync('packages/elements/package.json', 'utf8'));
    const cem = JSON.parse(readFileSync(join('packages/elements', manifest.customElements), 'utf8'));
    assert.match(cem.schemaVersion, /^\d+\.\d+\.\d+$/);
    assert.ok(Array.isArray(cem.modules) && cem.modules.length > 0);
  });

  it('@cqtt/elements: the manifest lists every element a define module registers, with its events and parts', () => {
    const cem = JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8'));
    const declared = new Map(cem.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
    const folders = readdirSync('packages/elements/src').filter((folder) => existsSync(join('packages/elements/src', folder, 'define.ts')));
    assert.ok(folders.length > 0);
    for (const folder of folders) {
      const tag = /defineElement\(\s*'([a-z-]+)'/.exec(readFileSync(join('packages/elements/src', folder, 'define.ts'), 'utf8'))?.[1];
      assert.ok(tag, `${folder}/define.ts registers a tag`);
      const declaration = declared.get(tag);
      assert.ok(declaration, `${tag} is in the manifest`);
      const sources = readdirSync(join('packages/elements/src', folder), { recursive: true })
        .filter((name) => String(name).endsWith('.ts'))
        .map((name) => readFileSync(join('packages/elements/src', folder, String(name)), 'utf8'))
        .join('\n');
      if (/\bpart="/.test(sources)) assert.ok((declaration.cssParts ?? []).length > 0, `${tag} documents its CSS parts`);
      for (const event of declaration.events ?? []) {
        assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${tag}'s ${event.name} gives its detail type`);
      }
    }
    const documented = new Set([...declared.values()].flatMap((declaration) => (declaration.events ?? []).map((event) => event.name)));
    const sources = readdirSync('packages/elements/src', { recursive: true }).filter((file) => String(file).endsWith('.ts'));
    const emitted = sources.flatMap((file) => [...readFileSync(join('packages/elements/src', String(file)), 'utf8').matchAll(/this\.emit\('([a-z-]+)'/g)].map((match) => match[1]));
    assert.ok(emitted.length >= 8);
    for (const name of emitted) assert.ok(documented.has(name), `${name} is in the manifest`);
  });
});
