import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { collectProblems, launchBrowser } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

// Issue 19, item 5: a code the kiosk refuses must not leave the previous dossier's survey on screen, to be voted on.

describe('the kiosk page (npm start)', () => {
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

  it('lets go of the previous dossier when the next code is refused', async () => {
    const page = await browser.newPage({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
    const problems = collectProblems(page);
    await page.goto(new URL('/kiosk.html', server.url).href);
    const survey = page.locator('cqtt-survey[kiosk]');
    await survey.locator('form').waitFor();
    const previous = await page.inputValue('#dossier-id');
    assert.notEqual(previous, '');

    await page.fill('#dossier-id', 'KHONG-CO-HO-SO-NAY');
    await page.press('#dossier-id', 'Enter');
    await page.waitForFunction(() => (document.getElementById('kiosk-status')?.textContent ?? '').includes('KHONG-CO-HO-SO-NAY'));
    assert.equal(await survey.evaluate((element) => (element as HTMLElement & { dossierId?: string }).dossierId), undefined);
    assert.equal(await survey.locator('form, h2').count(), 0, "nothing of the previous dossier's survey is left");
    // The browser logs the refused token request itself; nothing else may go wrong.
    assert.deepEqual(
      problems.filter((problem) => !problem.startsWith('console: Failed to load resource')),
      [],
    );
    await page.close();
  });
});
