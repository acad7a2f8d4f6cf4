import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffAuthorization } from './helpers.js';
import { cli, urlPattern, waitFor, type Run } from './server-process.js';

describe('cqtt-server start in production', () => {
  let dir: string;
  let server: Run;
  let url: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cqtt-cli-'));
    server = cli(['start'], { CQTT_DATA_DIR: join(dir, 'data'), CQTT_HOTLINE: 'tel:+842713822222', CQTT_PROT: '9000', CQTT_TELEMETRY: 'on' });
    url = (await waitFor(server, urlPattern))[1]!;
  });
  after(async () => {
    if (server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets the schema only: no dossiers, no catalog until asked; never says demo', async () => {
    const agencies = await fetch(`${url}api/v1/agencies`);
    assert.deepEqual(await agencies.json(), []);
    const dossiers = await fetch(`${url}api/v1/dossiers`, { headers: { Authorization: staffAuthorization() } });
    assert.deepEqual(await dossiers.json(), []);
    assert.doesNotMatch(server.output(), /cqtt demo|seeded:/);
    assert.equal((await fetch(`${url}demo/sign-in`, { method: 'POST' })).status, 404);
  });

  it('prints the data folder and the hotline as configured, and warns about unknown CQTT_ variables', () => {
    const output = server.output();
    assert.ok(output.includes(`"config: dataDir: ${join(dir, 'data')}"`), output);
    assert.match(output, /"config: hotline: tel:\+842713822222"/);
    assert.match(output, /"level":"warn","message":"unknown setting CQTT_PROT is ignored \(did you mean CQTT_PORT\?\)"/);
    assert.match(output, /"message":"unknown setting CQTT_TELEMETRY is ignored"/);
  });

  it('answers health, readiness and metrics', async () => {
    assert.deepEqual(await (await fetch(`${url}healthz`)).json(), { status: 'ok' });
    const ready = await fetch(`${url}readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', database: 'reachable', migrations: 'applied' });
    const metrics = await (await fetch(`${url}metrics`)).text();
    assert.match(metrics, /cqtt_http_requests_total\{method="GET",route="\/api\/v1\/agencies",status="200"\} 1/);
    assert.match(metrics, /cqtt_database_up 1/);
  });

  it('writes one JSON line per request with its id, and a hostile path cannot forge a line', async () => {
    const given = await fetch(`${url}api/v1/time`, { headers: { 'X-Request-Id': 'proxy-7f3a.42' } });
    assert.equal(given.headers.get('x-request-id'), 'proxy-7f3a.42');
    const refused = await fetch(`${url}api/v1/time`, { headers: { 'X-Request-Id': 'x'.repeat(200) } });
    assert.match(refused.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    const forged = await fetch(`${url}api/v1/dossiers/x%0A{"level":"error","message":"forged"}%0D%E2%80%A8`, {
      headers: { Authorization: staffAuthorization() },
    });
    assert.equal(forged.status, 400, 'an id with control characters is refused');
    await waitFor(server, /"requestId":"proxy-7f3a\.42"/);
    const lines = server.output().trim().split('\n');
    for (const line of lines) {
      const record = JSON.parse(line) as { time: string; level: string; message: string };
      assert.match(record.time, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, line);
      assert.notEqual(record.message, 'forged', line);
    }
    const line = lines.find((entry) => entry.includes('"requestId":"proxy-7f3a.42"'));
    assert.match(line ?? '', /"level":"info","message":"request","requestId":"proxy-7f3a\.42","method":"GET","route":"\/api\/v1\/time","status":200,"ms":[\d.]+\}$/);
  });
});

describe('cqtt-server on SIGTERM', () => {
  it('refuses new connections, lets the request in flight finish, closes the database and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cqtt-drain-'));
    try {
      const server = cli([], { CQTT_DATA_DIR: join(dir, 'data') });
      const port = Number(new URL((await waitFor(server, urlPattern))[1]!).port);
      // A request in flight: the server has its headers (it answered 100 Continue) and waits for its body.
      const socket = connect(port, '127.0.0.1');
      await once(socket, 'connect');
      let answer = '';
      const continued = new Promise<void>((resolve) =>
        socket.on('data', (chunk: Buffer) => {
          answer += chunk.toString('latin1');
          if (answer.startsWith('HTTP/1.1 100 Continue\r\n\r\n')) resolve();
        }),
      );
      const body = JSON.stringify({ dossierId: 'HS-1' });
      socket.write(
        `POST /api/v1/survey-tokens HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${staffAuthorization()}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
      );
      await continued;
      server.child.kill('SIGTERM');
      await waitFor(server, /SIGTERM: draining/);
      const refused = connect(port, '127.0.0.1');
      let served = '';
      refused.on('data', (chunk: Buffer) => (served += chunk.toString('latin1')));
      refused.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
      const [error] = (await once(refused, 'error')) as [NodeJS.ErrnoException];
      assert.ok(error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET', error.code);
      assert.equal(served, '', 'a new connection is not served');
      // Not end(): Node's server gives no answer to a client that half-closes (the vote test of two instances lost them).
      socket.write(body);
      await once(socket, 'close');
      answer = answer.slice('HTTP/1.1 100 Continue\r\n\r\n'.length);
      assert.match(answer, /^HTTP\/1\.1 404 /, 'the request in flight got its answer (no such dossier)');
      assert.match(answer.toLowerCase(), /\r\nconnection: close\r\n/);
      assert.equal(await server.exited, 0);
      assert.match(server.output(), /"message":"stopped"/);
      assert.doesNotMatch(server.output(), /were cut/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cqtt-server data commands', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cqtt-data-commands-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('migrate, seed-catalog, backup and restore a PGlite folder', async () => {
    const data = join(dir, 'data');
    const migrate = cli(['migrate'], { CQTT_DATA_DIR: data });
    assert.equal(await migrate.exited, 0, migrate.output());
    assert.match(migrate.output(), /migrate: applied migration\(s\) 1, /);
    const again = cli(['migrate'], { CQTT_DATA_DIR: data });
    assert.equal(await again.exited, 0);
    assert.match(again.output(), /the schema is up to date/);

    const seed = cli(['seed-catalog'], { CQTT_DATA_DIR: data });
    assert.equal(await seed.exited, 0, seed.output());
    assert.match(seed.output(), /seed-catalog: \d+ agencies, \d+ ticker lines/);

    const backupFile = join(dir, 'cqtt.tar.gz');
    const backup = cli(['backup', backupFile], { CQTT_DATA_DIR: data });
    assert.equal(await backup.exited, 0, backup.output());
    assert.ok(existsSync(backupFile));

    const restored = join(dir, 'restored');
    const restore = cli(['restore', backupFile], { CQTT_DATA_DIR: restored });
    assert.equal(await restore.exited, 0, restore.output());
    const refuseOverwrite = cli(['restore', backupFile], { CQTT_DATA_DIR: restored });
    assert.equal(await refuseOverwrite.exited, 1);
    assert.match(refuseOverwrite.output(), /is not empty/);

    const server = cli(['start'], { CQTT_DATA_DIR: restored });
    const url = (await waitFor(server, urlPattern))[1]!;
    const agencies = (await (await fetch(`${url}api/v1/agencies`)).json()) as unknown[];
    assert.ok(agencies.length > 0, 'the restored database has the seeded catalog');
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
  });

  it('says to use pg_dump and pg_restore on PostgreSQL, and exits non-zero', async () => {
    for (const [command, tool] of [['backup', 'pg_dump'], ['restore', 'pg_restore']] as const) {
      const run = cli([command, join(dir, 'x.dump')], { CQTT_DATABASE_URL: 'postgres://cqtt@127.0.0.1:1/cqtt' });
      assert.equal(await run.exited, 1);
      assert.match(run.output(), new RegExp(tool));
    }
  });

  it('names an unknown command and exits 2', async () => {
    const run = cli(['serve'], {});
    assert.equal(await run.exited, 2);
    assert.match(run.output(), /unknown command "serve"/);
  });
});
