import type { Instant } from '@cqtt/core';
import type { RateLimitConfig } from '../config.js';

/** Whether a request may go ahead, and if not, how many seconds to wait. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Decides whether a client's request may go ahead, counting it. */
export interface RateLimit {
  take(client: string, now: Instant): RateDecision | Promise<RateDecision>;
}

interface Window {
  start: Instant;
  count: number;
}

/** Past this many tracked clients, windows that have ended are dropped. */
const pruneThreshold = 10_000;

/**
 * Counts requests per client in fixed windows (`requests` per `windowMs`), in this process's memory: the limit of
 * a single instance (PGlite). Instances sharing a PostgreSQL database share `SharedRateLimiter`'s budget instead.
 */
export class RateLimiter implements RateLimit {
  readonly #config: RateLimitConfig;
  readonly #windows = new Map<string, Window>();

  constructor(config: RateLimitConfig) {
    this.#config = config;
  }

  /** Records one request of `client` at `now` and says whether it is within the limit. */
  take(client: string, now: Instant): RateDecision {
    const { requests, windowMs } = this.#config;
    if (requests === 0) return { allowed: true };
    let window = this.#windows.get(client);
    if (!window || now - window.start >= windowMs) {
      if (this.#windows.size >= pruneThreshold) this.#prune(now);
      window = { start: now, count: 0 };
      this.#windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= requests) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
  }

  #prune(now: Instant): void {
    for (const [client, window] of this.#windows) {
      if (now - window.start >= this.#config.windowMs) this.#windows.delete(client);
    }
  }
}
