// The citizen's wait at the result screen: from the tap on "Gửi đánh giá" to the thank-you, in headless Chromium,
// with the vote written to the IndexedDB outbox before the thank-you shows (as it must be, to be never lost), and
// the bytes the outbox adds to the survey. Figures only, no assertions.
import { launchBrowser } from '../e2e/browser.js';
import { pageBreakdown } from '../../scripts/bundle-sizes.mjs';
import { openBenchPage, serveBenchPage } from './browser-bench.js';
import { kilobytes, median, reportFigure } from './figures.js';

const runs = 200;
const warmUp = 20;

const percentile = (values: readonly number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;

const { url, server } = await serveBenchPage();
const browser = await launchBrowser();
try {
  const page = await openBenchPage(browser, url);
  const { tapToThanks } = await page.evaluate(([r, w]) => window.cqttBench!.measureVote(r, w), [runs, warmUp] as const);
  const [p50, p95] = [median(tapToThanks), percentile(tapToThanks, 0.95)];
  console.log(`Tap on "Gửi đánh giá" to the thank-you, ${runs} votes after ${warmUp} warm-up, each on its own dossier`);
  console.log(`median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, slowest ${Math.max(...tapToThanks).toFixed(1)} ms`);
  reportFigure(`<cqtt-survey> tap to thank-you, IndexedDB write included (median of ${runs})`, `${p50.toFixed(1)} ms`, `p95 ${p95.toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
}

const breakdown = await pageBreakdown('shared', ['survey.js']);
const outbox = breakdown.modules.filter((module) => module.id.includes('survey/outbox/') || module.id.includes('node_modules/idb/'));
const outboxGzip = outbox.reduce((sum, module) => sum + module.gzip, 0);
console.log(`\nThe outbox in the survey's code (estimated share of ${kilobytes(breakdown.gzip)} KB gzip):`);
for (const module of outbox) console.log(`  ${module.id.padEnd(56)} ${kilobytes(module.gzip)} KB`);
reportFigure('<cqtt-survey> outbox code: IndexedDB store (idb), delivery, locks, failures', kilobytes(outboxGzip), `KB gzip of the survey's ${kilobytes(breakdown.gzip)} KB (shared flavour)`);
