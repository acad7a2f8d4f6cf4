// Mount time of each element in headless Chromium: from document.createElement to the first completed update
// (`updateComplete`), with the data of a memory portal, against a plain page that writes the same markup with
// innerHTML into a shadow root with the same style sheets, alternating in the same run. Medians; no assertions.
import { launchBrowser } from '../e2e/browser.js';
import { openBenchPage, serveBenchPage } from './browser-bench.js';
import { median, reportFigure } from './figures.js';

const runs = 300;
const warmUp = 30;
const tags = ['cqtt-same-day-badge', 'cqtt-friday-warning', 'cqtt-closing-reminder', 'cqtt-apology-slip', 'cqtt-slogan-ticker', 'cqtt-survey', 'cqtt-report'];
const microseconds = (ms: number) => Math.round(ms * 1000);

const { url, server } = await serveBenchPage();
const browser = await launchBrowser();
try {
  const page = await openBenchPage(browser, url);
  const isolated = await page.evaluate(() => crossOriginIsolated);
  console.log(`Median of ${runs} mounts each after ${warmUp} warm-up, headless Chromium, timer ${isolated ? '5 µs' : '100 µs'} resolution`);
  console.log('first update: createElement to the first completed update; content: to the update that shows the data');
  console.log(`${'element'.padEnd(24)} ${'first µs'.padStart(9)} ${'content µs'.padStart(10)} ${'innerHTML µs'.padStart(12)} ${'ratio'.padStart(6)} ${'markup B'.padStart(9)}`);
  for (const tag of tags) {
    const times = await page.evaluate(([t, r, w]) => window.cqttBench!.measureMount(t, r, w), [tag, runs, warmUp] as const);
    const [firstUpdate, content, markup] = [median(times.firstUpdate), median(times.content), median(times.markup)];
    const ratio = markup > 0 ? (content / markup).toFixed(1) : 'n/a';
    console.log(
      `${tag.padEnd(24)} ${String(microseconds(firstUpdate)).padStart(9)} ${String(microseconds(content)).padStart(10)} ` +
        `${String(microseconds(markup)).padStart(12)} ${ratio.padStart(6)} ${String(times.markupBytes).padStart(9)}`,
    );
    reportFigure(
      `<${tag}> mount to its content, median of ${runs}`,
      `${microseconds(content)} µs`,
      `× ${ratio} innerHTML of the same markup (${microseconds(markup)} µs); first update ${microseconds(firstUpdate)} µs`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
