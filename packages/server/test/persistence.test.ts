import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, migrations, startServer } from '@cqtt/server';
import { asStaff, postInit, surveyBody, testAuth, testConfig, vn } from './helpers.js';
import { createTestDatabase, openTestDatabase, type TestDatabase } from './test-database.js';

describe('the data directory', () => {
  let dataDir: string;
  // On PostgreSQL the server keeps its data in this database rather than in the folder.
  let database: TestDatabase;
  before(async () => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'cqtt-data-')), 'nested', 'pglite');
    database = await createTestDatabase();
  });
  after(async () => {
    rmSync(join(dataDir, '..', '..'), { recursive: true, force: true });
    await database.drop();
  });

  it('keeps surveys, seeds and migrations across a restart, and does not seed twice', async () => {
    const now = vn('2026-11-27', '15:30');
    const config = testConfig({ dataDir, databaseUrl: database.databaseUrl, seed: true, host: '127.0.0.1', port: 0 });
    const first = await startServer(config, testAuth, { clock: () => now });
    assert.ok(first.seeded && first.seeded.dossiers > 0 && first.seeded.agencies > 0 && first.seeded.surveys > 0);
    const seededSurveys = await first.repository.surveyCount();
    const returned = (await (await fetch(`${first.url}api/v1/dossiers?status=returned&limit=1`, asStaff())).json()) as { id: string }[];
    const id = returned[0]!.id;
    const vote = surveyBody(id, { callbackConsent: true, phone: '0912345678' });
    const posted = await fetch(`${first.url}api/v1/surveys`, postInit(vote, 'restart-key'));
    assert.equal(posted.status, 201);
    await first.close();

    const second = await startServer({ ...config, hotline: '' }, testAuth, { clock: () => now + 86_400_000 });
    try {
      const kinds = ((await (await fetch(`${second.url}api/v1/messages`)).json()) as { kind: string }[]).map((m) => m.kind);
      assert.ok(!kinds.includes('hotline'), 'the hotline follows the configuration, not the first seed');
      assert.deepEqual(second.seeded, { agencies: 0, messages: 0, dossiers: 0, surveys: 0 });
      const status = (await (await fetch(`${second.url}api/v1/surveys/${encodeURIComponent(id)}`, asStaff())).json()) as { answered: boolean; callbackPhone?: string };
      assert.equal(status.answered, true);
      assert.equal(status.callbackPhone, '0912345678', 'kept within the retention period');
      const replay = await fetch(`${second.url}api/v1/surveys`, postInit(vote, 'restart-key'));
      assert.equal(replay.status, 201, 'the idempotency key survived too');
      assert.equal(await second.repository.surveyCount(), seededSurveys + 1);
    } finally {
      await second.close();
    }

    const weekLater = await startServer(config, testAuth, { clock: () => now + 8 * 86_400_000 });
    try {
      const messages = (await (await fetch(`${weekLater.url}api/v1/messages`)).json()) as { kind: string; href?: string }[];
      assert.equal(messages.find((m) => m.kind === 'hotline')?.href, 'tel:+842713000000');
      const retry = await fetch(`${weekLater.url}api/v1/surveys`, postInit(vote, 'restart-key'));
      assert.equal(retry.status, 409, 'a week-old key is forgotten: the retry is a new request, and the dossier is answered');
    } finally {
      await weekLater.close();
    }

    // The retention job runs at start: 90 days after the survey, the call-back number is gone, the vote stays.
    const afterRetention = await startServer(config, testAuth, { clock: () => now + 90 * 86_400_000 });
    try {
      const status = (await (await fetch(`${afterRetention.url}api/v1/surveys/${encodeURIComponent(id)}`, asStaff())).json()) as { answered: boolean; callbackPhone?: string };
      assert.equal(status.answered, true);
      assert.equal(status.callbackPhone, undefined);
    } finally {
      await afterRetention.close();
    }
  });

  it('applies each numbered migration once, and leaves none half-applied when one fails', async () => {
    const db = await openTestDatabase();
    try {
      const recorded = (await db.query<{ id: number; name: string }>('select id, name from migrations order by id')).rows;
      assert.deepEqual(recorded.map((row) => row.id), migrations.map((migration) => migration.id));
      assert.deepEqual(await migrate(db, migrations), [], 'nothing left to apply');
      const next = [...migrations, { id: 100, name: 'probe', sql: 'create table probe (id int)' }];
      assert.deepEqual(await migrate(db, next), [100]);

      const broken = [...next, { id: 101, name: 'broken', sql: 'create table half (id int); select * from missing_table' }];
      await assert.rejects(migrate(db, broken));
      const half = (await db.query<{ n: number }>(`select count(*)::int as n from pg_tables where tablename = 'half'`)).rows[0]?.n;
      assert.equal(half, 0);
      assert.deepEqual(await migrate(db, next), [], 'the good ones stay applied');
    } finally {
      await db.close();
    }
  });
});
