import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, requestHash, staleClaimMs, type SqlRepository } from '@cqtt/server';
import { asStaff, dossier, postInit, surveyBody, testAuth, testConfig, tinyCatalog, vn } from './helpers.js';
import { openTestRepository } from './test-database.js';

describe('POST /api/v1/surveys', () => {
  let repository: SqlRepository;
  let app: ReturnType<typeof createApp>;
  let now = vn('2026-11-27', '15:30');

  before(async () => {
    repository = await openTestRepository();
    await repository.saveCatalog(tinyCatalog);
    await repository.saveDossiers([
      dossier('HS-RETURNED'),
      dossier('HS-RESOLVED', { status: 'resolved', returnedAt: undefined }),
      dossier('HS-PROCESSING', { status: 'processing', resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
      dossier('HS-REPLAY'),
      dossier('HS-MISMATCH'),
      dossier('HS-INFLIGHT'),
      dossier('HS-STALE'),
      ...Array.from({ length: 200 }, (_, i) => dossier(`HS-LOAD-${i}`)),
    ]);
    app = createApp(testConfig(), { repository, auth: testAuth, clock: () => now });
  });
  after(() => repository.close());

  const post = (body: unknown, key: string | undefined, headers?: Record<string, string>) =>
    app.request('/api/v1/surveys', postInit(body, key, headers));

  it('records an answer for a returned dossier and tells the server time of receipt', async () => {
    const response = await post(surveyBody('HS-RETURNED'), 'key-returned');
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { dossierId: 'HS-RETURNED', receivedAt: '2026-11-27T15:30:00.000+07:00', duplicate: false });
    const status = await app.request('/api/v1/surveys/HS-RETURNED', asStaff());
    assert.deepEqual(await status.json(), { dossierId: 'HS-RETURNED', answered: true, level: 5, answeredAt: '2026-11-27T15:30:00.000+07:00' });
  });

  it('accepts a resolved dossier that has not been handed over yet (ask at every result)', async () => {
    const body = surveyBody('HS-RESOLVED', { level: 2, praise: [], shortcomings: ['luon-lang-nghe'], comment: 'Chờ lâu quá', phone: '0912 345 678', callbackConsent: true });
    assert.equal((await post(body, 'key-resolved')).status, 201);
  });

  it('requires an Idempotency-Key', async () => {
    const response = await post(surveyBody('HS-RETURNED'), undefined);
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'idempotency-key-required');
    const tooLong = await post(surveyBody('HS-RETURNED'), 'k'.repeat(201));
    assert.equal(tooLong.status, 400);
    assert.deepEqual(((await tooLong.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path), ['Idempotency-Key']);
  });

  it('replays the first response for the same key and body, even after the dossier changed hands', async () => {
    const first = await post(surveyBody('HS-REPLAY'), 'key-replay');
    now += 60_000;
    const again = await post(JSON.stringify({ ...surveyBody('HS-REPLAY'), level: 5 }, null, 2), 'key-replay');
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), await first.json());
  });

  it('refuses the same key with another body (422)', async () => {
    assert.equal((await post(surveyBody('HS-MISMATCH'), 'key-mismatch')).status, 201);
    const other = await post(surveyBody('HS-MISMATCH', { level: 4 }), 'key-mismatch');
    assert.equal(other.status, 422);
    assert.equal(((await other.json()) as { error: { code: string } }).error.code, 'idempotency-key-reused');
  });

  it('answers 409 while a request with the same key is still being processed, and lets it go once stale', async () => {
    const body = surveyBody('HS-INFLIGHT');
    assert.equal((await repository.claimIdempotencyKey('key-inflight', requestHash(body), now, staleClaimMs)).kind, 'claimed');
    const response = await post(body, 'key-inflight');
    assert.equal(response.status, 409);
    assert.equal(response.headers.get('retry-after'), '1');
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'request-in-flight');

    const stale = surveyBody('HS-STALE');
    await repository.claimIdempotencyKey('key-stale', requestHash(stale), now - staleClaimMs - 1, staleClaimMs);
    assert.equal((await post(stale, 'key-stale')).status, 201);
  });

  it('keeps one answer per dossier: a second vote gets 409 with the answer on record', async () => {
    const response = await post(surveyBody('HS-RETURNED', { level: 4 }), 'key-second-vote');
    assert.equal(response.status, 409);
    const body = (await response.json()) as { error: { code: string }; survey: unknown };
    assert.equal(body.error.code, 'already-answered');
    assert.deepEqual(body.survey, { dossierId: 'HS-RETURNED', answered: true, level: 5, answeredAt: '2026-11-27T15:30:00.000+07:00' });
  });

  it('only surveys dossiers with a result (422 dossier-not-finished)', async () => {
    const response = await post(surveyBody('HS-PROCESSING'), 'key-processing');
    assert.equal(response.status, 422);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'dossier-not-finished');
  });

  it('answers 404 for an unknown dossier', async () => {
    const response = await post(surveyBody('HS-NONE'), 'key-none');
    assert.equal(response.status, 404);
    assert.equal((await app.request('/api/v1/surveys/HS-NONE', asStaff())).status, 404);
  });

  it('names every bad field (400) and does not use the key up', async () => {
    const bad = { ...surveyBody('HS-RESOLVED'), level: 7, shortcomings: ['xin-tien'], phone: '0912345678', votedAt: '2026-02-31T10:00:00+07:00' };
    const response = await post(bad, 'key-bad-fields');
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: { code: string; fields: { path: string; message: string }[] } };
    assert.equal(body.error.code, 'invalid-request');
    const paths = body.error.fields.map((field) => field.path);
    for (const path of ['$.level', '$.shortcomings[0]', '$.votedAt', '$.phone']) assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);

    const notJson = await post('{"dossierId": ', 'key-bad-fields');
    assert.equal(notJson.status, 400);
    assert.deepEqual(((await notJson.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path), ['$']);

    const valid = await post(surveyBody('HS-PROCESSING'), 'key-bad-fields');
    assert.equal(valid.status, 422, 'the key is still free for a valid request');
  });

  it('tells staff whether a dossier was surveyed, with the call-back number the citizen agreed to give', async () => {
    assert.deepEqual(await (await app.request('/api/v1/surveys/HS-RESOLVED', asStaff())).json(), {
      dossierId: 'HS-RESOLVED',
      answered: true,
      level: 2,
      answeredAt: '2026-11-27T15:30:00.000+07:00',
      callbackPhone: '0912345678',
    });
    assert.deepEqual(await (await app.request('/api/v1/surveys/HS-LOAD-199', asStaff())).json(), { dossierId: 'HS-LOAD-199', answered: false });
  });

  it('200 concurrent dossiers, each sent twice with its key, leave exactly 200 answers', async () => {
    const before = await repository.surveyCount();
    const requests = Array.from({ length: 200 }, (_, i) => [
      post(surveyBody(`HS-LOAD-${i}`), `key-load-${i}`),
      post(surveyBody(`HS-LOAD-${i}`), `key-load-${i}`),
    ]).flat();
    const statuses = (await Promise.all(requests.map(async (request) => request))).map((response) => response.status);
    assert.equal((await repository.surveyCount()) - before, 200);
    assert.ok(statuses.every((status) => status === 201 || status === 409), statuses.filter((s) => s !== 201 && s !== 409).join());
    assert.equal(statuses.filter((status) => status === 201).length >= 200, true);
    for (let i = 0; i < 200; i += 1) assert.equal((await repository.surveyStatus(`HS-LOAD-${i}`))?.answered, true);
  });
});
