import type { Observable, SchedulerLike } from 'rxjs';
import { asyncScheduler, catchError, concat, defer, EMPTY, exhaustMap, map, shareReplay, switchMap, take, timer, toArray, withLatestFrom } from 'rxjs';
import type { Instant } from '../calendar/time-types.js';

/** One exchange with the server's clock: local times around the request, and the server's reading. */
export interface ClockSample {
  /** Local clock when the request left. */
  readonly sentAt: number;
  /** Local clock when the answer arrived. */
  readonly receivedAt: number;
  /** The server's clock in its answer. */
  readonly serverEpochMs: Instant;
}

/** What the server's clock is ahead of ours by (negative when behind), and how sure we are. */
export interface ClockOffset {
  readonly offsetMs: number;
  /** The round trip of the sample used: the offset is right within half of it. */
  readonly roundTripMs: number;
}

/**
 * NTP-style estimate: the server read its clock about halfway through the round trip, so
 * offset = server − (sent + received) / 2; of several samples, the one with the shortest round trip wins.
 */
export function estimateOffset(samples: readonly ClockSample[]): ClockOffset {
  let best: ClockOffset | undefined;
  for (const sample of samples) {
    const roundTripMs = Math.max(0, sample.receivedAt - sample.sentAt);
    if (best === undefined || roundTripMs < best.roundTripMs) {
      best = { offsetMs: sample.serverEpochMs - (sample.sentAt + sample.receivedAt) / 2, roundTripMs };
    }
  }
  if (best === undefined) throw new RangeError('estimateOffset needs at least one sample.');
  return best;
}

/** How the server clock is kept. */
export interface ServerClockOptions {
  /** Samples per synchronisation (default 3), taken one after another. */
  readonly samples?: number;
  /** Re-synchronise this often while subscribed (default 10 minutes). */
  readonly resyncMs?: number;
  /** Emit this often (default 1,000 ms). */
  readonly tickMs?: number;
}

/**
 * The server's time as a stream: synchronises (several samples, best round trip), then emits local clock + offset
 * at once and every tick, for each subscriber; re-synchronises periodically in the background. The offset is shared between
 * subscribers and dropped when the last one leaves. A failed first synchronisation errors the stream (we never
 * fall back to the PC's clock alone); a failed re-synchronisation keeps the previous offset.
 */
export function createServerClock(
  sample: Observable<ClockSample>,
  localClock: () => number,
  options: ServerClockOptions = {},
  scheduler: SchedulerLike = asyncScheduler,
): Observable<Instant> {
  const sampleCount = Math.max(1, options.samples ?? 3);
  const resyncMs = options.resyncMs ?? 10 * 60_000;
  const tickMs = options.tickMs ?? 1000;
  const synchronise = defer(() => concat(...Array.from({ length: sampleCount }, () => sample))).pipe(toArray(), map(estimateOffset));
  const offset$ = concat(
    synchronise,
    timer(resyncMs, resyncMs, scheduler).pipe(exhaustMap(() => synchronise.pipe(catchError(() => EMPTY)))),
  ).pipe(shareReplay({ bufferSize: 1, refCount: true }));
  // Ticks start once the first offset is known; a re-synchronisation changes the offset, not the rhythm.
  return offset$.pipe(
    take(1),
    switchMap(() => timer(0, tickMs, scheduler)),
    withLatestFrom(offset$),
    map(([, { offsetMs }]) => Math.round(localClock() + offsetMs)),
  );
}
