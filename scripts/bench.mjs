// Runs every benchmark under test/bench, one after another on a quiet machine, and prints their figures.
// Benchmarks print ratios, rates and sizes; nothing here is an assertion.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('test/bench').filter((f) => f.endsWith('.bench.ts') || f.endsWith('.bench.mjs')).sort();
if (files.length === 0) {
  console.log('No benchmarks yet.');
  process.exit(0);
}
// The motion and size benchmarks measure the browser build.
const build = spawnSync('npm', ['run', 'build:browser', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

for (const file of files) {
  console.log(`\n## ${file}`);
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--expose-gc', `test/bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
