import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type * as SingleSpa from 'single-spa';
import type * as Cqtt from '@cqtt/microfrontend';
import { collectProblems, launchBrowser, serveFixtures } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

const cycles = 200;
const builtinTags = ['cqtt-slogan-ticker', 'cqtt-survey', 'cqtt-same-day-badge', 'cqtt-friday-warning', 'cqtt-closing-reminder', 'cqtt-apology-slip'];

/** Live objects whose prototype chain has the prototype `expression` evaluates to, after a full garbage collection. */
async function countObjects(cdp: CDPSession, expression: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  assert.ok(result.objectId, `${expression} is not an object`);
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
  const { result: length } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  return length.value as number;
}

async function listenerCount(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
  return listeners.length;
}

interface Footprint {
  readonly elements: Record<string, number>;
  readonly subscribers: number;
  readonly mediaQueryLists: number;
  readonly timers: readonly string[];
  readonly animations: number;
  readonly windowListeners: number;
  readonly documentListeners: number;
  readonly nodes: number;
}

async function footprint(page: Page, cdp: CDPSession): Promise<Footprint> {
  // Settle: single-spa's lifecycle time-out timers expire, then two frames and a moment pass, so that what
  // unmount let go of (a last frame, an aborted request) is gone.
  await page.waitForFunction(() => (window as unknown as { __cqttSingleSpaTimers: Set<string> }).__cqttSingleSpaTimers.size === 0, undefined, { timeout: 60_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
  const elements: Record<string, number> = {};
  for (const tag of builtinTags) elements[tag] = await countObjects(cdp, `customElements.get('${tag}').prototype`);
  return {
    elements,
    subscribers: await countObjects(cdp, 'window.cqttHost.Subscriber.prototype'),
    mediaQueryLists: await countObjects(cdp, 'MediaQueryList.prototype'),
    timers: await page.evaluate(() => [...(window as unknown as { __cqttLiveTimers: Set<string> }).__cqttLiveTimers].sort()),
    animations: await page.evaluate(() => document.getAnimations().length),
    windowListeners: await listenerCount(cdp, 'window'),
    documentListeners: await listenerCount(cdp, 'document'),
    nodes: await page.evaluate(() => document.getElementsByTagName('*').length),
  };
}

describe('embedding the plugin in a host portal', () => {
  let server: DemoServer;
  let browser: Browser;

  before(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openHost(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ timezoneId: 'America/Los_Angeles', locale: 'vi-VN' });
    const problems = collectProblems(page);
    await page.addInitScript({ path: join(import.meta.dirname, 'fixtures', 'track-timers.js') });
    await serveFixtures(page, server.url.replace(/\/$/, ''));
    await page.goto(new URL(path, server.url).href);
    return { page, problems };
  }

  it(`mounts and unmounts the application and each parcel ${cycles} times, and keeps no element, subscription, timer, listener or animation`, async () => {
    const { page, problems } = await openHost('/__e2e/host.html');
    await page.waitForFunction(() => (window as unknown as { cqttHost?: { ready: boolean } }).cqttHost?.ready === true);
    await page.waitForSelector('#cqtt-app cqtt-slogan-ticker');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');

    const run = (times: number) =>
      page.evaluate(
        async ({ times, tags }) => {
          type Host = {
            cqtt: typeof Cqtt;
            adapter: unknown;
            dossiers: { id: string; agencyCode: string; procedureCode: string }[];
            mountRootParcel: typeof SingleSpa.mountRootParcel;
          };
          const { cqtt, adapter, dossiers, mountRootParcel } = (window as unknown as { cqttHost: Host }).cqttHost;
          const domElement = document.getElementById('cqtt-parcel')!;
          const dossier = dossiers[0]!;
          const shared = { domElement, adapter, dossierId: dossier.id, agencyCode: dossier.agencyCode };
          const application = { bootstrap: cqtt.bootstrap, mount: cqtt.mount, unmount: cqtt.unmount, update: cqtt.update };
          for (let i = 0; i < times; i += 1) {
            const parcel = mountRootParcel(application as never, { ...shared, elements: tags.map((tag) => ({ tag })) } as never);
            await parcel.mountPromise;
            await parcel.update!({ ...shared, dossierId: dossiers[(i + 1) % dossiers.length]!.id, elements: tags.map((tag) => ({ tag })) } as never);
            await parcel.unmount();
          }
          for (const tag of tags) {
            for (let i = 0; i < times; i += 1) {
              const parcel = mountRootParcel(cqtt.createParcel(tag) as never, { ...shared, properties: { procedureCode: dossier.procedureCode } } as never);
              await parcel.mountPromise;
              await parcel.unmount();
            }
          }
          return domElement.childNodes.length;
        },
        { times, tags: builtinTags },
      );

    assert.equal(await run(1), 0);
    const before = await footprint(page, cdp);
    assert.equal(await run(cycles), 0);
    const afterwards = await footprint(page, cdp);

    assert.deepEqual(afterwards, before);
    // Only the host's own application (the banner ticker registered with single-spa) remains.
    const onPage = await page.evaluate((tags) => Object.fromEntries(tags.map((tag) => [tag, document.querySelectorAll(tag).length])), builtinTags);
    assert.deepEqual(afterwards.elements, onPage);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('runs with no single-spa and no import map: a script tag, the custom tag, and mount(); two copies of the bundle raise no error', async () => {
    const { page, problems } = await openHost('/__e2e/script-tag.html');
    await page.waitForFunction(() => (window as unknown as { cqttScriptTag?: { ready: boolean } }).cqttScriptTag?.ready === true);
    await page.waitForSelector('#survey-slot cqtt-survey');
    assert.match((await page.locator('#banner [part="track"]').first().textContent()) ?? '', /xin/i);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('works as an <application> of single-spa-layout: mounted by its route with props by name, unmounted when the route changes', async () => {
    const { page, problems } = await openHost('/__e2e/layout.html');
    await page.waitForFunction(() => (window as unknown as { cqttLayoutReady?: boolean }).cqttLayoutReady === true);
    const ticker = page.locator('[id="single-spa-application:@cqtt/app"] cqtt-slogan-ticker');
    await ticker.waitFor();
    assert.match((await ticker.locator('[part="track"]').first().textContent()) ?? '', /xin/i);
    // single-spa reroutes on history changes: another page of the portal, then back.
    await page.evaluate(() => history.pushState(null, '', '/__e2e/elsewhere'));
    await page.waitForFunction(() => document.querySelector('cqtt-slogan-ticker') === null);
    await page.evaluate(() => history.back());
    await ticker.waitFor();
    assert.equal(await page.locator('cqtt-slogan-ticker').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('loads both flavours on one import-map page: the shared application and the self-contained elements define each tag once, without error', async () => {
    const { page, problems } = await openHost('/__e2e/host.html');
    await page.waitForSelector('#cqtt-app cqtt-slogan-ticker');
    const defined = await page.evaluate(async (tags) => {
      const url: string = '/cqtt/self-contained/cqtt.js';
      const selfContained = (await import(url)) as typeof Cqtt;
      for (const tag of tags) await selfContained.loadElement(tag);
      for (const tag of tags) await import(`/cqtt/shared/${tag.slice('cqtt-'.length)}.js`);
      return tags.filter((tag) => customElements.get(tag) !== undefined);
    }, builtinTags);
    assert.deepEqual(defined, builtinTags);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('applies the host\'s theme through the documented custom properties and parts', async () => {
    const { page, problems } = await openHost('/__e2e/host.html');
    await page.waitForSelector('#cqtt-app cqtt-slogan-ticker');
    const theme = await page.evaluate(async () => {
      const ticker = document.querySelector('cqtt-slogan-ticker') as HTMLElement & { updateComplete: Promise<unknown> };
      await ticker.updateComplete;
      const button = ticker.shadowRoot!.querySelector('[part~="button"]')!;
      return { border: getComputedStyle(button).borderTopColor, background: getComputedStyle(ticker).backgroundColor };
    });
    assert.equal(theme.border, 'rgb(255, 213, 79)');
    assert.equal(theme.background, 'rgb(0, 77, 64)');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
