import { expect, waitUntil } from '@open-wc/testing';
import { Subject } from 'rxjs';
import { ContractError, HttpStatusError, NetworkError, TimeoutError } from '@cqtt/core';
import { SurveyDelivery } from '../src/survey/outbox/delivery.js';
import type { DeliveryEvent } from '../src/survey/outbox/delivery-events.js';
import { startSurveyDelivery } from '../src/survey/outbox/shared-delivery.js';
import { judgeAttempt } from '../src/survey/outbox/failure.js';
import { backoffDelay, defaultBackoff } from '../src/survey/outbox/retry.js';
import { newIdempotencyKey } from '../src/survey/outbox/key.js';
import { type OutboxEntry, OutboxUnavailableError, SurveyOutbox, defaultOutboxName } from '../src/survey/outbox/outbox.js';
import { FakeClock, TestPortal, breakIndexedDb, deleteDatabase, returnedDossier, sampleResponse, secondDossier } from './survey-fakes.js';

const backoff = { baseMs: 1_000, maxMs: 60_000, minMs: 100 };

async function stored(): Promise<OutboxEntry[]> {
  const outbox = await SurveyOutbox.open();
  try {
    return await outbox.all();
  } finally {
    outbox.close();
  }
}

describe('survey outbox delivery', () => {
  let clock: FakeClock;
  let portal: TestPortal;
  const deliveries: SurveyDelivery[] = [];

  function delivery(options: { locks?: LockManager | null; random?: () => number } = {}): SurveyDelivery {
    const made = new SurveyDelivery(portal.adapter(), { clock, backoff, random: options.random ?? (() => 0.5), ...('locks' in options ? { locks: options.locks ?? null } : {}) });
    deliveries.push(made);
    return made;
  }

  beforeEach(async () => {
    await deleteDatabase(defaultOutboxName);
    clock = new FakeClock();
    portal = new TestPortal();
  });

  afterEach(async () => {
    for (const made of deliveries.splice(0)) made.stop();
    await deleteDatabase(defaultOutboxName);
  });

  it('stores the vote with a fresh idempotency key before any request, and sends that key', async () => {
    portal.gate = new Subject<void>();
    const sender = delivery();
    const entry = await sender.enqueue(sampleResponse());
    expect(entry.key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [kept] = await stored();
    expect(kept).to.deep.include({ key: entry.key, attempts: 0, state: 'pending' });
    expect(kept!.response).to.deep.equal(sampleResponse());
    await waitUntil(() => portal.calls.length === 1);
    expect(portal.calls[0]!.key).to.equal(entry.key);
    portal.gate.next();
    await sender.flush();
    expect(portal.accepted).to.equal(1);
    expect(await stored()).to.deep.equal([]);
  });

  it('retries a 500 after a jittered exponential backoff, then removes the delivered vote', async () => {
    portal.failures.push(new HttpStatusError(500));
    const sender = delivery();
    const entry = await sender.enqueue(sampleResponse());
    await sender.flush();
    const [failed] = await stored();
    // Attempt 1: ceiling 1,000 ms × random 0.5 = 500 ms.
    expect(failed).to.deep.include({ attempts: 1, state: 'pending', nextAttemptAt: clock.now() + 500 });
    expect(failed!.lastError).to.deep.include({ kind: 'server', status: 500 });
    expect(sender.scheduled).to.equal(true);
    clock.advance(499);
    await sender.flush();
    expect(portal.calls).to.have.length(1);
    clock.advance(1);
    await sender.flush();
    expect(portal.calls.map((call) => call.key)).to.deep.equal([entry.key, entry.key]);
    expect(portal.accepted).to.equal(1);
    expect(await stored()).to.deep.equal([]);
    expect(sender.scheduled).to.equal(false);
  });

  it('waits at least as long as a 429 Retry-After asks', async () => {
    portal.failures.push(new HttpStatusError(429, { retryAfterMs: 30_000 }));
    const sender = delivery({ random: () => 0 });
    await sender.enqueue(sampleResponse());
    await sender.flush();
    expect((await stored())[0]).to.deep.include({ nextAttemptAt: clock.now() + 30_000 });
    clock.advance(29_999);
    await sender.flush();
    expect(portal.calls).to.have.length(1);
    clock.advance(1);
    await sender.flush();
    expect(portal.calls).to.have.length(2);
    expect(portal.accepted).to.equal(1);
  });

  it('counts "already answered" as delivered once the status says so, with the answer the server kept', async () => {
    const events: DeliveryEvent[] = [];
    portal = new TestPortal({ surveys: [sampleResponse(returnedDossier.id, 5)] });
    const sender = delivery();
    sender.events$.subscribe((event) => events.push(event));
    const entry = await sender.enqueue(sampleResponse());
    await sender.flush();
    expect(events).to.deep.equal([{ type: 'delivered', key: entry.key, dossierId: returnedDossier.id, duplicate: true, keptLevel: 5 }]);
    expect(await stored()).to.deep.equal([]);
  });

  it('sends a vote again under its key after a bare 409 when the status shows no answer', async () => {
    portal.failures.push(new HttpStatusError(409));
    const sender = delivery();
    const entry = await sender.enqueue(sampleResponse(secondDossier.id));
    await sender.flush();
    expect((await stored())[0]).to.deep.include({ state: 'pending', attempts: 1, nextAttemptAt: clock.now() + 500 });
    expect(await portal.answered(secondDossier.id)).to.equal(false);
    clock.advance(500);
    await sender.flush();
    expect(portal.calls.map((call) => call.key)).to.deep.equal([entry.key, entry.key]);
    expect(await stored()).to.deep.equal([]);
    expect(await portal.answered(secondDossier.id)).to.equal(true);
  });

  it('keeps a 400 answer as needing a fix, with the fields to fix, and never resends it by itself', async () => {
    const events: DeliveryEvent[] = [];
    portal.failures.push(new HttpStatusError(400, { body: { code: 'invalid-request', message: 'Bad answer', fields: [{ path: '$.phone', message: 'expected a Vietnamese phone number' }] } }));
    const sender = delivery();
    sender.start();
    sender.events$.subscribe((event) => events.push(event));
    const entry = await sender.enqueue(sampleResponse());
    await sender.flush();
    const [held] = await stored();
    expect(held).to.deep.include({ state: 'needs-fix', attempts: 1 });
    expect(held!.lastError!.fields).to.deep.equal([{ path: '$.phone', message: 'expected a Vietnamese phone number' }]);
    expect(events).to.have.length(1);
    window.dispatchEvent(new Event('online'));
    clock.advance(3_600_000);
    await sender.flush();
    expect(portal.calls).to.have.length(1);
    const fixed = await sender.enqueue({ ...sampleResponse(), comment: 'Đã sửa' }, entry.key);
    await sender.flush();
    expect(fixed.key).not.to.equal(entry.key);
    expect(portal.accepted).to.equal(1);
    expect(await stored()).to.deep.equal([]);
  });

  it('sends a vote again under its key after an unreadable answer, never parking it for a fix', async () => {
    portal.failures.push(new ContractError('$', 'The body is not JSON.'));
    const sender = delivery();
    const entry = await sender.enqueue(sampleResponse());
    await sender.flush();
    expect((await stored())[0]).to.deep.include({ state: 'pending', attempts: 1 });
    clock.advance(500);
    await sender.flush();
    expect(portal.calls.map((call) => call.key)).to.deep.equal([entry.key, entry.key]);
    expect(portal.accepted).to.equal(1);
    expect(await stored()).to.deep.equal([]);
  });

  it('keeps a 401 with its reason and tries again only when the network comes back', async () => {
    portal.failures.push(new HttpStatusError(401));
    const sender = delivery();
    sender.start();
    await sender.enqueue(sampleResponse());
    await sender.flush();
    expect((await stored())[0]).to.deep.include({ state: 'blocked' });
    expect((await stored())[0]!.lastError).to.deep.include({ kind: 'unauthorized', status: 401 });
    clock.advance(3_600_000);
    await sender.flush();
    expect(portal.calls).to.have.length(1);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => portal.accepted === 1);
  });

  it('sends a vote cast offline exactly once when the network comes back', async () => {
    portal.memory.offline = true;
    const sender = delivery();
    sender.start();
    await sender.enqueue(sampleResponse());
    await sender.flush();
    expect((await stored())[0]!.lastError).to.deep.include({ kind: 'network' });
    portal.memory.offline = false;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => portal.accepted === 1);
    await sender.flush();
    expect(portal.accepted).to.equal(1);
    expect(await portal.answered()).to.equal(true);
    expect(await stored()).to.deep.equal([]);
  });

  it('picks up a vote left in flight by a page that was reloaded, with the same key', async () => {
    portal.gate = new Subject<void>();
    const before = delivery();
    before.start();
    const entry = await before.enqueue(sampleResponse());
    await waitUntil(() => portal.calls.length === 1);
    before.stop();
    portal.gate = undefined;
    const after = delivery();
    after.start();
    await waitUntil(() => portal.accepted === 1);
    await after.flush();
    expect(portal.calls.map((call) => call.key)).to.deep.equal([entry.key, entry.key]);
    expect(await stored()).to.deep.equal([]);
  });

  for (const mode of ['Web Locks', 'in-page fallback'] as const) {
    it(`lets only one of two deliverers send a stored vote (${mode})`, async () => {
      const outbox = await SurveyOutbox.open();
      await outbox.add({ key: 'vote-1', response: sampleResponse(), attempts: 0, nextAttemptAt: 0, state: 'pending' });
      outbox.close();
      portal.gate = new Subject<void>();
      const locks = mode === 'Web Locks' ? navigator.locks : null;
      const one = delivery({ locks });
      const two = delivery({ locks });
      const both = Promise.all([one.flush(), two.flush()]);
      await waitUntil(() => portal.calls.length === 1);
      portal.gate.next();
      await both;
      expect(portal.calls).to.have.length(1);
      expect(portal.accepted).to.equal(1);
    });
  }

  it('tells the other tabs on the outbox when a vote is delivered, so their thank-you updates', async () => {
    const otherTab = delivery();
    const heard: DeliveryEvent[] = [];
    const listening = otherTab.events$.subscribe((event) => heard.push(event));
    const sender = delivery();
    const entry = await sender.enqueue(sampleResponse());
    await sender.flush();
    await waitUntil(() => heard.length > 0, 'the other tab heard nothing');
    expect(heard).to.deep.equal([{ type: 'delivered', key: entry.key, dossierId: sampleResponse().dossierId, duplicate: false }]);
    // Anything else on the channel is ignored.
    const stranger = new BroadcastChannel(`${defaultOutboxName}:delivered`);
    stranger.postMessage({ type: 'delivered', key: 42 });
    stranger.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).to.have.length(1);
    listening.unsubscribe();
  });

  it('says when the device cannot keep votes', async () => {
    const restore = breakIndexedDb();
    try {
      const sender = delivery();
      expect(await sender.available).to.equal(false);
      let error: unknown;
      await sender.enqueue(sampleResponse()).catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(OutboxUnavailableError);
      expect(await sender.entryFor(returnedDossier.id)).to.equal(undefined);
    } finally {
      restore();
    }
  });

  it('leaves no timer or listener once stopped, and keeps the vote for the next start', async () => {
    portal.failures.push(new NetworkError('offline'));
    const sender = delivery();
    sender.start();
    await sender.enqueue(sampleResponse());
    await sender.flush();
    expect(sender.scheduled).to.equal(true);
    sender.stop();
    expect(sender.scheduled).to.equal(false);
    expect(clock.pending).to.equal(0);
    window.dispatchEvent(new Event('online'));
    expect(portal.calls).to.have.length(1);
    expect(await stored()).to.have.length(1);
  });

  it('shares one delivery per adapter and stops it when the last holder lets go', () => {
    const adapter = portal.adapter();
    const first = startSurveyDelivery(adapter, { clock });
    const second = startSurveyDelivery(adapter, { clock });
    expect(second.delivery).to.equal(first.delivery);
    first.release();
    first.release();
    const third = startSurveyDelivery(adapter, { clock });
    expect(third.delivery).to.equal(first.delivery);
    second.release();
    third.release();
    const fresh = startSurveyDelivery(adapter, { clock });
    expect(fresh.delivery).not.to.equal(first.delivery);
    fresh.release();
  });
});

