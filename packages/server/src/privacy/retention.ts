import type { Instant } from '@cqtt/core';
import { advisoryLock } from '../db/advisory-lock.js';
import { startExclusiveJob } from '../db/exclusive-job.js';
import type { Queryable, Transactional } from '../db/sql-client.js';

export type { Queryable, Transactional } from '../db/sql-client.js';

const dayMs = 86_400_000;

/**
 * Deletes the call-back phone numbers whose survey was received `retentionDays` (× 24 h) or more before `now`: sets
 * `phone` to null and `callback_consent` to false in table `surveys` (columns `dossier_id`, `phone`,
 * `callback_consent`, `received_at timestamptz`). A phone stored without consent, which should never happen, is
 * deleted at once whatever its age. Returns how many surveys lost their phone number.
 */
export async function purgeExpiredPhones(db: Queryable, now: Instant, retentionDays: number): Promise<number> {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new RangeError(`The retention period must be a whole number of days, at least 1, got ${retentionDays}.`);
  }
  const limit = new Date(now - retentionDays * dayMs).toISOString();
  const result = await db.query<{ dossier_id: string }>(
    `update surveys set phone = null, callback_consent = false
      where phone is not null and (received_at <= $1::timestamptz or callback_consent is not true)
      returning dossier_id`,
    [limit],
  );
  return result.rows.length;
}

/** What the retention job tells its owner after each run. */
export interface RetentionJobEvents {
  /** After a run, with how many phone numbers it deleted. */
  readonly onPurged?: (count: number) => void;
  /** When a run failed; the job keeps running and tries again at the next interval. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Runs `purgeExpiredPhones` now and then every `intervalMs` (default one hour), one instance at a time
 * (`startExclusiveJob`). Returns `stop`, which resolves once a run in progress has finished.
 */
export function startRetentionJob(
  db: Transactional,
  settings: { readonly phoneRetentionDays: number },
  clock: () => Instant,
  intervalMs = 3_600_000,
  events: RetentionJobEvents = {},
): () => Promise<void> {
  return startExclusiveJob(db, advisoryLock.retention, (tx) => purgeExpiredPhones(tx, clock(), settings.phoneRetentionDays), intervalMs, {
    ...(events.onPurged && { onRun: events.onPurged }),
    ...(events.onError && { onError: events.onError }),
  });
}
