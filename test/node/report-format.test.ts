/**
 * The report's figures and their formats (packages/elements/src/report/figures.ts, columns.ts, format.ts) are pure: the shares
 * of the summary, the screen's formats per language, and the CSV's one machine-readable format are checked here
 * without a browser.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportRow } from '@cqtt/core';
import { summaryFigure, summaryIds } from '../../packages/elements/src/report/figures.js';
import { csvFigure, formatFigure } from '../../packages/elements/src/report/columns.js';
import { formatShare, numberLocale } from '../../packages/elements/src/report/format.js';

const row: ReportRow = {
  agencyCode: 'x',
  received: 1234,
  resolved: 9,
  returned: 8,
  early: 1,
  onTime: 5,
  late: 3,
  sameDayEligible: 3,
  sameDayResolved: 2,
  fridayReceived: 0,
  fridayReturned: 0,
  resolvedNotClosed: 1,
  surveys: 6,
  satisfaction: [1, 0, 1, 2, 2],
};

describe('report figures and formats', () => {
  it('gives the summary its shares: on time or early of those judged, satisfied or better of the answers', () => {
    assert.deepEqual(
      summaryIds.map((id) => summaryFigure(row, id)),
      [{ count: 6, of: 9 }, { count: 2, of: 3 }, { count: 0, of: 0 }, 1, { count: 4, of: 6 }],
    );
  });

  it('formats as on screen: "66,7%" and "1.234" in Vietnamese, "66.7%" and "1,234" in English', () => {
    const vi = numberLocale('vi');
    const en = numberLocale('en');
    assert.equal(formatShare({ count: 2, of: 3 }, vi), '66,7%');
    assert.equal(formatShare({ count: 2, of: 3 }, en), '66.7%');
    assert.equal(formatShare({ count: 0, of: 0 }, vi), undefined);
    assert.equal(formatFigure(1234, vi, '—'), '1.234');
    assert.equal(formatFigure({ count: 1234, of: 2000 }, vi, '—'), '61,7% (1.234/2.000)');
    assert.equal(formatFigure({ count: 1234, of: 2000 }, en, '—'), '61.7% (1,234/2,000)');
    assert.equal(formatFigure({ count: 0, of: 0 }, en, '—'), '—');
  });

  it('keeps the CSV machine-readable in every language: plain numbers, dot decimals, no percent sign', () => {
    assert.equal(csvFigure(1234), 1234);
    assert.equal(csvFigure({ count: 2, of: 3 }), 66.7);
    assert.equal(String(csvFigure({ count: 1, of: 3 })), '33.3');
    assert.equal(csvFigure({ count: 0, of: 0 }), '');
  });
});
