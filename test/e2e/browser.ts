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
  'vendor/import-map-injector.js': 'node_modules/@single-spa/import-map-injector/lib/import-map-injector.js',
  'vendor/system.js': 'node_modules/systemjs/dist/system.min.js',
  'vendor/single-spa.system.js': 'node_modules/single-spa/lib/es5/system/single-spa.min.js',
};

/** What a fixture changes in the demo server's policy, and files it serves that a test makes (README snippets). */
export interface FixtureOptions {
  readonly policy?: (name: string, policy: string) => string;
  readonly generated?: Readonly<Record<string, () => string>>;
}

/**
 * Serves `test/e2e/fixtures/*` at `<origin>/__e2e/*` (host portal pages that embed the plugin), with the demo
 * server's own Content-Security-Policy (or the fixture's variant of it), so the fixtures run under exactly the policy
 * a demo page gets.
 */
export async function serveFixtures(page: Page, origin: string, options: FixtureOptions = {}): Promise<void> {
  const policy = (await fetch(origin)).headers.get('content-security-policy') ?? '';
  await page.route(`${origin}/__e2e/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice('/__e2e/'.length);
    const type = fixtureTypes[extname(name)];
    if (!type || name.includes('..')) return route.fulfill({ status: 404 });
    const library = hostLibraries[name];
    const generated = options.generated?.[name];
    const body = generated ? generated() : await readFile(library ?? join(import.meta.dirname, 'fixtures', name));
    const headers = { 'content-security-policy': options.policy ? options.policy(name, policy) : policy };
    return route.fulfill({ body, contentType: type, headers });
  });
}
