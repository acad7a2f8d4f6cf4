/**
 * The survey's source of time and timers. Injectable, so tests control backoff, kiosk idle and reset
 * without waiting for real seconds.
 */
export interface SurveyClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The browser's own clock and timers. Only relative waits and stored retry times depend on it. */
export const systemClock: SurveyClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Longest delay `setTimeout` accepts (about 24.8 days); later retries are clamped to it. */
export const maxTimerDelayMs = 2 ** 31 - 1;
