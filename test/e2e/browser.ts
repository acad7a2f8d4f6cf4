import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

/** Debian's Chromium driven by playwright-core; nothing is downloaded. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: chromiumArgs.filter((arg) => !arg.startsWith('--headless')) });
}

/**
 * Everything a page reports that a visitor would never want: console errors, page errors, and Content-Security-
 * Policy or Trusted Types violations (reported through `securitypolicyviolation`, which fires even when the
 * browser logs nothing).
 */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  void page.exposeFunction('__cqttReportViolation', (text: string) => problems.push(`csp: ${text}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cqttReportViolation: (text: string) => void }).__cqttReportViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return problems;
}

const fixtureTypes: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Libraries a host portal brings itself, served to the fixtures from node_modules. */
const hostLibraries: Readonly<Record<string, string>> = {
  'vendor/single-spa-layout.js': 'node_modules/single-spa-layout/dist/esm/single-spa-layout.min.js',
};

/**
 * Serves `test/e2e/fixtures/*` at `<origin>/__e2e/*` (host portal pages that embed the plugin), with the demo
 * server's own Content-Security-Policy, so the fixtures run under exactly the policy a demo page gets.
 */
export async function serveFixtures(page: Page, origin: string): Promise<void> {
  const policy = (await fetch(origin)).headers.get('content-security-policy') ?? '';
  await page.route(`${origin}/__e2e/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice('/__e2e/'.length);
    const type = fixtureTypes[extname(name)];
    if (!type || name.includes('..')) return route.fulfill({ status: 404 });
    const library = hostLibraries[name];
    const body = await readFile(library ?? join(import.meta.dirname, 'fixtures', name));
    return route.fulfill({ body, contentType: type, headers: { 'content-security-policy': policy } });
  });
}
