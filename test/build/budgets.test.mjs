// Size budgets, in bytes of gzip (issue 10): what a page on a slow commune connection downloads. The elements
// that meet the 6 KB budget are held to it. The survey's and the report's own code and the page with the badge,
// warning, survey and ticker do not meet their budgets yet (README, "Figures"); until they do, they are held to
// ceilings at their size on 2 Dec 2026 (survey 13.4 KB, report 6.7 KB, page 55.5 KB, rounded up to the next
// 0.1 KB), so that they can only shrink. Lower a ceiling whenever a change makes the bundle smaller. The page's
// ceiling went up once, on 4 Dec 2026, to 56.8 KB: 1.1 KB for what issue 16 costs the staff elements (the portal's
// calendar for the years in play, the "dự kiến" mark of a date counted on a year not announced yet), and 0.2 KB
// the badge's Friday judgement (a916e4e) had added. On 5 Dec 2026 the survey fetches its outbox (IndexedDB and the
// delivery) while it first renders (issue 18): the survey's ceiling goes down to 11.7 KB (11,960 B measured) and the
// page's to 56.6 KB (57,876 B).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { budgetPageEntries, combinedSize, ownSizes } from '../../scripts/bundle-sizes.mjs';

const KB = 1024;
const elementBudget = 6 * KB;
/** The elements whose own code is over the 6 KB budget, with the ceiling each is held to meanwhile. */
const overBudget = new Map([
  ['survey.js', 11.7 * KB],
  ['report.js', 6.7 * KB],
  // The administration console (issue 16), loaded only on the admin page: five views and their forms, and the
  // HTTP admin adapter with the admin contract's schemas that the page builds it with.
  ['admin.js', 10.5 * KB],
]);
const pageCeiling = 56.6 * KB;
const kilobytes = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

describe('bundle budgets', () => {
  it('each element\'s own code is at most 6 KB gzip, but for the survey and the report, which may not grow', () => {
    const elements = ownSizes('shared').filter((row) => row.entry !== 'cqtt.js');
    assert.ok(elements.length >= 7, `expected every element entry, found ${elements.map((row) => row.entry).join(', ')}`);
    for (const row of elements) {
      const limit = overBudget.get(row.entry) ?? elementBudget;
      assert.ok(row.gzip <= limit, `${row.entry}: ${kilobytes(row.gzip)} gzip, limit ${kilobytes(limit)}`);
    }
  });

  it('the self-contained page with the badge, warning, survey and ticker does not grow past 56.6 KB gzip (budget 30 KB)', () => {
    const size = combinedSize('self-contained', budgetPageEntries);
    assert.ok(size.gzip <= pageCeiling, `${kilobytes(size.gzip)} gzip`);
  });
});
