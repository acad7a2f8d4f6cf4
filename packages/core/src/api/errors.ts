/**
 * What a component needs to know when the portal cannot answer: one `code` it can map to a message
 * (see `portalErrorMessage`), and the details for logs.
 */
export type PortalErrorCode =
  | 'network'
  | 'timeout'
  | 'contract'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rejected'
  | 'rate-limited'
  | 'unavailable'
  | 'server-error';

/** The base of every error an adapter emits. */
export abstract class PortalError extends Error {
  abstract readonly code: PortalErrorCode;
}

/** The request never got an HTTP answer: offline, DNS, connection dropped, CORS. */
export class NetworkError extends PortalError {
  override readonly name = 'NetworkError';
  readonly code = 'network';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** No complete answer within the adapter's `timeoutMs`. */
export class TimeoutError extends PortalError {
  override readonly name = 'TimeoutError';
  readonly code = 'timeout';
  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms.`);
  }
}

/** One field the server rejected, as its error envelope lists them. */
export interface ApiFieldError {
  readonly path: string;
  readonly message: string;
}

/** The API's error envelope: `{ "error": { "code", "message", "fields"? } }`. */
export interface ApiErrorBody {
  readonly code: string;
  readonly message: string;
  readonly fields?: readonly ApiFieldError[];
}

function codeOfStatus(status: number): PortalErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'server-error';
  return 'rejected';
}

/** The server answered with a status that is not a success. */
export class HttpStatusError extends PortalError {
  override readonly name = 'HttpStatusError';
  readonly code: PortalErrorCode;
  /** How long the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfterMs?: number;
  /** The server's error envelope, when it sent a valid one. */
  readonly body?: ApiErrorBody;

  constructor(readonly status: number, details: { retryAfterMs?: number | undefined; body?: ApiErrorBody | undefined } = {}) {
    super(details.body ? `HTTP ${status}: ${details.body.message}` : `HTTP ${status}`);
    this.code = codeOfStatus(status);
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.body !== undefined) this.body = details.body;
  }
}

/**
 * Data that breaks the contract: a wrong type, a missing field, a bad date, JSON that does not parse.
 * `path` names the first bad field, JSONPath style: `$`, `$.receivedAt`, `$[2].status`; `message` says what is
 * wrong with it, so `{ path, message }` can go straight into an error envelope's `fields`.
 */
export class ContractError extends PortalError {
  override readonly name = 'ContractError';
  readonly code = 'contract';
  constructor(readonly path: string, message: string) {
    super(message);
  }
}
