// The custom-elements manifest `npm run manifest` writes into @cqtt/elements, and the editor data made from it: what an
// integrator's tooling (IDE completion, Storybook, linters) reads about each element.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const packageDir = 'packages/elements';
const readJson = (file) => JSON.parse(readFileSync(join(packageDir, file), 'utf8'));
const manifest = readJson('custom-elements.json');
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ module, declaration })));
/** Every tag a define module registers. */
const tags = readdirSync(`${packageDir}/src`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).includes('define.ts'))
  .flatMap((entry) => [...readFileSync(join(entry.parentPath, entry.name, 'define.ts'), 'utf8').matchAll(/defineElement\('([a-z-]+)'/g)].map((match) => match[1]));

/**
 * The element's module and every module of ours it imports, transitively, statically or with `import()` (the survey's
 * kiosk layout loads only in kiosk mode): where its styles come from.
 */
function sourceClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\()'(\.{1,2}\/[^']+)\.js'/g)) sourceClosure(join(dirname(file), `${match[1]}.ts`), seen);
  return seen;
}

/** Lit's `state: true` properties of a class in its source. */
function stateProperties(file) {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(\w+): \{[^}]*\bstate: true/gm)].map((match) => match[1]);
}

describe('the custom-elements manifest', () => {
  it('describes every element, each defined by its tag in its define module', () => {
    assert.deepEqual(elements.map(({ declaration }) => declaration.tagName).sort(), [...tags].sort());
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ path: module.path, ...entry })),
    );
    for (const { module, declaration } of elements) {
      const definition = definitions.find((entry) => entry.name === declaration.tagName);
      assert.ok(definition, `${declaration.tagName} has no definition`);
      assert.match(definition.path, /\/define\.ts$/);
      assert.deepEqual(definition.declaration, { name: declaration.name, module: module.path });
    }
    assert.equal(definitions.length, elements.length, definitions.map((entry) => entry.name).join(', '));
  });

  it('lists no internal state as an attribute or a property', () => {
    for (const { module, declaration } of elements) {
      const internal = stateProperties(module.path);
      const listed = [...(declaration.attributes ?? []).map((attribute) => attribute.fieldName), ...(declaration.members ?? []).map((member) => member.name)];
      assert.deepEqual(listed.filter((name) => internal.includes(name)), [], declaration.tagName);
      assert.deepEqual((declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name), [], declaration.tagName);
    }
  });

  it('documents every CSS custom property an element reads', () => {
    for (const { module, declaration } of elements) {
      const read = new Set([...sourceClosure(module.path)].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--cqtt-[\w-]+)/g)].map((match) => match[1])));
      const documented = new Set((declaration.cssProperties ?? []).map((property) => property.name));
      assert.deepEqual([...read].filter((name) => !documented.has(name)).sort(), [], `${declaration.tagName}: undocumented`);
      assert.deepEqual([...documented].filter((name) => !read.has(name)).sort(), [], `${declaration.tagName}: documented but never read`);
    }
  });

  it('gives each event its CustomEvent<Detail> type, as HTMLElementEventMap types addEventListener', () => {
    const events = elements.flatMap(({ declaration }) => (declaration.events ?? []).map((event) => ({ tag: declaration.tagName, ...event })));
    assert.ok(events.length >= 8, events.map((event) => event.name).join(', '));
    for (const event of events) assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${event.tag}: ${event.name}`);
  });
});

describe('the editor data made from it', () => {
  it('gives VS Code every tag with its attributes, and every CSS custom property and part', () => {
    const html = readJson('vscode.html-custom-data.json');
    assert.deepEqual(html.tags.map((tag) => tag.name).sort(), elements.map(({ declaration }) => declaration.tagName).sort());
    const css = readJson('vscode.css-custom-data.json');
    const names = new Set(css.properties.map((property) => property.name));
    for (const { declaration } of elements) {
      const tag = html.tags.find((candidate) => candidate.name === declaration.tagName);
      assert.deepEqual(tag.attributes.map((attribute) => attribute.name), (declaration.attributes ?? []).map((attribute) => attribute.name));
      for (const property of declaration.cssProperties ?? []) assert.ok(names.has(property.name), property.name);
      for (const part of declaration.cssParts ?? []) assert.ok(css.pseudoElements.some((element) => element.name === `::part(${part.name})`), part.name);
    }
  });

  it('gives JetBrains IDEs web-types with each element\'s module, events and CSS', () => {
    const webTypes = readJson('web-types.json');
    assert.equal(webTypes.name, '@cqtt/elements');
    for (const { declaration } of elements) {
      const element = webTypes.contributions.html.elements.find((candidate) => candidate.name === declaration.tagName);
      assert.ok(element, declaration.tagName);
      assert.match(element.source.module, /^\.\/dist\/.+\.js$/);
      assert.deepEqual(element.events.map((event) => event.name), (declaration.events ?? []).map((event) => event.name));
      assert.equal(element.css.properties.length, (declaration.cssProperties ?? []).length);
    }
  });
});
