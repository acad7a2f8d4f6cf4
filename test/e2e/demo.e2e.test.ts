import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { collectProblems, launchBrowser } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

describe('the demo portal (npm start)', () => {
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

  it('serves the start page in Vietnamese with the server time and the plugin module loaded, and no errors', async () => {
    const page = await browser.newPage({ timezoneId: 'America/Los_Angeles' });
    const problems = collectProblems(page);
    await page.goto(server.url);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    await page.waitForFunction(() => document.getElementById('module-status')?.textContent !== 'Đang tải…');
    assert.match((await page.textContent('#module-status')) ?? '', /Đã tải/);
    await page.waitForFunction(() => document.getElementById('server-time')?.textContent !== 'Đang tải…');
    assert.match((await page.textContent('#server-time')) ?? '', /\d{1,2}:\d{2}/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
