import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { collectProblems, launchBrowser } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';


/** Screenshots go to test-results/ (git-ignored); `npm run screenshots` writes them to docs/screenshots/ for the README. */
const screenshotDir = process.env.CQTT_SCREENSHOT_DIR ?? 'test-results/screenshots';
const screenshot = (name: string) => `${screenshotDir}/${name}.png`;

const importMapPattern = /<script type="importmap">([^<]*)<\/script>/;
const demoPages = readdirSync('demo').filter((file) => file.endsWith('.html'));

/** The sha256 source of a page's inline import map, as the Content-Security-Policy must list it. */
function importMapHash(file: string): string {
  const map = importMapPattern.exec(readFileSync(`demo/${file}`, 'utf8'))?.[1];
  assert.ok(map, `demo/${file} has no inline import map`);
  return `'sha256-${createHash('sha256').update(map).digest('base64')}'`;
}

const pages: readonly { readonly path: string; readonly shot: string; readonly ready: (page: Page) => Promise<unknown> }[] = [
  { path: '/', shot: 'home', ready: (page) => page.waitForSelector('cqtt-slogan-ticker') },
  { path: '/thu-tuc.html', shot: 'procedures', ready: (page) => page.waitForSelector('td cqtt-same-day-badge') },
  { path: '/tiep-nhan.html?now=2026-11-27T15:30', shot: 'receiving-friday', ready: (page) => page.waitForSelector('cqtt-friday-warning') },
  { path: '/ho-so.html', shot: 'dossier-staff', ready: (page) => page.waitForSelector('#dossier-plugin cqtt-same-day-badge') },
  { path: '/ket-qua.html', shot: 'result-survey', ready: (page) => page.waitForSelector('cqtt-survey') },
  { path: '/kiosk.html', shot: 'kiosk-survey', ready: (page) => page.waitForSelector('cqtt-survey[kiosk]') },
  { path: '/led.html', shot: 'lobby-led', ready: (page) => page.waitForSelector('cqtt-slogan-ticker[led]') },
  { path: '/bao-cao.html', shot: 'report', ready: (page) => page.waitForSelector('cqtt-report >> table') },
];

