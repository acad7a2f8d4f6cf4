// Emits each package's .d.ts in dependency order, so a package's types refer to the built types of
// the packages it imports (as an npm consumer sees them), not to their sources.
import { spawnSync } from 'node:child_process';

for (const name of ['core', 'elements', 'microfrontend', 'server']) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `packages/${name}/tsconfig.build.json`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
