import { expect } from '@open-wc/testing';

const instants = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)];
const options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' };

// The date tests are only worth something if the browser really runs in the zone the script asked for.
// Compared by wall-clock readings, since Chromium may report an alias (Asia/Saigon).
describe('the browser under test', () => {
  it('runs in the time zone the test script started it in', async () => {
    const { zone } = (await (await fetch('/__cqtt/test-zone')).json()) as { zone: string | null };
    if (zone === null) return;
    for (const instant of instants) {
      const local = new Intl.DateTimeFormat('en-GB', options).format(instant);
      const expected = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone }).format(instant);
      expect(local).to.equal(expected);
    }
  });
});
