// The plugin in the root configs single-spa's generator makes (README, "Embed it in your portal"): create-single-spa's
// template page (import-map-injector, single-spa-layout loading applications by name, lang="en") under Trusted Types
// with the README's policy, and an older SystemJS root config loading the plugin with the browser's import().
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readmeSnippet } from '../readme-snippets.mjs';
import { collectProblems, launchBrowser, serveFixtures, type FixtureOptions } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

const fixtures = join(import.meta.dirname, 'fixtures');

/** The import map import-map-injector writes for a page: its `injector-importmap` maps merged, as JSON. */
function injectedMap(html: string): string {
  const maps = [...html.matchAll(/<script type="injector-importmap">([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1]!) as { imports?: object; scopes?: object });
  const merged = { imports: {}, scopes: {} };
  for (const map of maps) Object.assign(merged.imports, map.imports ?? {}), Object.assign(merged.scopes, map.scopes ?? {});
  return JSON.stringify(merged);
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The demo policy with `change` applied, which must change it. */
function changed(policy: string, change: (policy: string) => string): string {
  const result = change(policy);
  assert.notEqual(result, policy, 'the fixture policy must differ from the demo policy');
  return result;
}

describe('the plugin in root configs made by create-single-spa', () => {
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

  async function open(path: string, options: FixtureOptions): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ locale: 'en-US' });
    const problems = collectProblems(page);
    await serveFixtures(page, server.url.replace(/\/$/, ''), options);
    await page.goto(new URL(path, server.url).href);
    return { page, problems };
  }

  it('import-map-injector under Trusted Types with the README\'s default policy; layout loads @cqtt/app by name; locale "vi" on a lang="en" page', async () => {
    const mapHash = sha256(injectedMap(readFileSync(join(fixtures, 'injector.html'), 'utf8')));
    const { page, problems } = await open('/__e2e/injector.html', {
      generated: { 'trusted-types-policy.js': () => readmeSnippet('### With import-map-injector (and Trusted Types)', 'js') },
      policy: (_name, policy) =>
        changed(policy, (text) => text.replace(/script-src 'self'[^;]*/, `script-src 'self' ${mapHash}`).replace('trusted-types lit-html', 'trusted-types lit-html default')),
    });
    await page.waitForFunction(() => (window as unknown as { cqttInjectorReady?: boolean }).cqttInjectorReady === true);
    const ticker = page.locator('[id="single-spa-application:@cqtt/app"] cqtt-slogan-ticker');
    await ticker.waitFor();
    // Vietnamese although the page says lang="en": the props' locale decides.
    await page.waitForFunction(() => /Tạm dừng/.test(document.querySelector('cqtt-slogan-ticker')?.shadowRoot?.textContent ?? ''));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // The policy lets import maps through and nothing else.
    const refused = await page.evaluate(() => {
      const script = document.createElement('script');
      try {
        script.textContent = 'alert(1)';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(refused, true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a SystemJS root config loads the plugin with the README\'s native import() beside its systemjs-importmap', async () => {
    const snippet = readmeSnippet('### With SystemJS (an older root config)', 'js');
    const rootConfig = `System.register(['single-spa'], function () {
  let registerApplication, start;
  return {
    setters: [(singleSpa) => ({ registerApplication, start } = singleSpa)],
    execute() {
${snippet}
      start();
    },
  };
});`;
    const { page, problems } = await open('/__e2e/systemjs.html', {
      generated: { 'systemjs-root-config.js': () => rootConfig },
      // SystemJS sets <script src> from strings, which Trusted Types refuse (README).
      policy: (_name, policy) => changed(policy, (text) => text.replace(/require-trusted-types-for 'script'; ?/, '')),
    });
    await page.waitForFunction(() => typeof (window as unknown as { System?: unknown }).System === 'object');
    await page.evaluate(() => history.pushState(null, '', '/mot-cua'));
    const ticker = page.locator('#cqtt-app cqtt-slogan-ticker');
    await ticker.waitFor();
    await page.waitForFunction(() => /Tạm dừng/.test(document.querySelector('cqtt-slogan-ticker')?.shadowRoot?.textContent ?? ''));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
