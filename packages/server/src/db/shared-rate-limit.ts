import type { Instant } from '@cqtt/core';
import type { RateLimitConfig } from '../config.js';
import type { RateDecision, RateLimit } from '../http/rate-limit.js';
import type { Queryable } from './sql-client.js';

/**
 * One budget per client for every instance on one PostgreSQL database: fixed windows aligned on multiples of
 * `windowMs` since the epoch, so all instances agree on them, counted in table `rate_limits` (one row per client,
 * unlogged: losing the counts in a crash only restarts the windows) by an atomic upsert.
 */
export class SharedRateLimiter implements RateLimit {
  readonly #db: Queryable;
  readonly #config: RateLimitConfig;

  constructor(db: Queryable, config: RateLimitConfig) {
    this.#db = db;
    this.#config = config;
  }

  async take(client: string, now: Instant): Promise<RateDecision> {
    const { requests, windowMs } = this.#config;
    if (requests === 0) return { allowed: true };
    const windowStart = Math.floor(now / windowMs) * windowMs;
    let counted: { count: number; window_start: number } | undefined;
    try {
      counted = await this.#count(client.replace(/\0/g, '').slice(0, 200), windowStart);
    } catch {
      // The limit protects the database; when it cannot be reached the request fails or succeeds on its own.
      return { allowed: true };
    }
    if (!counted || counted.count <= requests) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((counted.window_start + windowMs - now) / 1000)) };
  }

  async #count(client: string, windowStart: number): Promise<{ count: number; window_start: number } | undefined> {
    // An instance whose clock lags never moves a client's window back.
    return (
      await this.#db.query<{ count: number; window_start: number }>(
        `insert into rate_limits (client, window_start, count) values ($1, $2, 1)
         on conflict (client) do update set
           count = case when rate_limits.window_start >= excluded.window_start then rate_limits.count + 1 else 1 end,
           window_start = greatest(rate_limits.window_start, excluded.window_start)
         returning count, window_start`,
        [client, windowStart],
      )
    ).rows[0];
  }
}

/** Forgets the clients whose window ended before `now - windowMs`; returns how many. */
export async function purgeRateLimits(db: Queryable, now: Instant, windowMs: number): Promise<number> {
  return (await db.query('delete from rate_limits where window_start < $1 returning client', [now - 2 * windowMs])).rows.length;
}
