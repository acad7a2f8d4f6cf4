import type { Queryable } from './sql-client.js';

/** Advisory locks are keyed (cqtt, purpose) so they never collide with another application's on a shared server. */
const lockSpace = 0x63717474;

/** The purposes of cqtt's advisory locks. */
export const advisoryLock = { migrations: 1, retention: 2, idempotencyPurge: 3, rateLimitPurge: 4 } as const;

/** Takes advisory lock `purpose` until the end of the current transaction, waiting for another holder to finish. */
export async function lockForTransaction(tx: Queryable, purpose: number): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1::int, $2::int)', [lockSpace, purpose]);
}

/** Takes advisory lock `purpose` until the end of the current transaction if no one holds it; says whether it did. */
export async function tryLockForTransaction(tx: Queryable, purpose: number): Promise<boolean> {
  const rows = (await tx.query<{ locked: boolean }>('select pg_try_advisory_xact_lock($1::int, $2::int) as locked', [lockSpace, purpose])).rows;
  return rows[0]?.locked === true;
}
