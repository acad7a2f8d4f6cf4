// Bytes a page downloads: each entry of the in-browser module with what it imports, per flavour, and each
// element's own code. Figures for the README; the budgets themselves are tests (test/build/budgets.test.mjs).
import { entrySizes, ownSizes } from '../../scripts/bundle-sizes.mjs';

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

console.log(`${'flavour / entry (with its static imports)'.padEnd(44)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'br KB'.padStart(7)}`);
for (const row of entrySizes()) {
  console.log(`${`${row.flavour} / ${row.entry}`.padEnd(44)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
}
console.log(`\n${'own code (shared flavour)'.padEnd(44)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'br KB'.padStart(7)}`);
for (const row of ownSizes('shared')) {
  console.log(`${row.entry.padEnd(44)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
}
