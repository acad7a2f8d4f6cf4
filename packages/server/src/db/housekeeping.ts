import type { Instant } from '@cqtt/core';
import { startRetentionJob } from '../privacy/retention.js';
import { advisoryLock } from './advisory-lock.js';
import { startExclusiveJob } from './exclusive-job.js';
import { purgeRateLimits } from './shared-rate-limit.js';
import type { Queryable, SqlClient } from './sql-client.js';

/** How long a survey's idempotency key is kept: a client retries within minutes, a kiosk queue within a day. */
export const idempotencyKeyLifetimeMs = 7 * 86_400_000;

/** Forgets the answered idempotency keys created before `before`; returns how many. */
export async function purgeIdempotencyKeys(db: Queryable, before: Instant): Promise<number> {
  return (await db.query(`delete from idempotency_keys where state = 'done' and created_at < $1 returning key`, [new Date(before).toISOString()])).rows.length;
}

/** What the housekeeping needs to know. */
export interface HousekeepingSettings {
  readonly intervalMs: number;
  readonly phoneRetentionDays: number;
  readonly rateWindowMs: number;
}

/**
 * Starts the periodic jobs, each run by one instance at a time (`startExclusiveJob`): the call-back phones'
 * retention, and forgetting answered idempotency keys older than a week and rate-limit rows of ended windows.
 * Returns `stop`, which waits for runs in progress.
 */
export function startHousekeeping(db: SqlClient, settings: HousekeepingSettings, clock: () => Instant, log?: (line: string) => void): () => Promise<void> {
  const failed = (job: string) => (error: unknown) =>
    log?.(`${job}: failed (${error instanceof Error ? error.name : 'unknown error'}); trying again in ${settings.intervalMs / 1000} s`);
  const stops = [
    startRetentionJob(db, settings, clock, settings.intervalMs, {
      onPurged: (count) => {
        if (count > 0) log?.(`retention: deleted ${count} call-back phone number(s) older than ${settings.phoneRetentionDays} days`);
      },
      onError: failed('retention'),
    }),
    startExclusiveJob(
      db,
      advisoryLock.idempotencyPurge,
      async (tx) => {
        const now = clock();
        return { keys: await purgeIdempotencyKeys(tx, now - idempotencyKeyLifetimeMs), rateRows: await purgeRateLimits(tx, now, settings.rateWindowMs) };
      },
      settings.intervalMs,
      { onError: failed('purge') },
    ),
  ];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
