import type { AttemptVerdict } from './failure.js';
import type { OutboxEntry } from './outbox.js';

/** Backoff settings: the delay before attempt n+1 is drawn uniformly from [0, min(maxMs, baseMs·2ⁿ)] ("full jitter"). */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
  /** A floor, so that an unlucky draw of 0 does not retry in a tight loop. */
  readonly minMs: number;
}

/** 2 s, 4 s, 8 s … up to 5 minutes, never under half a second. */
export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, maxMs: 5 * 60_000, minMs: 500 };

/** The wait after the `attempts`-th failed attempt; never shorter than what the server asked for. */
export function backoffDelay(attempts: number, random: () => number, policy: BackoffPolicy, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.max(policy.minMs, Math.floor(random() * ceiling));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * The stored vote after an attempt that did not deliver it: one more attempt counted, and either due again at
 * `retryAt(attempts, retryAfterMs)` (the server's `Retry-After` kept with it, so a reload waits it out too) or held.
 */
export function entryAfterAttempt(
  entry: OutboxEntry,
  verdict: Extract<AttemptVerdict, { readonly outcome: 'retry' | 'hold' }>,
  retryAt: (attempts: number, retryAfterMs?: number) => number,
): OutboxEntry {
  const attempts = entry.attempts + 1;
  return verdict.outcome === 'retry'
    ? { ...entry, attempts, state: 'pending', lastError: verdict.failure, nextAttemptAt: retryAt(attempts, verdict.retryAfterMs) }
    : { ...entry, attempts, state: verdict.state, lastError: verdict.failure };
}
