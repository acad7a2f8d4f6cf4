// Runs the Node tests (core, server, cross-package) once per time zone: the rules must give the same
// answers whatever the host's zone; then the server's tests once more on a real PostgreSQL server, in the first
// zone (scripts/test-postgres.mjs; skipped in one line where PostgreSQL is not installed, except in CI).
// Coverage is collected on the first run and the PostgreSQL run, and checked per package.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages/core/test', 'packages/server/test', 'test/node'];
const files = roots.flatMap((root) => {
  try {
    return readdirSync(root, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => join(root, name));
  } catch {
    return [];
  }
});
if (files.length === 0) {
  console.error('No Node test files found.');
  process.exit(1);
}

const zones = (process.env.CQTT_TEST_ZONES ?? 'America/Los_Angeles,UTC,Asia/Ho_Chi_Minh').split(',');
const nodeArgs = ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files];
const c8 = 'node_modules/c8/bin/c8.js';

function run(command, args, zone) {
  console.log(`\n# Node tests, TZ=${zone}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

zones.forEach((zone, index) => {
  if (index === 0) run(process.execPath, [c8, '--reporter=none', '--clean', process.execPath, ...nodeArgs], zone);
  else run(process.execPath, nodeArgs, zone);
});
// The script says itself whether the suite ran or was skipped.
const postgres = spawnSync(process.execPath, [c8, '--reporter=none', '--clean=false', process.execPath, 'scripts/test-postgres.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, TZ: zones[0] },
});
if (postgres.status !== 0) process.exit(postgres.status ?? 1);

// Every source file counts, loaded by a test or not; type-only modules (model.ts, *-types.ts) have no code.
const thresholds = [
  ['packages/core/src', 90],
  ['packages/server/src', 80],
];
for (const [src, lines] of thresholds) {
  console.log(`\n# Coverage of ${src} (lines at least ${lines}%)`);
  const result = spawnSync(
    process.execPath,
    [c8, 'report', '--all', '--src', src, '--extension', '.ts', '--include', `${src}/**`, '--exclude', '**/model.ts', '--exclude', '**/*-types.ts', '--reporter=text-summary', '--check-coverage', '--lines', String(lines)],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
