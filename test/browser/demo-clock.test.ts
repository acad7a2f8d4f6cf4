import { expect } from '@open-wc/testing';
import { firstValueFrom, of, take, toArray } from 'rxjs';
import type { PortalAdapter } from '@cqtt/core';
import { demoNowFrom, withDemoClock } from '../../demo/lib/demo-clock.js';

const fridayAfternoon = Date.UTC(2026, 10, 27, 8, 30); // 27/11/2026 15:30 in Vietnam

describe('the demo clock (?now=)', () => {
  it('reads a Vietnam wall-clock time, whatever the browser\'s time zone', () => {
    expect(demoNowFrom('?now=2026-11-27T15:30')).to.equal(fridayAfternoon);
    expect(demoNowFrom('?now=2026-01-01T00:00')).to.equal(Date.UTC(2025, 11, 31, 17, 0));
    expect(demoNowFrom('')).to.equal(undefined);
    expect(demoNowFrom('?agency=x')).to.equal(undefined);
  });

  it('refuses a malformed or impossible time with a bilingual message', () => {
    for (const bad of ['?now=27/11/2026', '?now=2026-02-30T10:00', '?now=2026-11-27T24:00', '?now=2026-11-27T15:60', '?now=2026-11-27']) {
      expect(() => demoNowFrom(bad), bad).to.throw(RangeError, /Tham số now không hợp lệ.*Invalid now parameter/);
    }
  });

  it('starts the server clock at that time and lets it run on, leaving the rest of the adapter as it was', async () => {
    const serverNow = Date.UTC(2026, 10, 25, 4, 0);
    const dossier$ = of({ id: 'PL-1' });
    const adapter = {
      serverTime$: of(serverNow, serverNow + 1000, serverNow + 2000),
      messages$: of([]),
      dossier$: (id: string) => (id === 'PL-1' ? dossier$ : of()),
    } as unknown as PortalAdapter;
    const shifted = withDemoClock(adapter, fridayAfternoon);
    expect(await firstValueFrom(shifted.serverTime$.pipe(take(3), toArray()))).to.deep.equal([fridayAfternoon, fridayAfternoon + 1000, fridayAfternoon + 2000]);
    expect(shifted.messages$).to.equal(adapter.messages$);
    expect(shifted.dossier$('PL-1')).to.equal(dossier$);
  });
});
