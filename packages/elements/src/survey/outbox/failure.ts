import type { OutboxFailure, OutboxState } from './outbox.js';

// The API's codes, written out rather than imported from @cqtt/core: the outbox's code loads after the survey's first
// render, and importing core's code tables from there splits them into one more chunk that every element loads.
const alreadyAnswered = 'already-answered';
const surveyTokenCodePrefix = 'survey-token-';

/**
 * What one failed delivery attempt means for the stored vote. `confirm`: the server says the dossier already has an
 * answer (a 409, with or without the API's envelope) — only the status request can say which answer it kept.
 */
export type AttemptVerdict =
  | { readonly outcome: 'delivered' }
  | { readonly outcome: 'confirm' }
  | { readonly outcome: 'retry'; readonly failure: OutboxFailure; readonly retryAfterMs?: number }
  | { readonly outcome: 'hold'; readonly state: Exclude<OutboxState, 'pending'>; readonly failure: OutboxFailure };

interface ErrorShape {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly status?: unknown;
  readonly retryAfterMs?: unknown;
  readonly message?: unknown;
  readonly body?: { readonly code?: unknown; readonly message?: unknown; readonly fields?: unknown };
}

function fieldsOf(value: unknown): OutboxFailure['fields'] {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((field): field is { path: unknown; message: unknown } => typeof field === 'object' && field !== null)
    .map((field) => ({ path: String(field.path), message: String(field.message) }));
}

function failure(kind: OutboxFailure['kind'], shape: ErrorShape, extra: Partial<OutboxFailure> = {}): OutboxFailure {
  const message = typeof shape.message === 'string' && shape.message !== '' ? shape.message : kind;
  return { kind, message, ...extra };
}

/**
 * Sorts an adapter's error into deliver / retry / hold. It reads the fields of `@cqtt/core`'s typed errors
 * (`HttpStatusError`, `ContractError`, `NetworkError`, `TimeoutError`) rather than using `instanceof`, so
 * errors from a second copy of the bundle on the page are understood too.
 */
export function judgeAttempt(error: unknown): AttemptVerdict {
  const shape: ErrorShape = typeof error === 'object' && error !== null ? error : { message: String(error) };
  // The adapter checks only what comes back: an unreadable answer (a captive portal's page, a body cut short) says
  // nothing about the vote, which the server may well have stored. The same key makes sending it again safe.
  if (shape.name === 'ContractError' || shape.code === 'contract') return { outcome: 'retry', failure: failure('server', shape) };
  if (typeof shape.status === 'number') {
    const status = shape.status;
    const fields = fieldsOf(shape.body?.fields);
    const code = shape.body?.code;
    const withStatus = { status, ...(fields && { fields }), ...(typeof code === 'string' && { code }) };
    // "Already answered" (or a bare 409 from a portal without error bodies) is checked with the status request. A 409
    // for a key still in flight is retried: that request may yet fail, and then this vote would be lost.
    if (status === 409 && (shape.body === undefined || shape.body.code === alreadyAnswered)) return { outcome: 'confirm' };
    if (status === 400 || status === 422) return { outcome: 'hold', state: 'needs-fix', failure: failure('rejected', shape, withStatus) };
    if (status === 401) return { outcome: 'hold', state: 'blocked', failure: failure('unauthorized', shape, withStatus) };
    if (status === 403) return { outcome: 'hold', state: 'blocked', failure: failure('forbidden', shape, withStatus) };
    // A 404 without the API's envelope is a gateway's page (a proxy between deploys, say), not the API's answer.
    if (status === 404 && shape.body !== undefined) return { outcome: 'hold', state: 'blocked', failure: failure('not-found', shape, withStatus) };
    const kind = status === 429 ? 'rate-limited' : status >= 500 || status === 404 ? 'server' : 'unknown';
    const retryAfterMs = typeof shape.retryAfterMs === 'number' && shape.retryAfterMs >= 0 ? shape.retryAfterMs : undefined;
    return retryAfterMs === undefined
      ? { outcome: 'retry', failure: failure(kind, shape, withStatus) }
      : { outcome: 'retry', failure: failure(kind, shape, withStatus), retryAfterMs };
  }
  if (shape.code === 'timeout' || shape.name === 'TimeoutError') return { outcome: 'retry', failure: failure('timeout', shape) };
  if (shape.code === 'network' || shape.name === 'NetworkError') return { outcome: 'retry', failure: failure('network', shape) };
  return { outcome: 'retry', failure: failure('unknown', shape) };
}

/** Whether a vote was refused for its survey token (and waits for a new one). */
export function refusedForToken(failure: OutboxFailure | undefined): boolean {
  return failure?.code?.startsWith(surveyTokenCodePrefix) ?? false;
}
