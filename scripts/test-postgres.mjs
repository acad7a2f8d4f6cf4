// Runs the server's Node tests on a real PostgreSQL server: starts a throwaway cluster (scripts/postgres-cluster.mjs),
// points the tests' databases at it with CQTT_TEST_DATABASE_URL, and stops it at the end, whatever happened.
//
//   node scripts/test-postgres.mjs                 every server test file
//   node scripts/test-postgres.mjs <files…>        only these
//
// Without PostgreSQL it prints one line and succeeds, unless PostgreSQL is required (CI=true or
// CQTT_REQUIRE_POSTGRES=1, set by .ci/run): then it fails.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { postgresBinDir, startPostgresCluster } from './postgres-cluster.mjs';

const root = 'packages/server/test';
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(root).filter((name) => name.endsWith('.test.ts')).map((name) => join(root, name));
const required = process.env.CI === 'true' || process.env.CQTT_REQUIRE_POSTGRES === '1';

if (!postgresBinDir()) {
  if (required) {
    console.error('# PostgreSQL suite: PostgreSQL is required here (CI) but not installed; apt-get install postgresql');
    process.exit(1);
  }
  console.log('# PostgreSQL suite skipped: PostgreSQL is not installed (apt-get install postgresql to run it)');
  process.exit(0);
}

const cluster = await startPostgresCluster();
let status = 1;
try {
  console.log(`\n# Server tests on PostgreSQL (${cluster.url}), TZ=${process.env.TZ ?? 'host'}`);
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
    stdio: 'inherit',
    env: { ...process.env, CQTT_TEST_DATABASE_URL: cluster.url },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => child.kill(signal));
  status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
} finally {
  cluster.stop();
}
process.exit(status);
