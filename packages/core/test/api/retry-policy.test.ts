import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { backoffDelay, ContractError, HttpStatusError, NetworkError, parseHttpDate, parseRetryAfter, retryDelayFor, TimeoutError } from '@cqtt/core';

const policy = { attempts: 4, baseDelayMs: 200, maxDelayMs: 1500 };

describe('backoff with full jitter', () => {
  it('draws between 0 and a ceiling that doubles up to maxDelayMs', () => {
    assert.equal(backoffDelay(0, policy, () => 0.999999), 199);
    assert.equal(backoffDelay(1, policy, () => 0.5), 200);
    assert.equal(backoffDelay(2, policy, () => 0.999999), 799);
    assert.equal(backoffDelay(5, policy, () => 0.999999), 1499);
    assert.equal(backoffDelay(3, policy, () => 0), 0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, draw) => {
        const delay = backoffDelay(retry, policy, () => draw);
        assert.ok(delay >= 0 && delay < Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry));
      }),
    );
  });
});

describe('Retry-After', () => {
  const now = Date.UTC(2026, 10, 27, 8, 30);

  it('reads delay-seconds and HTTP dates against the given now', () => {
    assert.equal(parseRetryAfter('3', now), 3000);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
    assert.equal(parseRetryAfter('Fri, 27 Nov 2026 08:30:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Fri, 27 Nov 2026 08:29:00 GMT', now), 0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', 'soon', '-3', '1.5', '2026-11-27T08:30:05Z', 'Fri, 27 Nov 2026 08:30:05 +0700']) {
      assert.equal(parseRetryAfter(value, now), undefined, String(value));
    }
    assert.equal(parseHttpDate('Fri, 27 Nov 2026 08:30:00 GMT'), now);
    assert.equal(parseHttpDate('yesterday'), undefined);
    assert.equal(parseHttpDate(null), undefined);
  });
});

describe('which errors are retried', () => {
  const half = () => 0.5;

  it('retries network errors, timeouts, 408, 429 and 5xx but 501, while attempts remain', () => {
    assert.equal(retryDelayFor(new NetworkError('down'), 0, policy, half), 100);
    assert.equal(retryDelayFor(new TimeoutError(1000), 1, policy, half), 200);
    for (const status of [408, 429, 500, 502, 503, 504]) assert.equal(retryDelayFor(new HttpStatusError(status), 0, policy, half), 100, String(status));
    for (const status of [400, 401, 403, 404, 409, 422, 501]) assert.equal(retryDelayFor(new HttpStatusError(status), 0, policy, half), undefined, String(status));
    assert.equal(retryDelayFor(new ContractError('$', 'bad'), 0, policy, half), undefined);
    assert.equal(retryDelayFor(new Error('bug'), 0, policy, half), undefined);
    assert.equal(retryDelayFor(new NetworkError('down'), 3, policy, half), undefined);
  });

  it('waits as long as Retry-After says on 429 and 503, and not at all when that is too long', () => {
    assert.equal(retryDelayFor(new HttpStatusError(429, { retryAfterMs: 1000 }), 0, policy, half), 1000);
    assert.equal(retryDelayFor(new HttpStatusError(503, { retryAfterMs: 0 }), 2, policy, half), 0);
    assert.equal(retryDelayFor(new HttpStatusError(429, { retryAfterMs: 60_000 }), 0, policy, half), undefined);
    assert.equal(retryDelayFor(new HttpStatusError(500, { retryAfterMs: 60_000 }), 0, policy, half), 100);
  });

  it('retries a 409 only when it says when (the same idempotency key still in flight)', () => {
    assert.equal(retryDelayFor(new HttpStatusError(409, { retryAfterMs: 1000 }), 0, policy, half), 1000);
    assert.equal(retryDelayFor(new HttpStatusError(409), 0, policy, half), undefined);
  });
});
