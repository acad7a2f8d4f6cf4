// Emits each package's .d.ts in dependency order, so a package's types refer to the built types of
// the packages it imports (as an npm consumer sees them), not to their sources.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * tsc names the type of an inferred `render()` after the module that declares it (`import("lit-html")`), a package
 * the integrator never installed by name; `lit` re-exports all of lit-html, lit-element and reactive-element.
 */
const litInternals = /import\("(?:lit-html|lit-element|@lit\/reactive-element)"\)/g;

function pointTypesAtLit(dir) {
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!file.endsWith('.d.ts')) continue;
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const pointed = text.replace(litInternals, 'import("lit")');
    if (pointed !== text) writeFileSync(path, pointed);
  }
}

for (const name of ['core', 'elements', 'microfrontend', 'server']) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `packages/${name}/tsconfig.build.json`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  pointTypesAtLit(`packages/${name}/dist`);
}
