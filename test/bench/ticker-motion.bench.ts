// The LED ticker's motion, measured from a Chromium trace over 10 s of scrolling: frames presented and
// dropped, and main-thread layout and paint per second. Needs the browser build (`npm run build:browser`).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../e2e/browser.js';
import { serveBuiltFile } from './browser-bench.js';
import { reportFigure } from './figures.js';

const seconds = 10;

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>LED</title></head>
<body style="margin:0"><script type="module" src="/bench.js"></script></body></html>`;
const script = `import '/cqtt/self-contained/slogan-ticker.js';
const ticker = document.createElement('cqtt-slogan-ticker');
ticker.led = true;
document.body.append(ticker);`;

function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const reply = (type: string, body: string | Buffer) => response.writeHead(200, { 'Content-Type': type }).end(body);
    if (path === '/') return reply('text/html; charset=utf-8', page);
    if (path === '/bench.js') return reply('text/javascript', script);
    if (path === '/control') return reply('text/html; charset=utf-8', page.replace('/bench.js', '/control.js'));
    if (path === '/control.js') return reply('text/javascript', control);
    return serveBuiltFile(path, response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly args?: { readonly frame_reporter?: { readonly state?: string } };
}

async function trace(client: CDPSession, durationMs: number): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  client.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => client.once('Tracing.tracingComplete', () => done()));
  await client.send('Tracing.start', {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'benchmark', 'cc'].join(','),
    transferMode: 'ReportEvents',
  });
  await new Promise((done) => setTimeout(done, durationMs));
  await client.send('Tracing.end');
  await complete;
  return events;
}

/** Per-second figures of one trace. */
function figures(events: readonly TraceEvent[]): Record<string, string> {
  const count = (name: string) => events.filter((event) => event.name === name && event.ph !== 'E' && event.ph !== 'e').length;
  const states = events.filter((event) => event.name === 'PipelineReporter' && event.ph === 'b').map((event) => event.args?.frame_reporter?.state ?? '');
  const presented = states.filter((state) => state.startsWith('STATE_PRESENTED')).length;
  const dropped = states.filter((state) => state === 'STATE_DROPPED').length;
  const perSecond = (n: number) => (n / seconds).toFixed(1);
  return {
    'frames presented per second': perSecond(presented),
    'frames dropped per second': perSecond(dropped),
    'dropped share of frames': presented + dropped === 0 ? 'n/a' : `${((100 * dropped) / (presented + dropped)).toFixed(1)} %`,
    'style recalculations per second': perSecond(count('UpdateLayoutTree')),
    'layouts per second': perSecond(count('Layout')),
    'paints per second': perSecond(count('Paint')),
  };
}

/** The same measurement on a box animated through `margin-left`, to show what layout per frame looks like. */
const control = `const box = document.createElement('div');
box.textContent = '4 xin, 4 luôn, 5 không';
box.style.cssText = 'font-size:64px;white-space:nowrap';
document.body.append(box);
box.animate([{ marginLeft: '0px' }, { marginLeft: '-1000px' }], { duration: 12000, iterations: Infinity });`;

async function measure(path: string): Promise<Record<string, string>> {
  const tab = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
  // Animations inside a shadow root are not listed by document.getAnimations().
  const allAnimations = () => [...document.getAnimations(), ...(document.querySelector('cqtt-slogan-ticker')?.shadowRoot?.getAnimations() ?? [])];
  await tab.waitForFunction(`(${allAnimations.toString()})().length > 0`);
  await tab.waitForTimeout(2000);
  const transformOnly = await tab.evaluate(`(${allAnimations.toString()})().every((animation) =>
    (animation.effect?.getKeyframes() ?? []).every((frame) =>
      Object.keys(frame).every((key) => ['transform', 'offset', 'computedOffset', 'easing', 'composite'].includes(key))))`);
  const client = await tab.context().newCDPSession(tab);
  const result = { 'animates transform only': transformOnly ? 'yes' : 'no', ...figures(await trace(client, seconds * 1000)) };
  await tab.close();
  return result;
}

const server = await serve();
const browser = await launchBrowser();
try {
  const ticker = await measure('/');
  const layoutControl = await measure('/control');
  console.log(`Motion over a ${seconds} s trace, 1920x1080, headless Chromium (software compositing)`);
  console.log(`${''.padEnd(36)} ${'LED ticker'.padStart(12)} ${'margin-left control'.padStart(20)}`);
  for (const label of Object.keys(ticker)) {
    console.log(`${label.padEnd(36)} ${String(ticker[label]).padStart(12)} ${String(layoutControl[label]).padStart(20)}`);
  }
  for (const label of ['frames presented per second', 'frames dropped per second', 'layouts per second', 'paints per second', 'style recalculations per second']) {
    reportFigure(`LED ticker, ${seconds} s trace: ${label}`, String(ticker[label]), `per s (margin-left control: ${layoutControl[label]})`);
  }
} finally {
  await browser.close();
  server.close();
}
