import { HttpStatusError, NetworkError, TimeoutError } from './errors.js';

/** How a failed request is tried again: exponential backoff with full jitter. */
export interface RetryPolicy {
  /** Tries in all, the first included; 1 means never retry. */
  readonly attempts: number;
  /** The ceiling of the first wait; it doubles with each retry. */
  readonly baseDelayMs: number;
  /** The ceiling of any wait. A `Retry-After` longer than this is not waited for: the error goes to the caller. */
  readonly maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 5000 };

/**
 * The wait before retry number `retryIndex` (0 for the first retry): a uniform random time between 0 and
 * min(maxDelayMs, baseDelayMs × 2^retryIndex) ("full jitter", so clients that failed together do not retry together).
 */
export function backoffDelay(retryIndex: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

const httpDate = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Reads a `Retry-After` header: delay-seconds (`120`) or an HTTP date (`Wed, 27 Nov 2026 08:30:00 GMT`, measured
 * against `now`). Returns undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!httpDate.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Reads an HTTP `Date` header (IMF-fixdate), or undefined. */
export function parseHttpDate(value: string | null | undefined): number | undefined {
  if (value == null || !httpDate.test(value.trim())) return undefined;
  const at = Date.parse(value.trim());
  return Number.isNaN(at) ? undefined : at;
}

const retryableStatuses: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** Statuses whose `Retry-After` replaces the backoff; a 409 with one is a request still in flight under its key. */
const retryAfterStatuses: ReadonlySet<number> = new Set([409, 429, 503]);

/**
 * How long to wait before trying again, or undefined when the error is final. Network errors, timeouts and
 * 408/429/5xx (not 501) are retried; a `Retry-After` on 429/503 replaces the backoff, and a 409 that carries one
 * (the same idempotency key still being processed) is retried after it.
 */
export function retryDelayFor(error: unknown, retryIndex: number, policy: RetryPolicy, random: () => number): number | undefined {
  if (retryIndex + 1 >= policy.attempts) return undefined;
  if (error instanceof NetworkError || error instanceof TimeoutError) return backoffDelay(retryIndex, policy, random);
  if (!(error instanceof HttpStatusError)) return undefined;
  if (error.retryAfterMs !== undefined && retryAfterStatuses.has(error.status)) {
    return error.retryAfterMs <= policy.maxDelayMs ? error.retryAfterMs : undefined;
  }
  return retryableStatuses.has(error.status) ? backoffDelay(retryIndex, policy, random) : undefined;
}
