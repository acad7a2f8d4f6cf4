// Runs the browser tests in headless Chromium twice: once with the browser in Vietnam's zone and
// once in Los Angeles, where a Friday 16:30 in Vietnam is still Friday 01:30. Verdicts must not move.
import { spawnSync } from 'node:child_process';

const zones = (process.env.CQTT_BROWSER_ZONES ?? 'America/Los_Angeles,Asia/Ho_Chi_Minh').split(',');
zones.forEach((zone, index) => {
  console.log(`\n# Browser tests, TZ=${zone}`);
  const args = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'];
  if (index === 0) args.push('--coverage');
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (result.status !== 0) process.exit(result.status ?? 1);
});
