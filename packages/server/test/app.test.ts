import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, createApp, describeConfig, loadConfig, type SqlRepository } from '@cqtt/server';
import { testAuth, testConfig } from './helpers.js';
import { openTestRepository } from './test-database.js';

describe('server', () => {
  let root: string;
  let app: ReturnType<typeof createApp>;
  let repository: SqlRepository;
  const fixedNow = Date.UTC(2026, 10, 27, 8, 30); // Friday 27/11/2026 15:30 in Vietnam

  before(async () => {
    repository = await openTestRepository();
    root = mkdtempSync(join(tmpdir(), 'cqtt-server-'));
    mkdirSync(join(root, 'demo'));
    mkdirSync(join(root, 'bundle', 'shared'), { recursive: true });
    writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>Cổng dịch vụ công</title>');
    writeFileSync(join(root, 'secret.html'), 'outside the demo folder');
    writeFileSync(join(root, 'bundle', 'shared', 'cqtt.js'), 'export {};');
    app = createApp(testConfig({ demoDir: join(root, 'demo'), bundleDir: join(root, 'bundle') }), { repository, auth: testAuth, clock: () => fixedNow });
  });
  after(async () => {
    rmSync(root, { recursive: true, force: true });
    await repository.close();
  });

  it('tells the server time, so clients never trust the PC clock', async () => {
    const response = await app.request('/api/v1/time');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { epochMs: fixedNow, iso: '2026-11-27T08:30:00.000Z', vietnam: '2026-11-27T15:30:00.000+07:00' });
  });

  it('serves the demo page in UTF-8 with a strict Content-Security-Policy', async () => {
    const response = await app.request('/');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await response.text(), /Cổng dịch vụ công/);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });

  it('serves the built module as JavaScript', async () => {
    const response = await app.request('/cqtt/shared/cqtt.js');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
  });

  it('never serves a file outside its folders', async () => {
    for (const path of ['/../secret.html', '/%2e%2e/secret.html', '/cqtt/../../secret.html', '/cqtt/%2e%2e/%2e%2e/secret.html']) {
      const response = await app.request(path);
      assert.equal(response.status, 404, path);
    }
  });

  it('answers 404 for a missing page', async () => {
    assert.equal((await app.request('/nope.html')).status, 404);
  });
});

describe('loadConfig', () => {
  it('has defaults for everything, safe for production', () => {
    const config = loadConfig({});
    assert.equal(config.mode, 'production');
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.dataDir, join(process.cwd(), 'cqtt-data'), 'the data lives in the working directory, never in node_modules');
    assert.deepEqual(config.corsOrigins, []);
    assert.equal(config.bodyLimitBytes, 16_384);
    assert.deepEqual(config.rateLimit, { requests: 600, windowMs: 60_000 });
    assert.equal(config.seed, false, 'no fake dossiers in production');
    assert.equal(config.demoAuth, false);
    assert.equal(config.hotline, 'tel:+842713000000');
    assert.equal(config.trustProxy, false);
    assert.equal(config.metrics, true);
    assert.equal(config.shutdownTimeoutS, 25);
    assert.equal(config.databasePoolMax, 10);
  });

  it('seeds and signs in anyone only in demo mode, and refuses either in production', () => {
    const demo = loadConfig({ CQTT_MODE: 'demo' });
    assert.equal(demo.seed, true);
    assert.equal(demo.demoAuth, true);
    assert.equal(loadConfig({ CQTT_MODE: 'demo', CQTT_SEED: 'off' }).seed, false);
    for (const variable of ['CQTT_SEED', 'CQTT_DEMO_AUTH']) {
      assert.throws(
        () => loadConfig({ [variable]: 'on' }),
        (error: unknown) => error instanceof ConfigError && error.variable === variable && /only with CQTT_MODE=demo/.test(error.message),
        variable,
      );
    }
    assert.throws(() => loadConfig({ CQTT_MODE: 'staging' }), /CQTT_MODE must be demo or production/);
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      CQTT_HOST: '0.0.0.0',
      PORT: '9000',
      CQTT_DATA_DIR: 'memory://',
      CQTT_CORS_ORIGINS: 'https://dichvucong.binhphuoc.gov.vn, http://localhost:5173',
      CQTT_BODY_LIMIT: '4096',
      CQTT_RATE_LIMIT: '0',
      CQTT_RATE_WINDOW_MS: '1000',
      CQTT_SEED: 'off',
      CQTT_HOTLINE: '',
      CQTT_TRUST_PROXY: 'yes',
      CQTT_METRICS: 'off',
      CQTT_SHUTDOWN_TIMEOUT_S: '5',
      CQTT_DATABASE_POOL_MAX: '25',
    });
    assert.equal(config.port, 9000);
    assert.equal(config.dataDir, 'memory://');
    assert.deepEqual(config.corsOrigins, ['https://dichvucong.binhphuoc.gov.vn', 'http://localhost:5173']);
    assert.equal(config.bodyLimitBytes, 4096);
    assert.deepEqual(config.rateLimit, { requests: 0, windowMs: 1000 });
    assert.equal(config.seed, false);
    assert.equal(config.hotline, '');
    assert.equal(config.trustProxy, true);
    assert.equal(config.metrics, false);
    assert.equal(config.shutdownTimeoutS, 5);
    assert.equal(config.databasePoolMax, 25);
    const lines = describeConfig(config);
    const postgres = describeConfig(loadConfig({ CQTT_DATABASE_URL: 'postgres://cqtt:secret@db.internal:5432/cqtt', CQTT_DATABASE_POOL_MAX: '25' }));
    assert.ok(postgres.includes('database: PostgreSQL at postgres://cqtt:***@db.internal:5432/cqtt, up to 25 connections'), postgres.join('\n'));
    assert.ok(lines.includes('rateLimit: off'));
    assert.ok(lines.includes('hotline: (none)'));
    assert.ok(describeConfig(loadConfig({})).includes('corsOrigins: (none)'));
  });

  it('rejects a port that is not a number with a clear error', () => {
    assert.throws(() => loadConfig({ CQTT_PORT: 'eighty' }), ConfigError);
    assert.throws(() => loadConfig({ CQTT_PORT: '70000' }), /0-65535/);
  });

  it('names the variable of every bad value', () => {
    const bad: Record<string, string> = {
      CQTT_CORS_ORIGINS: 'https://portal.example.gov.vn/path',
      CQTT_BODY_LIMIT: '10kb',
      CQTT_RATE_LIMIT: '-1',
      CQTT_SEED: 'maybe',
      CQTT_HOTLINE: 'https://example.com',
      CQTT_TRUST_PROXY: '2',
      CQTT_METRICS: 'sometimes',
      CQTT_SHUTDOWN_TIMEOUT_S: '-5',
      CQTT_DATABASE_POOL_MAX: '0',
    };
    for (const [variable, value] of Object.entries(bad)) {
      assert.throws(() => loadConfig({ [variable]: value }), (error: unknown) => error instanceof ConfigError && error.variable === variable, variable);
    }
    assert.throws(() => loadConfig({ CQTT_CORS_ORIGINS: 'not a url' }), /CQTT_CORS_ORIGINS/);
  });
});
