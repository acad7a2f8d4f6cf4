import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, openRepository, type SqlRepository } from '@cqtt/server';
import { dossier, lineLogger, postInit, surveyBody, testAuth, testConfig, tinyCatalog, vn } from './helpers.js';

const now = vn('2026-11-27', '15:30');
const portal = 'https://dichvucong.example.gov.vn';

describe('health, readiness and metrics', () => {
  let repository: SqlRepository;
  before(async () => {
    repository = await openRepository('memory://');
    await repository.saveCatalog(tinyCatalog);
    await repository.saveDossiers([dossier('HS-VOTE')]);
  });
  after(() => repository.close());

  it('answers /readyz 503 while draining and when the database fails, /healthz 200 all along', async () => {
    const readiness = { draining: false };
    let reachable = true;
    const app = createApp(testConfig(), {
      repository,
      auth: testAuth,
      readiness,
      health: () => Promise.resolve({ reachable, migrationsApplied: reachable }),
    });
    assert.equal((await app.request('/readyz')).status, 200);
    reachable = false;
    const down = await app.request('/readyz');
    assert.equal(down.status, 503);
    assert.deepEqual(await down.json(), { status: 'unavailable', database: 'unreachable', migrations: 'pending' });
    reachable = true;
    readiness.draining = true;
    const draining = await app.request('/readyz');
    assert.equal(draining.status, 503);
    assert.deepEqual(await draining.json(), { status: 'draining' });
    assert.equal(draining.headers.get('connection'), 'close');
    const healthz = await app.request('/healthz');
    assert.equal(healthz.status, 200);
    assert.equal(healthz.headers.get('cache-control'), 'no-store');
    assert.notEqual((await app.request('/nope.html')).headers.get('cache-control'), 'no-store', 'other paths keep their own caching');
  });

  it('counts requests by route pattern (never the raw path), votes stored, replays and the database pool', async () => {
    const app = createApp(testConfig(), {
      repository,
      auth: testAuth,
      clock: () => now,
      health: () => Promise.resolve({ reachable: true, migrationsApplied: true, pool: { total: 4, idle: 3, waiting: 0 } }),
    });
    await app.request('/api/v1/dossiers/HS-SECRET-1');
    await app.request('/api/v1/dossiers/HS-SECRET-2');
    assert.equal((await app.request('/api/v1/surveys', postInit(surveyBody('HS-VOTE'), 'metrics-key'))).status, 201);
    assert.equal((await app.request('/api/v1/surveys', postInit(surveyBody('HS-VOTE'), 'metrics-key'))).headers.get('idempotent-replayed'), 'true');
    const response = await app.request('/metrics');
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    assert.match(text, /cqtt_http_requests_total\{method="GET",route="\/api\/v1\/dossiers\/\*",status="401"\} 2/);
    assert.doesNotMatch(text, /HS-SECRET/);
    assert.match(text, /cqtt_http_request_duration_seconds_bucket\{le="0\.005",method="POST",route="\/api\/v1\/surveys",status="201"\}/);
    assert.match(text, /cqtt_votes_stored_total 1\n/);
    assert.match(text, /cqtt_idempotent_replays_total 1\n/);
    assert.match(text, /cqtt_database_up 1\n/);
    assert.match(text, /cqtt_database_pool_connections\{state="idle"\} 3\n/);
    assert.match(text, /process_cpu_seconds_total/);
  });

  it('has no /metrics when CQTT_METRICS is off', async () => {
    const app = createApp(testConfig({ metrics: false }), { repository, auth: testAuth });
    assert.equal((await app.request('/metrics')).status, 404);
  });

  it('logs the route pattern and the request id, which a browser on a configured origin may read', async () => {
    const lines: string[] = [];
    const app = createApp(testConfig({ corsOrigins: [portal] }), { repository, auth: testAuth, logger: lineLogger(lines) });
    const response = await app.request('/api/v1/time', { headers: { Origin: portal, 'X-Request-Id': 'a b' } });
    const id = response.headers.get('x-request-id') ?? '';
    assert.match(id, /^[0-9a-f-]{36}$/, 'an id with a space is replaced');
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/);
    const record = JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown>;
    assert.deepEqual({ ...record, time: undefined, ms: undefined }, { time: undefined, level: 'info', message: 'request', requestId: id, method: 'GET', route: '/api/v1/time', status: 200, ms: undefined });
  });
  it('logs a readiness probe refused while draining as a warning, not an error: a proxy polls it through every deploy', async () => {
    const lines: string[] = [];
    const readiness = { draining: true };
    const app = createApp(testConfig(), {
      repository,
      auth: testAuth,
      readiness,
      logger: lineLogger(lines),
      health: () => Promise.resolve({ reachable: true, migrationsApplied: true }),
    });
    assert.equal((await app.request('/readyz')).status, 503);
    const records = lines.map((line) => JSON.parse(line) as { level: string; route?: string; status?: number });
    assert.deepEqual(
      records.filter((record) => record.route === '/readyz').map((record) => [record.level, record.status]),
      [['warn', 503]],
    );
  });
});

describe('the bundle from another origin', () => {
  let root: string;
  let repository: SqlRepository;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'cqtt-bundle-'));
    mkdirSync(join(root, 'self-contained'), { recursive: true });
    writeFileSync(join(root, 'self-contained', 'cqtt.js'), 'export const cqtt = 1;\n');
    repository = await openRepository('memory://');
  });
  after(async () => {
    await repository.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers CORS for the configured origins under /cqtt/ and lets them load it (Cross-Origin-Resource-Policy)', async () => {
    const app = createApp(testConfig({ bundleDir: root, corsOrigins: [portal] }), { repository, auth: testAuth });
    const response = await app.request('/cqtt/self-contained/cqtt.js', { headers: { Origin: portal } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), portal);
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
    const preflight = await app.request('/cqtt/self-contained/cqtt.js', { method: 'OPTIONS', headers: { Origin: portal, 'Access-Control-Request-Method': 'GET' } });
    assert.equal(preflight.headers.get('access-control-allow-origin'), portal);
    const stranger = await app.request('/cqtt/self-contained/cqtt.js', { headers: { Origin: 'https://evil.example' } });
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
  });

  it('keeps the bundle same-origin when no origin is configured', async () => {
    const app = createApp(testConfig({ bundleDir: root }), { repository, auth: testAuth });
    const response = await app.request('/cqtt/self-contained/cqtt.js', { headers: { Origin: portal } });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'same-origin');
  });
});
