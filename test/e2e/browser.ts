import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

/** Debian's Chromium driven by playwright-core; nothing is downloaded. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: chromiumArgs.filter((arg) => !arg.startsWith('--headless')) });
}

/** Everything a page reports that a visitor would never want: console errors, page errors, CSP violations. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}
