// Size budgets, in bytes (gzip). A page with the badge, the warning, the survey and the ticker must stay
// small on a slow commune connection; the leaders' report never rides along.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserDir, combinedSize, ownSizes, staticClosure } from '../../scripts/bundle-sizes.mjs';

const KB = 1024;
const staffAndCitizenEntries = ['cqtt.js', 'same-day-badge.js', 'friday-warning.js', 'survey.js', 'slogan-ticker.js'];
const present = (flavour) => staffAndCitizenEntries.filter((entry) => existsSync(join(browserDir, flavour, entry)));

describe('bundle budgets', () => {
  it('the self-contained module with the badge, warning, survey and ticker is at most 30 KB gzip', () => {
    const size = combinedSize('self-contained', present('self-contained'));
    assert.ok(size.gzip <= 30 * KB, `${size.gzip} bytes gzip`);
  });

  it('each element\'s own code is at most 6 KB gzip', () => {
    for (const row of ownSizes('shared')) {
      assert.ok(row.gzip <= 6 * KB, `${row.entry}: ${row.gzip} bytes gzip`);
    }
  });

  it('a page that uses one element loads no other element (so never the report with the badge)', () => {
    for (const flavour of ['self-contained', 'shared']) {
      const flavourDir = join(browserDir, flavour);
      const entries = readdirSync(flavourDir).filter((name) => name.endsWith('.js'));
      for (const entry of entries) {
        const others = staticClosure(flavourDir, entry).filter((file) => file !== join(flavourDir, entry));
        for (const other of entries) assert.ok(!others.includes(join(flavourDir, other)), `${flavour}/${entry} loads ${other}`);
      }
    }
  });
});
