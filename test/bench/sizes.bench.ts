// Bytes a page downloads: each entry of the in-browser module with what it imports, per flavour, each element's
// own code, the vendor bundles, each real page against its budget, and what the mixed page is made of. Figures for
// the README; the budgets themselves are tests (test/build/budgets.test.mjs).
import { budgetPageEntries, budgetPages, combinedSize, englishSize, entrySizes, ownSizes, pageBreakdown, pageSize, type Size } from '../../scripts/bundle-sizes.mjs';
import { kilobytes, reportFigure } from './figures.js';

const kb = (bytes: number) => kilobytes(bytes).padStart(7);
const pair = (size: Size) => `${kilobytes(size.gzip)} / ${kilobytes(size.brotli)}`;

console.log(`${'flavour / entry (with its static imports)'.padEnd(44)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'br KB'.padStart(7)}`);
for (const row of entrySizes()) {
  console.log(`${`${row.flavour} / ${row.entry}`.padEnd(44)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
  reportFigure(`${row.flavour}/${row.entry} with its static imports`, pair(row), 'KB gzip / brotli');
}
for (const entry of ['lit.js', 'rxjs.js', 'single-spa.js']) {
  const size = combinedSize('vendor', [entry]);
  console.log(`${`vendor / ${entry}`.padEnd(44)} ${kb(size.raw)} ${kb(size.gzip)} ${kb(size.brotli)}`);
  reportFigure(`vendor/${entry}`, pair(size), 'KB gzip / brotli');
}

for (const flavour of ['shared', 'self-contained']) {
  console.log(`\n${`own code (${flavour} flavour)`.padEnd(44)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'br KB'.padStart(7)}`);
  for (const row of ownSizes(flavour)) {
    console.log(`${row.entry.padEnd(44)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
    const budget = flavour === 'shared' && row.entry !== 'cqtt.js' ? ', budget 6 gzip' : '';
    reportFigure(`${flavour}/${row.entry} own code`, pair(row), `KB gzip / brotli${budget}`);
  }
}

console.log(`\n${'page (self-contained, before its elements render)'.padEnd(52)} ${'files'.padStart(5)} ${'gzip KB'.padStart(7)} ${'budget'.padStart(7)}`);
for (const page of budgetPages) {
  const size = pageSize('self-contained', page.entries);
  const verdict = size.gzip <= page.budget ? 'within' : `over by ${kilobytes(size.gzip - page.budget)}`;
  console.log(`${`${page.name}: app + ${page.entries.join(' ')}`.slice(0, 52).padEnd(52)} ${String(size.files).padStart(5)} ${kb(size.gzip)} ${kb(page.budget)}  ${verdict}`);
  reportFigure(`page: ${page.name} (application + ${page.entries.join(', ')}), each file gzip on its own`, `${kilobytes(size.gzip)} / ${kilobytes(size.brotli)}`, `KB gzip / brotli, budget ${kilobytes(page.budget)} gzip, ${size.files} files`);
}
const english = englishSize('self-contained', budgetPageEntries);
console.log(`the same page in English fetches ${kilobytes(english.gzip)} KB gzip more (${english.files} chunks of English texts)`);
reportFigure('self-contained page in English: English texts fetched on demand', pair(english), `KB gzip / brotli (${english.files} chunks)`);

const breakdown = await pageBreakdown('self-contained', budgetPageEntries);
console.log(`\nWhat the self-contained page is made of (${breakdown.files} files, ${kilobytes(breakdown.gzip)} KB gzip; a module's gzip is its share, estimated)`);
console.log(`${'package or source folder'.padEnd(36)} ${'modules'.padStart(7)} ${'min KB'.padStart(7)} ${'gzip KB'.padStart(7)}`);
for (const group of breakdown.groups) {
  console.log(`${group.group.padEnd(36)} ${String(group.modules).padStart(7)} ${kb(group.minified)} ${kb(group.gzip)}`);
}
console.log(`\n${'largest modules'.padEnd(72)} ${'min KB'.padStart(7)} ${'gzip KB'.padStart(7)}`);
for (const module of breakdown.modules.slice(0, 25)) {
  console.log(`${module.id.slice(-72).padEnd(72)} ${kb(module.minified)} ${kb(module.gzip)}`);
}
