import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { loadConfig, openDatabase, SharedRateLimiter, startExclusiveJob, type SqlClient } from '@cqtt/server';
import { createTestDatabase, openTestDatabase, testEngine, type TestDatabase } from './test-database.js';

const windowMs = 60_000;
const start = 1_795_000_000_000 - (1_795_000_000_000 % windowMs);

describe(`the rate limit shared through the database (${testEngine})`, () => {
  let db: SqlClient;
  before(async () => {
    db = await openTestDatabase();
  });
  after(() => db.close());

  it('gives each client one budget per window, whichever instance counts the request', async () => {
    const first = new SharedRateLimiter(db, { requests: 3, windowMs });
    const second = new SharedRateLimiter(db, { requests: 3, windowMs });
    const decisions = [
      await first.take('203.0.113.7', start + 1_000),
      await second.take('203.0.113.7', start + 2_000),
      await first.take('203.0.113.7', start + 3_000),
      await second.take('203.0.113.7', start + 50_000),
      await first.take('198.51.100.2', start + 50_000),
    ];
    assert.deepEqual(decisions, [
      { allowed: true },
      { allowed: true },
      { allowed: true },
      { allowed: false, retryAfterSeconds: 10 },
      { allowed: true },
    ]);
    assert.deepEqual(await first.take('203.0.113.7', start + windowMs), { allowed: true }, 'a new window');
    assert.deepEqual(await second.take('203.0.113.7', start + 59_000), { allowed: true }, 'a lagging clock counts in the newer window');
  });

  it('is off with a limit of 0, and lets requests through when the database cannot count them', async () => {
    assert.deepEqual(await new SharedRateLimiter(db, { requests: 0, windowMs }).take('x', start), { allowed: true });
    const broken = { query: () => Promise.reject(new Error('connection refused')) };
    assert.deepEqual(await new SharedRateLimiter(broken, { requests: 1, windowMs }).take('x', start), { allowed: true });
  });
});

// A job held by another instance exists only with many connections, on a PostgreSQL server.
if (testEngine === 'postgres') {
  describe('a periodic job on many instances', () => {
    let database: TestDatabase;
    let instances: SqlClient[];
    before(async () => {
      database = await createTestDatabase();
      instances = [await openDatabase(database.location), await openDatabase(database.location)];
    });
    after(async () => {
      await Promise.all(instances.map((db) => db.close()));
      await database.drop();
    });

    it('runs in one instance at a time; the others skip that round', async () => {
      const [one, two] = instances as [SqlClient, SqlClient];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      const outcomes: string[] = [];
      const stopOne = startExclusiveJob(
        one,
        90,
        async () => {
          started();
          await held;
          return 'one';
        },
        3_600_000,
        { onRun: (who) => outcomes.push(who) },
      );
      await running;
      const skipped = new Promise<void>((resolve) => {
        const stopTwo = startExclusiveJob(two, 90, () => Promise.resolve('two'), 3_600_000, {
          onRun: (who) => outcomes.push(who),
          onSkipped: () => {
            outcomes.push('two skipped');
            void stopTwo().then(resolve);
          },
        });
      });
      await skipped;
      release();
      await stopOne();
      assert.deepEqual(outcomes, ['two skipped', 'one']);
    });
  });

  describe('the connection pool of one process', () => {
    it('opens at most CQTT_DATABASE_POOL_MAX connections; further queries wait for one', async () => {
      const database = await createTestDatabase();
      const db = await openDatabase(loadConfig({ CQTT_DATABASE_URL: database.databaseUrl, CQTT_DATABASE_POOL_MAX: '3' }));
      const other = await openDatabase(database.location);
      const lock = 4242;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holding = other.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock($1)', [lock]);
        locked();
        await released;
      });
      // Eight queries that each wait for the lock on a connection of their own, if the pool gives them one.
      const queries = isLocked.then(() => Array.from({ length: 8 }, () => db.query('select pg_advisory_xact_lock_shared($1)', [lock])));
      try {
        await queries;
        const blockedSql = `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query like '%pg_advisory_xact_lock_shared%'`;
        const blocked = async (): Promise<number> => (await other.query<{ n: number }>(blockedSql)).rows[0]!.n;
        while ((await blocked()) < 3) await delay(20);
        assert.ok('poolState' in db);
        assert.deepEqual(db.poolState, { total: 3, idle: 0, waiting: 5 });
        assert.equal(await blocked(), 3);
      } finally {
        release();
        await holding;
        await Promise.all(await queries);
        await Promise.all([db.close(), other.close()]);
        await database.drop();
      }
    });
  });
}
