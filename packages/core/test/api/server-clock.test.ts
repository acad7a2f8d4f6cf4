import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defer, map, take, throwError, timer, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { createServerClock, estimateOffset, NetworkError, type ClockSample } from '@cqtt/core';

describe('estimateOffset', () => {
  it('takes the midpoint of the sample with the shortest round trip', () => {
    const samples: ClockSample[] = [
      { sentAt: 1000, receivedAt: 1600, serverEpochMs: 61_100 },
      { sentAt: 2000, receivedAt: 2100, serverEpochMs: 62_050 },
      { sentAt: 3000, receivedAt: 3300, serverEpochMs: 63_000 },
    ];
    assert.deepEqual(estimateOffset(samples), { offsetMs: 60_000, roundTripMs: 100 });
  });

  it('needs at least one sample', () => {
    assert.throws(() => estimateOffset([]), RangeError);
  });
});

/** Local clock: virtual time. The "server" runs `serverAheadMs()` ahead; each exchange takes `roundTripMs`. */
function virtualServer(scheduler: TestScheduler, serverAheadMs: () => number, roundTripMs: number, fail: () => boolean = () => false) {
  let requests = 0;
  const sample: Observable<ClockSample> = defer(() => {
    requests += 1;
    const sentAt = scheduler.now();
    if (fail()) return throwError(() => new NetworkError('down'));
    return timer(roundTripMs).pipe(
      map(() => ({ sentAt, serverEpochMs: sentAt + roundTripMs / 2 + serverAheadMs(), receivedAt: scheduler.now() })),
    );
  });
  return { sample, requests: () => requests };
}

describe('createServerClock', () => {
  it('synchronises with a few samples, then ticks every second from local time + offset', () => {
    const scheduler = new TestScheduler((actual, expected) => assert.deepEqual(actual, expected));
    scheduler.run(({ expectObservable }) => {
      const server = virtualServer(scheduler, () => 3_600_000, 20);
      const clock = createServerClock(server.sample, () => scheduler.now(), { samples: 3 });
      expectObservable(clock.pipe(take(3))).toBe('60ms a 999ms b 999ms (c|)', { a: 3_600_060, b: 3_601_060, c: 3_602_060 });
    });
  });

  it('shares one synchronisation between subscribers, keeps its offset for the page, and starts afresh once it is resyncMs old', () => {
    const scheduler = new TestScheduler((actual, expected) => assert.deepEqual(actual, expected));
    scheduler.run(({ expectObservable, cold }) => {
      const server = virtualServer(scheduler, () => 0, 10);
      const clock = createServerClock(server.sample, () => scheduler.now(), { samples: 2, resyncMs: 2500 });
      expectObservable(clock, '^ 1500ms !').toBe('20ms a 999ms b', { a: 20, b: 1020 });
      expectObservable(clock, '5ms ^ 1500ms !').toBe('20ms a 999ms b', { a: 20, b: 1020 });
      // Back 2 s after the synchronisation (a remount): the page's offset at once, no sample.
      expectObservable(clock, '2000ms ^ 100ms !').toBe('2000ms a', { a: 2000 });
      expectObservable(cold('2200ms a').pipe(map(() => server.requests()))).toBe('2200ms a', { a: 2 });
      // Back when the offset is older than resyncMs: synchronised again first.
      expectObservable(clock, '3000ms ^ 100ms !').toBe('3020ms a', { a: 3020 });
      expectObservable(cold('3200ms a').pipe(map(() => server.requests()))).toBe('3200ms a', { a: 4 });
    });
  });

  it('re-synchronises periodically and keeps the old offset when that fails', () => {
    const scheduler = new TestScheduler((actual, expected) => assert.deepEqual(actual, expected));
    scheduler.run(({ expectObservable }) => {
      let ahead = 500;
      let down = false;
      const server = virtualServer(scheduler, () => ahead, 0, () => down);
      scheduler.schedule(() => (ahead = 800), 1500);
      scheduler.schedule(() => (down = true), 3000);
      const clock = createServerClock(server.sample, () => scheduler.now(), { samples: 1, resyncMs: 2500, tickMs: 1000 });
      // At 2500 the offset becomes 800; at 5000 the re-sync fails and 800 stays. One tick a second throughout.
      expectObservable(clock.pipe(take(6))).toBe('a 999ms b 999ms c 999ms d 999ms e 999ms (f|)', {
        a: 500,
        b: 1500,
        c: 2500,
        d: 3800,
        e: 4800,
        f: 5800,
      });
    });
  });

  it('errors when the first synchronisation fails', () => {
    const scheduler = new TestScheduler((actual, expected) => assert.deepEqual(actual, expected));
    scheduler.run(({ expectObservable }) => {
      const server = virtualServer(scheduler, () => 0, 0, () => true);
      expectObservable(createServerClock(server.sample, () => scheduler.now())).toBe('#', undefined, new NetworkError('down'));
    });
  });
});