describe('judgeAttempt and backoffDelay', () => {
  it('sorts the typed errors of the adapters', () => {
    expect(judgeAttempt(new NetworkError('down'))).to.deep.include({ outcome: 'retry' });
    expect(judgeAttempt(new TimeoutError(10_000))).to.deep.nested.include({ 'failure.kind': 'timeout' });
    expect(judgeAttempt(new HttpStatusError(503))).to.deep.nested.include({ 'failure.kind': 'server' });
    expect(judgeAttempt(new HttpStatusError(422))).to.deep.include({ outcome: 'hold', state: 'needs-fix' });
    expect(judgeAttempt(new HttpStatusError(403))).to.deep.include({ outcome: 'hold', state: 'blocked' });
    expect(judgeAttempt(new HttpStatusError(404, { body: { code: 'not-found', message: 'No such dossier.' } }))).to.deep.nested.include({ outcome: 'hold', 'failure.kind': 'not-found' });
    expect(judgeAttempt(new HttpStatusError(404)), "a gateway's 404 page").to.deep.nested.include({ outcome: 'retry', 'failure.kind': 'server' });
    expect(judgeAttempt(new HttpStatusError(409))).to.deep.equal({ outcome: 'confirm' });
    expect(judgeAttempt(new ContractError('$', 'not JSON'))).to.deep.include({ outcome: 'retry' });
    expect(judgeAttempt(new Error('boom'))).to.deep.nested.include({ outcome: 'retry', 'failure.kind': 'unknown' });
    expect(judgeAttempt('weird')).to.deep.nested.include({ 'failure.message': 'weird' });
  });

  it('draws the delay from [floor, min(max, base·2ⁿ⁻¹)] and never below Retry-After', () => {
    for (let attempts = 1; attempts <= 12; attempts += 1) {
      const ceiling = Math.min(defaultBackoff.maxMs, defaultBackoff.baseMs * 2 ** (attempts - 1));
      expect(backoffDelay(attempts, () => 0.999999, defaultBackoff)).to.be.at.most(ceiling);
      expect(backoffDelay(attempts, () => 0, defaultBackoff)).to.equal(defaultBackoff.minMs);
    }
    expect(backoffDelay(1, () => 0.5, defaultBackoff, 120_000)).to.equal(120_000);
  });
});

describe('newIdempotencyKey', () => {
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('makes UUID v4 keys, also on an http page without crypto.randomUUID', () => {
    expect(newIdempotencyKey()).to.match(uuidV4);
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey(insecure)));
    expect(keys.size).to.equal(200);
    for (const key of keys) expect(key).to.match(uuidV4);
  });
});