describe('the demo portal pages (npm start)', () => {
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

  /** A GET of the API as the demo's staff user (signed in as the pages do). */
  async function staffGet<T>(path: string): Promise<T> {
    const { token } = (await (await fetch(new URL('/demo/sign-in', server.url), { method: 'POST' })).json()) as { token: string };
    return (await (await fetch(new URL(path, server.url), { headers: { Authorization: `Bearer ${token}` } })).json()) as T;
  }

  /** A survey token issued by the demo's result desk. */
  async function surveyToken(dossierId: string): Promise<string> {
    const { token } = (await (await fetch(new URL('/demo/sign-in', server.url), { method: 'POST' })).json()) as { token: string };
    const response = await fetch(new URL('/api/v1/survey-tokens', server.url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ dossierId }),
    });
    assert.equal(response.status, 201);
    return ((await response.json()) as { token: string }).token;
  }

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ timezoneId: 'America/Los_Angeles', locale: 'vi-VN', viewport: { width: 1200, height: 900 } });
    const problems = collectProblems(page);
    await page.goto(new URL(path, server.url).href);
    return { page, problems };
  }

  it('every page carries the same import map, and the server\'s policy allows only that inline script, no eval, and Trusted Types', async () => {
    const hashes = new Set(demoPages.map(importMapHash));
    assert.equal(hashes.size, 1, 'every demo page must carry the identical import map (one hash in the policy)');
    const policy = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
    const directives = new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
    assert.deepEqual(directives.get('script-src'), ["'self'", ...hashes]);
    assert.deepEqual(directives.get('require-trusted-types-for'), ["'script'"]);
    assert.deepEqual(directives.get('trusted-types'), ['lit-html', "'allow-duplicates'"]);
    assert.doesNotMatch(policy, /unsafe-eval/);
  });

  for (const { path, shot, ready } of pages) {
    it(`${path}: shows its plugin in Vietnamese under the strict policy with no error or violation (screenshot ${shot}.png)`, async () => {
      const { page, problems } = await open(path);
      assert.equal(await page.getAttribute('html', 'lang'), 'vi');
      await ready(page);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: screenshot(shot) });
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('a Vietnamese page fetches no English texts; badges switched to English fetch them once for the page', async () => {
    const { page, problems } = await open('/thu-tuc.html');
    const englishChunks: string[] = [];
    page.on('request', (request) => {
      const chunk = /\/([\w-]*messages-en)-[\w-]+\.js$/.exec(request.url())?.[1];
      if (chunk) englishChunks.push(chunk);
    });
    const badgeTexts = () =>
      page.evaluate(() => [...document.querySelectorAll('td cqtt-same-day-badge')].map((badge) => badge.shadowRoot?.textContent ?? ''));
    await page.waitForFunction(() => document.querySelector('td cqtt-same-day-badge')?.shadowRoot?.querySelector('[part="badge"]'));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(englishChunks, []);
    assert.ok((await badgeTexts()).some((text) => text.includes('Giải quyết trong ngày')));
    await page.evaluate(() => document.querySelectorAll('td cqtt-same-day-badge').forEach((badge) => ((badge as HTMLElement & { locale: string }).locale = 'en')));
    await page.waitForFunction(() => /Resolved the same day/.test(document.querySelector('td cqtt-same-day-badge')?.shadowRoot?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    // The badge's own English, the portal errors' English (its error view) and the "dự kiến" mark's, each fetched
    // once for every badge.
    assert.deepEqual(englishChunks.sort(), ['error-messages-en', 'messages-en', 'provisional-messages-en']);
    assert.ok((await badgeTexts()).every((text) => !text.includes('Giải quyết trong ngày')));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('/quan-tri.html: the demo administrator\'s console, each view under the strict policy with no error or violation (screenshots admin-*.png)', async () => {
    const { page, problems } = await open('/quan-tri.html');
    assert.match((await page.textContent('#signed-in')) ?? '', /Đã đăng nhập \(demo\)/);
    const views = [
      { tab: 'calendar', shot: 'admin-calendar', ready: 'cqtt-admin-calendar >> button[data-date]' },
      { tab: 'same-day', shot: 'admin-same-day', ready: 'cqtt-admin-same-day >> #add' },
      { tab: 'hours', shot: 'admin-hours', ready: 'cqtt-admin-hours >> #save' },
      { tab: 'messages', shot: 'admin-messages', ready: 'cqtt-admin-messages >> cqtt-slogan-ticker' },
      { tab: 'audit', shot: 'admin-audit', ready: 'cqtt-admin-audit >> :is(table, p)' },
    ];
    for (const { tab, shot, ready } of views) {
      await page.click(`cqtt-admin-console >> #tab-${tab}`);
      await page.waitForSelector(ready);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: screenshot(shot), fullPage: tab !== 'calendar' });
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the lobby LED page moves', async () => {
    const { page, problems } = await open('/led.html');
    const track = page.locator('cqtt-slogan-ticker [part="track"]').first();
    await track.waitFor();
    const start = (await track.boundingBox())?.x;
    assert.ok(start !== undefined);
    await page.waitForFunction(
      (x) => {
        const element = document.querySelector('cqtt-slogan-ticker')?.shadowRoot?.querySelector('[part="track"]');
        return element !== null && element !== undefined && element.getBoundingClientRect().x < x - 20;
      },
      start,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a citizen rates a dossier at the result desk (staff signed in, survey token issued) and the answer is in the database', async () => {
    const { page, problems } = await open('/ket-qua.html');
    await page.waitForSelector('cqtt-survey');
    assert.match((await page.textContent('#signed-in')) ?? '', /Đã đăng nhập \(demo\)/);
    const dossierId = await page.inputValue('#dossier-id');
    assert.match(dossierId, /\S/);
    assert.equal((await staffGet<{ answered: boolean }>(`/api/v1/surveys/${dossierId}`)).answered, false);
    const delivered = page.evaluate(() => new Promise((resolve) => document.addEventListener('cqtt-survey-delivered', (event) => resolve((event as CustomEvent).detail), { once: true })));
    await page.locator('cqtt-survey [part="level"]').first().click();
    await page.locator('cqtt-survey [part="submit"]').click();
    assert.deepEqual(await delivered, { dossierId, duplicate: false });
    const status = await staffGet<{ answered: boolean; level: number }>(`/api/v1/surveys/${dossierId}`);
    assert.equal(status.answered, true);
    assert.equal(status.level, 5);
    await page.screenshot({ path: screenshot('result-survey-thanks') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('on the citizen\'s phone, the QR code\'s address votes with its token; a forged token keeps the vote and says why', async () => {
    const returned = await staffGet<{ id: string }[]>('/api/v1/dossiers?status=returned&limit=40');
    const unanswered: string[] = [];
    for (const { id } of returned) {
      if (!(await staffGet<{ answered: boolean }>(`/api/v1/surveys/${encodeURIComponent(id)}`)).answered) unanswered.push(id);
    }
    const [forgedId, validId] = unanswered; // the most recent: still within the survey period
    assert.ok(forgedId && validId, 'two unanswered returned dossiers');

    const forged = await open(`/ket-qua.html?id=${encodeURIComponent(forgedId)}&survey-token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl`);
    await forged.page.locator('cqtt-survey [part="level"]').first().click();
    await forged.page.locator('cqtt-survey [part="submit"]').click();
    // The thank-you, saying why the vote could not be delivered and that it is kept on the phone.
    await forged.page.waitForFunction(() => {
      const root = document.querySelector('cqtt-survey')?.shadowRoot;
      return root !== null && root !== undefined && root.querySelector('[part="submit"]') === null && /không hợp lệ.*vẫn được lưu/s.test(root.textContent ?? '');
    });
    assert.equal((await staffGet<{ answered: boolean }>(`/api/v1/surveys/${encodeURIComponent(forgedId)}`)).answered, false);
    assert.equal(await forged.page.locator('#signed-in').count(), 0, 'the citizen\'s phone signs nobody in');
    await forged.page.close();

    const { page, problems } = await open(`/ket-qua.html?id=${encodeURIComponent(validId)}&survey-token=${await surveyToken(validId)}`);
    const delivered = page.evaluate(() => new Promise((resolve) => document.addEventListener('cqtt-survey-delivered', (event) => resolve((event as CustomEvent).detail), { once: true })));
    await page.locator('cqtt-survey [part="level"]').nth(1).click();
    await page.locator('cqtt-survey [part="submit"]').click();
    assert.deepEqual(await delivered, { dossierId: validId, duplicate: false });
    assert.equal((await staffGet<{ level: number }>(`/api/v1/surveys/${encodeURIComponent(validId)}`)).level, 4);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the citizen\'s phone page (390 × 844) shows the dossier and the survey only, no staff look-up form (screenshot result-phone.png)', async () => {
    const [returned] = await staffGet<{ id: string }[]>('/api/v1/dossiers?status=returned&limit=1');
    assert.ok(returned);
    const page = await browser.newPage({ timezoneId: 'America/Los_Angeles', locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const problems = collectProblems(page);
    await page.goto(new URL(`/ket-qua.html?id=${encodeURIComponent(returned.id)}&survey-token=${await surveyToken(returned.id)}`, server.url).href);
    await page.locator('cqtt-survey [part="level"]').first().waitFor();
    assert.equal(await page.locator('#lookup').isVisible(), false, 'no "Mã hồ sơ / Tra cứu" form on the citizen\'s phone');
    assert.equal(await page.locator('#dossier-id').count(), 0, 'nothing to type a code into');
    assert.match((await page.textContent('#result-details')) ?? '', /mời Ông\/Bà đánh giá/);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: screenshot('result-phone') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the kiosk at 1366 × 768 shows the survey with its follow-up question on one screen, every touch target at least 44 px (screenshot kiosk-1366x768.png)', async () => {
    const page = await browser.newPage({ timezoneId: 'America/Los_Angeles', locale: 'vi-VN', viewport: { width: 1366, height: 768 }, hasTouch: true });
    const problems = collectProblems(page);
    await page.goto(new URL('/kiosk.html', server.url).href);
    const levels = page.locator('cqtt-survey[kiosk] [part="level"]');
    await levels.first().waitFor();
    await page.waitForLoadState('networkidle');
    // "Không hài lòng": the citizen is asked what the staff did not do well.
    await levels.nth(3).click();
    await page.locator('cqtt-survey[kiosk] [part="criteria"]').waitFor();
    await page.locator('cqtt-survey[kiosk]').evaluate((survey) => survey.scrollIntoView());
    const layout = await page.evaluate(() => {
      const survey = document.querySelector('cqtt-survey')!;
      const controls = [...survey.shadowRoot!.querySelectorAll<HTMLElement>('input, textarea, button')].map((control) => {
        const box = control.getBoundingClientRect();
        return { name: `${control.localName}[${control.getAttribute('type') ?? control.id}]`, width: box.width, height: box.height };
      });
      const box = survey.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: box.height, innerHeight, controls, scrollWidth: document.documentElement.scrollWidth };
    });
    assert.ok(layout.height <= 768, `the kiosk's survey is ${layout.height} px tall`);
    // scrollIntoView() may leave a fraction of a pixel above the screen.
    assert.ok(layout.top > -1 && layout.bottom <= layout.innerHeight, `the whole survey is on the screen: ${layout.top}–${layout.bottom}`);
    assert.ok(layout.scrollWidth <= 1366, 'no sideways scrolling');
    assert.ok(layout.controls.length > 18, `levels, criteria, fields and the button: ${layout.controls.length}`);
    assert.deepEqual(
      layout.controls.filter((control) => control.width < 44 || control.height < 44),
      [],
    );
    await page.screenshot({ path: screenshot('kiosk-1366x768') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the survey works at 200% zoom and in forced-colors mode: nothing cut off, every level reachable by keyboard, the choice visible without colour', async () => {
    // 200% zoom of a 1280 × 900 window is a 640 × 450 CSS-pixel viewport at twice the pixel density.
    const page = await browser.newPage({ timezoneId: 'America/Los_Angeles', locale: 'vi-VN', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const problems = collectProblems(page);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(new URL('/ket-qua.html', server.url).href);
    const levels = page.locator('cqtt-survey [part="level"]');
    await levels.first().waitFor();
    const layout = await page.evaluate(() => {
      const survey = document.querySelector('cqtt-survey')!;
      const boxes = [...survey.shadowRoot!.querySelectorAll('[part="level"]')].map((level) => {
        const box = level.getBoundingClientRect();
        return { left: box.left, right: box.right, clipped: level.scrollWidth > level.clientWidth + 1 || level.scrollHeight > level.clientHeight + 1 };
      });
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth, boxes };
    });
    assert.ok(layout.scrollWidth <= layout.innerWidth, `no horizontal scrolling: ${layout.scrollWidth} > ${layout.innerWidth}`);
    assert.equal(layout.boxes.length, 5);
    for (const box of layout.boxes) assert.ok(box.left >= 0 && box.right <= layout.innerWidth && !box.clipped, JSON.stringify(box));

    // Keyboard: Tab reaches the level group, the arrow keys move the choice and never submit.
    await levels.first().locator('input').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const checked = await page.evaluate(() => [...document.querySelector('cqtt-survey')!.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="level"] input')].findIndex((input) => input.checked));
    assert.equal(checked, 2);
    assert.equal(await page.locator('cqtt-survey [part="submit"]').count(), 1, 'still the form: arrows do not submit');

    const borders = await page.evaluate(() => {
      const labels = [...document.querySelector('cqtt-survey')!.shadowRoot!.querySelectorAll('[part="level"]')];
      return labels.map((label) => getComputedStyle(label).borderTopColor);
    });
    assert.notEqual(borders[2], borders[0], `the chosen level has its own border in forced colors: ${borders.join(', ')}`);
    assert.equal(borders[0], borders[1]);
    await page.screenshot({ path: screenshot('result-survey-zoom-forced-colors') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('on a Friday afternoon, staff see the warning for an appointment next Monday and the save is blocked; that Friday saves', async () => {
    const { page, problems } = await open('/tiep-nhan.html?now=2026-11-27T15:30');
    await page.waitForSelector('cqtt-friday-warning');
    await page.fill('#appointment', '2026-11-30');
    await page.dispatchEvent('#appointment', 'change');
    const warning = page.locator('cqtt-friday-warning [part="warning"]');
    await warning.waitFor();
    assert.match((await warning.textContent()) ?? '', /27\/11\/2026/);
    await page.click('#save');
    assert.match((await page.textContent('#save-status')) ?? '', /Không lưu/);
    await page.screenshot({ path: screenshot('receiving-friday-blocked') });

    await page.fill('#appointment', '2026-11-27');
    await page.dispatchEvent('#appointment', 'change');
    await warning.waitFor({ state: 'detached' });
    await page.click('#save');
    assert.match((await page.textContent('#save-status')) ?? '', /Đã lưu hồ sơ/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the receiving form lists every procedure, the agency\'s same-day ones first, and saves for an agency with no same-day registration', async () => {
    const agencies = await staffGet<{ code: string }[]>('/api/v1/agencies');
    const sameDay = await staffGet<{ agencyCode: string }[]>('/api/v1/same-day');
    const unregistered = agencies.filter((agency) => !sameDay.some((row) => row.agencyCode === agency.code));
    assert.ok(unregistered.length > 0, 'the seed has agencies without a same-day registration');
    const { page, problems } = await open('/tiep-nhan.html?now=2026-11-27T10:00');
    await page.waitForSelector('#procedure option', { state: 'attached' });
    const firstGroup = await page.locator('#procedure optgroup').first().getAttribute('label');
    assert.equal(firstGroup, 'Đăng ký giải quyết trong ngày');
    for (const { code } of unregistered) {
      await page.selectOption('#agency', code);
      assert.ok((await page.locator('#procedure option').count()) > 0, `${code}: procedures to choose from`);
    }
    await page.fill('#appointment', '2026-12-03');
    await page.dispatchEvent('#appointment', 'change');
    await page.click('#save');
    await page.waitForFunction(() => /Đã lưu hồ sơ/.test(document.getElementById('save-status')?.textContent ?? ''));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('?now= reaches the home page\'s clock and the dossier page\'s quick links, one of which breaks the Friday rule', async () => {
    const home = await open('/?now=2026-11-27T15:30');
    await home.page.waitForFunction(() => document.getElementById('server-time')?.textContent !== 'Đang tải…');
    assert.match((await home.page.textContent('#server-time')) ?? '', /27\/11\/2026.*15:3\d/);
    await home.page.close();

    const { page, problems } = await open('/ho-so.html?now=2026-11-27T15:30');
    const links = page.locator('#quick-picks a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    assert.ok(hrefs.every((href) => href.includes('now=2026-11-27T15%3A30') || href.includes('now=2026-11-27T15:30')), hrefs.join(' '));
    await page.click('#quick-picks a:text("Hồ sơ vi phạm quy tắc thứ Sáu")');
    const warning = page.locator('cqtt-friday-warning [part="warning"]');
    await warning.waitFor();
    assert.match((await warning.textContent()) ?? '', /tiếp nhận thứ Sáu/);
    const received = (await page.locator('#dossier-details').textContent()) ?? '';
    assert.match(received, /Ngày tiếp nhận\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/, 'the portal\'s dates as the plugin writes them: HH:mm DD/MM/YYYY');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('on the staff dossier page, a late dossier offers the apology document and a resolved one left open the closing reminder', async () => {
    const { page, problems } = await open('/ho-so.html');
    await page.click('#quick-picks a:text("Hồ sơ trễ hạn")');
    await page.locator('cqtt-apology-slip [part="slip"]').waitFor();

    await page.click('#quick-picks a:text("Hồ sơ quên kết thúc")');
    const reminder = page.locator('cqtt-closing-reminder [part="reminder"]');
    await reminder.waitFor();
    await page.locator('cqtt-closing-reminder [part="button"]').click();
    await page.locator('cqtt-closing-reminder [part="outcome"][data-outcome="done"]').waitFor();
    await page.screenshot({ path: screenshot('dossier-closing-reminder') });
    // The close is kept: after a reload the dossier is closed and the reminder does not come back.
    await page.reload();
    await page.locator('cqtt-closing-reminder').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelector('cqtt-closing-reminder')?.hasAttribute('empty') === true);
    assert.equal(await reminder.count(), 0);
    assert.doesNotMatch((await page.textContent('#dossier-details')) ?? '', /Kết thúc hồ sơ—/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a late dossier\'s apology document (Mẫu 04, TT 03/2025) prints alone on A4: no menu, ticker or badge (screenshot dossier-apology-print.png)', async () => {
    const { page, problems } = await open('/ho-so.html');
    await page.click('#quick-picks a:text("Hồ sơ trễ hạn")');
    const documentTitle = page.locator('cqtt-apology-slip [part="title"]');
    await documentTitle.waitFor();
    assert.equal(await documentTitle.textContent(), 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết');
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.click('cqtt-apology-slip button:text("In văn bản")');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['nav', 'cqtt-slogan-ticker', 'cqtt-same-day-badge', 'cqtt-friday-warning', 'h1', '#quick-picks', '#dossier-details']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    assert.equal(await page.locator('cqtt-apology-slip [part="slip"]').isVisible(), true);
    assert.equal(await page.locator('cqtt-apology-slip [part="button"]').first().isVisible(), false);
    const text = (await page.locator('cqtt-apology-slip [part="slip"]').textContent()) ?? '';
    for (const line of ['Độc lập - Tự do - Hạnh phúc', 'Kính gửi: Ông/Bà', 'THỦ TRƯỞNG CƠ QUAN']) assert.ok(text.includes(line), line);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pdfText = pdf.toString('latin1');
    // A letter is set in a serif face throughout, Vietnamese letters included: where the first face lacks ư, ơ or
    // ờ (Liberation Serif 1.x stands in for Times New Roman on Linux), a serif face that has them, never a sans.
    const faces = [...new Set([...pdfText.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([A-Za-z0-9-]+)/g)].map((match) => match[1]))];
    assert.deepEqual(faces.filter((face) => !/Serif/.test(face!)), [], `printed in ${faces.join(', ')}`);
    assert.match(pdfText, /\/Type \/Pages\s*\/Count 1\b/, 'one page');
    assert.match(pdfText, /\/MediaBox \[0 0 59[45]\.\d* 841\.\d*\]/, 'A4 (595 × 842 pt)');
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: screenshot('dossier-apology-print'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("the leaders' report: a summary with the seeded satisfaction first at 1366 × 768, printed on A4 landscape (screenshot report-summary.png)", async () => {
    const page = await browser.newPage({ timezoneId: 'America/Los_Angeles', locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
    const problems = collectProblems(page);
    await page.goto(new URL('/bao-cao.html', server.url).href);
    // The previous month is a whole seeded month on any day (the demo seeds 45 days back).
    await page.click('cqtt-report button:text("Kỳ trước")');
    await page.locator('cqtt-report [part="table"]').waitFor({ state: 'attached' });
    const summary = page.locator('cqtt-report [part="summary"]');
    const total = await summary.locator('tfoot td').allTextContents();
    assert.match(total[4] ?? '', /^\d{1,3}(,\d)?%$/, `satisfied or better: ${total.join(' | ')}`);
    assert.notEqual(total[4], '0%');
    assert.ok(((await summary.boundingBox())?.width ?? Infinity) <= 1366 - 16);
    assert.equal(await page.locator('cqtt-report [part="table"]').isVisible(), false, 'the full table waits behind its button');
    await page.screenshot({ path: screenshot('report-summary') });
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pageCount = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf)?.[1]);
    assert.ok(pageCount >= 1 && pageCount <= 3, `${pageCount} pages`);
    assert.match(pdf, /\/MediaBox \[0 0 841\.\d* 59[45]\.\d*\]/, 'A4 landscape (842 × 595 pt)');
    assert.doesNotMatch(pdf, /\/MediaBox \[0 0 59[45]\.\d* 841\.\d*\]/, 'no portrait page');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('every portal page starts with a skip link to its main content, before the menu', async () => {
    for (const file of demoPages.filter((name) => name !== 'led.html')) {
      const { page, problems } = await open(`/${file}`);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link', file);
      assert.equal(await page.locator('.skip-link').isVisible(), true, `${file}: visible when focused`);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', `${file}: focus in the main content`);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  it('a page whose element cannot be loaded says so in Vietnamese and keeps working', async () => {
    const page = await browser.newPage({ timezoneId: 'America/Los_Angeles', locale: 'vi-VN' });
    const problems = collectProblems(page);
    await page.route('**/cqtt/shared/survey.js', (route) => route.abort('connectionrefused'));
    await page.goto(new URL('/ket-qua.html', server.url).href);
    const note = page.locator('#survey .note');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', /^Không tải được tiện ích phiếu đánh giá mức độ hài lòng; phần còn lại của trang vẫn dùng bình thường\./);
    assert.match((await page.textContent('#result-details')) ?? '', /Mã hồ sơ/);
    assert.deepEqual(problems.filter((problem) => !problem.includes('net::ERR_CONNECTION_REFUSED')), []);
    await page.close();
  });
});
