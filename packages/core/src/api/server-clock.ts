import type { SchedulerLike, Subscription } from 'rxjs';
import { asyncScheduler, map, noop, Observable, share, switchMap, timer } from 'rxjs';
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
 * subscribers and kept for the page: one who subscribes again within `resyncMs` of the last synchronisation reuses it. A failed first synchronisation errors the stream (we never
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
  // The samples one after another (each exchange answers once), then the best of them.
  let samples$ = sample.pipe(map((first) => [first]));
  for (let taken = 1; taken < sampleCount; taken += 1) {
    samples$ = samples$.pipe(switchMap((samples) => sample.pipe(map((next) => [...samples, next]))));
  }
  const synchronise = samples$.pipe(map(estimateOffset));

  // The offset in use, shared while anyone is subscribed and kept for the page after the last one leaves: the first
  // synchronisation's (its failure errors every subscriber), then, every resyncMs after it, a re-synchronisation's.
  // One that fails keeps the offset; one still running when the next is due is left to finish, and that next one is
  // skipped. A subscriber who comes back within resyncMs of the last synchronisation reuses its offset at once, so
  // a remount costs no sample.
  let latest: ClockOffset | undefined;
  let syncedAt = 0;
  const offset$ = new Observable<ClockOffset>((subscriber) => {
    let resync: Subscription | undefined;
    const use = (offset: ClockOffset) => {
      syncedAt = scheduler.now();
      subscriber.next((latest = offset));
    };
    subscriber.add(() => resync?.unsubscribe());
    const resyncs = (dueMs: number) =>
      timer(dueMs, resyncMs, scheduler).subscribe(() => {
        if (resync === undefined || resync.closed) resync = synchronise.subscribe({ next: use, error: noop });
      });
    const sinceSync = scheduler.now() - syncedAt;
    if (latest && sinceSync < resyncMs) {
      subscriber.next(latest);
      subscriber.add(resyncs(resyncMs - sinceSync));
      return;
    }
    latest = undefined;
    subscriber.add(
      synchronise.subscribe({ next: use, error: (error: unknown) => subscriber.error(error), complete: () => subscriber.add(resyncs(resyncMs)) }),
    );
  }).pipe(share());

  // Each subscriber ticks from when an offset is known (at once when another subscriber's synchronisation gave one),
  // reading the offset in use at every tick: a re-synchronisation changes the offset, not the rhythm.
  return new Observable<Instant>((subscriber) => {
    let ticks: Subscription | undefined;
    const tickFromNow = () => {
      ticks ??= timer(0, tickMs, scheduler).subscribe(() => {
        if (latest) subscriber.next(Math.round(localClock() + latest.offsetMs));
      });
    };
    subscriber.add(offset$.subscribe({ next: tickFromNow, error: (error: unknown) => subscriber.error(error) }));
    if (latest) tickFromNow();
    return () => ticks?.unsubscribe();
  });
}
