import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, createApp, loadConfig } from '@cqtt/server';

describe('server', () => {
  let root: string;
  let app: ReturnType<typeof createApp>;
  const fixedNow = Date.UTC(2026, 10, 27, 8, 30); // Friday 27/11/2026 15:30 in Vietnam

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'cqtt-server-'));
    mkdirSync(join(root, 'demo'));
    mkdirSync(join(root, 'bundle', 'shared'), { recursive: true });
    writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>Cổng dịch vụ công</title>');
    writeFileSync(join(root, 'secret.html'), 'outside the demo folder');
    writeFileSync(join(root, 'bundle', 'shared', 'cqtt.js'), 'export {};');
    app = createApp({ host: '127.0.0.1', port: 0, demoDir: join(root, 'demo'), bundleDir: join(root, 'bundle') }, () => fixedNow);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('tells the server time, so clients never trust the PC clock', async () => {
    const response = await app.request('/api/v1/time');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { epochMs: fixedNow, iso: '2026-11-27T08:30:00.000Z' });
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
  it('has defaults for everything', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
  });

  it('rejects a port that is not a number with a clear error', () => {
    assert.throws(() => loadConfig({ CQTT_PORT: 'eighty' }), ConfigError);
    assert.throws(() => loadConfig({ CQTT_PORT: '70000' }), /0-65535/);
  });
});
