/**
 * Where new messages come into the ticker's strip (packages/elements/src/slogan-ticker/ticker-lineup.ts) is pure: checked
 * here on laid-out lines, without a browser.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type PlacedLine, lineUp } from '../../packages/elements/src/slogan-ticker/ticker-lineup.js';
import type { TickerItem } from '../../packages/elements/src/slogan-ticker/ticker-items.js';

const line = (id: string, kind: TickerItem['kind'] = 'slogan'): TickerItem => ({ id, kind, text: id });
const [a, b, c] = [line('a'), line('b'), line('c')];
const hotline = line('hotline', 'hotline');

/** Lines of the given widths side by side from 0. */
function laidOut(items: readonly TickerItem[], widths: readonly number[]): PlacedLine[] {
  let start = 0;
  return items.map((item, index) => {
    const placed = { item, start, end: start + widths[index]! };
    start = placed.end;
    return placed;
  });
}

describe('the ticker\'s lineup of new messages', () => {
  it('before the strip moves: the new list at once, from its first hotline', () => {
    assert.deepEqual(lineUp([a, b, hotline, c]), { lead: [hotline, c], offset: 0 });
    assert.deepEqual(lineUp([hotline, a]), { lead: [], offset: 0 });
    assert.deepEqual(lineUp([a, b]), { lead: [], offset: 0 });
  });

  it('while it moves: the lines on screen stay where they are, then the new list from its hotline', () => {
    const lines = laidOut([a, b, c, a, b, c], [500, 300, 400, 500, 300, 400]);
    // The screen shows [650, 1290): the end of b, all of c and the start of the copy's a.
    const lineup = lineUp([c, hotline, b], { lines, position: 650, width: 640 });
    assert.deepEqual(lineup, { lead: [b, c, a, hotline, b], offset: 150 });
  });

  it('keeps a line that only touches the screen out of it', () => {
    const lines = laidOut([a, b], [500, 300]);
    assert.deepEqual(lineUp([hotline], { lines, position: 0, width: 500 }), { lead: [a], offset: 0 });
  });

  it('changes at once a list shorter than the screen, whose blank end is in view', () => {
    const lines = [
      { item: a, start: 0, end: 200 },
      { item: a, start: 640, end: 840 },
    ];
    assert.deepEqual(lineUp([b, hotline], { lines, position: 100, width: 640 }), { lead: [hotline], offset: 0 });
  });

  it('keeps a blank before the first line on screen as a negative offset', () => {
    const lines = [
      { item: a, start: 0, end: 200 },
      { item: b, start: 640, end: 900 },
      { item: a, start: 900, end: 1100 },
    ];
    assert.deepEqual(lineUp([c], { lines, position: 300, width: 640 }), { lead: [b, a], offset: -340 });
  });
});
