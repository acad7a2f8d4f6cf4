import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp, openDatabase, PgliteWorkerClient, SqlRepository, type SqlClient } from '@cqtt/server';
import { testAuth, testConfig } from './helpers.js';

// The server's PGlite runs in a worker thread: these tests hold it busy and watch the server's thread go on.
describe('PGlite in a worker thread', () => {
  let db: SqlClient;
  before(async () => {
    db = await openDatabase('memory://');
  });
  after(() => db.close());

  it('is the engine the server opens by default', () => {
    assert.ok(db instanceof PgliteWorkerClient);
  });

  it('answers other requests while a long query runs', async () => {
    const app = createApp(testConfig(), { repository: new SqlRepository(db), auth: testAuth });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const listening = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(listening));
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const finished: string[] = [];
      // A report that takes long, as a month over 100,000 dossiers does; on the server's thread it would hold the
      // event loop until it ends, and the time would answer after it.
      const report = db.query('select pg_sleep(3)').then(() => finished.push('long query'));
      const time = await fetch(`${base}/api/v1/time`);
      finished.push('GET /api/v1/time');
      assert.equal(time.status, 200);
      await report;
      assert.deepEqual(finished, ['GET /api/v1/time', 'long query']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('runs a transaction alone: statements from outside wait until it ends', async () => {
    await db.exec('create table counted (n integer primary key)');
    const order: string[] = [];
    let outside: Promise<number> | undefined;
    await db.transaction(async (tx) => {
      await tx.query('insert into counted values (1)');
      outside = db.query<{ count: number }>('select count(*) as count from counted').then((result) => {
        order.push('outside');
        return result.rows[0]!.count;
      });
      await tx.query('insert into counted values (2)');
      order.push('committed');
    });
    assert.equal(await outside, 2, 'the outside statement saw the whole transaction, not half of it');
    assert.deepEqual(order, ['committed', 'outside']);
  });

  it('keeps PostgreSQL error fields across the thread, and goes on after an error', async () => {
    await db.exec('create table unique_codes (code text primary key)');
    await db.query('insert into unique_codes values ($1)', ['A']);
    await assert.rejects(db.query('insert into unique_codes values ($1)', ['A']), { code: '23505', constraint: 'unique_codes_pkey', table: 'unique_codes' });
    await assert.rejects(db.query('select $1::date', ['0001-13-01']), { code: '22008' });
    await assert.rejects(db.query('select $1::text', [Symbol('no structured clone')]), { name: 'DataCloneError' });
    assert.deepEqual((await db.query('select count(*) as n from unique_codes')).rows, [{ n: 1 }]);
  });

  it('fails to open a folder PGlite cannot read, ending its thread and releasing the folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cqtt-unreadable-'));
    try {
      writeFileSync(join(folder, 'PG_VERSION'), 'not a version\n');
      await assert.rejects(PgliteWorkerClient.open(folder), /PGlite failed to initialize/);
      assert.equal(existsSync(join(folder, 'cqtt.lock')), false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('ends its thread on close, and refuses statements after', async () => {
    const other = await openDatabase('memory://');
    await other.close();
    await other.close();
    await assert.rejects(other.query('select 1'), /PGlite is closed/);
  });
});
