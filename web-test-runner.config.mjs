import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { realServerMiddleware } from './test/browser/real-server-middleware.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');

/** Tells the tests which zone the browser was started in, so they can check it really runs there. */
const testZonePlugin = {
  name: 'cqtt-test-zone',
  serve(context) {
    if (context.path === '/__cqtt/test-zone') return { body: JSON.stringify({ zone: process.env.TZ ?? null }), type: 'json' };
    return undefined;
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['packages/elements/test/**/*.test.ts', 'packages/microfrontend/test/**/*.test.ts', 'test/browser/**/*.test.ts'],
  // The real reference server under /api/v1/, with fault injection under /__cqtt/ (test/browser/survey-real-server.test.ts).
  middleware: [realServerMiddleware],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), testZonePlugin],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } })],
  // Headless Chromium gives no animation frames to a background tab, so test files run one at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['packages/elements/src/**', 'packages/microfrontend/src/**'],
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
};
