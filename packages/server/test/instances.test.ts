import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase, SharedRateLimiter, startExclusiveJob, type SqlClient } from '@cqtt/server';
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
}
