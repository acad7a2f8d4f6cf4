import { tryLockForTransaction } from './advisory-lock.js';
import type { Queryable, Transactional } from './sql-client.js';

/** What a periodic job tells its owner after each run. */
export interface ExclusiveJobEvents<T> {
  /** After a run, with its result. */
  readonly onRun?: (result: T) => void;
  /** When another instance was running the job, so this one left it. */
  readonly onSkipped?: () => void;
  /** When a run failed; the job keeps running and tries again at the next interval. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Runs `task` now and then every `intervalMs` on an unref'd timer, so it never keeps the process alive; a run never
 * overlaps the previous one. Each run is one transaction that first takes advisory lock `purpose` if it is free, so
 * of many instances on one PostgreSQL database only one runs the job at a time (the others skip that round).
 * Returns `stop`, which clears the timer and resolves once a run in progress has finished.
 */
export function startExclusiveJob<T>(
  db: Transactional,
  purpose: number,
  task: (tx: Queryable) => Promise<T>,
  intervalMs: number,
  events: ExclusiveJobEvents<T> = {},
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = (): void => {
    if (running) return;
    running = db
      .transaction(async (tx) => ((await tryLockForTransaction(tx, purpose)) ? { result: await task(tx) } : undefined))
      .then(
        (ran) => (ran ? events.onRun?.(ran.result) : events.onSkipped?.()),
        (error: unknown) => events.onError?.(error),
      )
      .finally(() => {
        running = undefined;
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
