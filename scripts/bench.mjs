// Runs every benchmark under test/bench, one after another, and prints their figures in one table at the end.
// Benchmarks print ratios, rates, times and sizes; nothing here is an assertion.
//
//   npm run bench                  every benchmark
//   npm run bench -- sizes mount   only the benchmarks whose file name contains one of the words
//
// Each benchmark prints its own detail lines, and one marked line per figure (test/bench/figures.ts); this script
// passes the detail through, gathers the figures, prints the table and writes it to test-results/bench.json.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';

const figureMarker = '@@cqtt-figure ';
const started = performance.now();
const filters = process.argv.slice(2);
const files = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.ts') || f.endsWith('.bench.mjs'))
  .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)))
  .sort();
if (files.length === 0) {
  console.log(filters.length ? `No benchmark matches ${filters.join(', ')}.` : 'No benchmarks yet.');
  process.exit(0);
}

// The browser benchmarks (motion, mount, memory) need Chromium; the size, motion, mount and memory ones the build.
const chromium = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (chromium.status !== 0) process.exit(chromium.status ?? 1);
const build = spawnSync('npm', ['run', 'build:browser', '--silent'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
if (build.status !== 0) {
  process.stderr.write(build.stderr);
  process.exit(build.status ?? 1);
}

/** Runs one benchmark, echoing its detail lines and returning its figures. */
function run(file) {
  return new Promise((done) => {
    const figures = [];
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '--expose-gc', `test/bench/${file}`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith(figureMarker)) figures.push(JSON.parse(line.slice(figureMarker.length)));
      else console.log(line);
    });
    child.on('close', (status) => done({ status, figures }));
  });
}

const rows = [];
const failed = [];
for (const file of files) {
  const name = file.replace(/\.bench\.(ts|mjs)$/, '');
  console.log(`\n## ${file}`);
  const benchStarted = performance.now();
  const { status, figures } = await run(file);
  console.log(`(${((performance.now() - benchStarted) / 1000).toFixed(1)} s)`);
  rows.push(...figures.map((figure) => ({ bench: name, ...figure })));
  if (status !== 0) {
    failed.push(name);
    rows.push({ bench: name, what: 'benchmark failed', figure: `exit ${status}`, unit: 'see its output above' });
  }
}

const seconds = (performance.now() - started) / 1000;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.versions.node}`;
const columns = [
  ['bench', (row) => row.bench],
  ['what', (row) => row.what],
  ['figure', (row) => row.figure],
  ['unit / aim', (row) => row.unit],
];
const widths = columns.map(([title, cell]) => Math.max(title.length, ...rows.map((row) => cell(row).length)));
const line = (cells) => `| ${cells.map((cell, i) => (i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
console.log(`\n# Figures, ${new Date().toISOString().slice(0, 16)} UTC, ${machine}\n`);
console.log(line(columns.map(([title]) => title)));
console.log(`|${widths.map((width, i) => (i === 2 ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`);
for (const row of rows) console.log(line(columns.map(([, cell]) => cell(row))));
console.log(`\n${files.length} benchmarks in ${seconds.toFixed(0)} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}.`);

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', `${JSON.stringify({ at: new Date().toISOString(), machine, seconds, rows }, null, 2)}\n`);
process.exit(failed.length ? 1 : 0);
