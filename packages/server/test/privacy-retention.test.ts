import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import { purgeExpiredPhones, startRetentionJob, type Queryable, type Transactional } from '../src/privacy/index.js';

/** Friday 27/11/2026 15:30 in Vietnam. */
const now = Date.UTC(2026, 10, 27, 8, 30);
const dayMs = 86_400_000;

interface Row {
  dossier_id: string;
  phone: string | null;
  callback_consent: boolean;
}

describe('phone retention', () => {
  let db: PGlite;
  before(async () => {
    db = await PGlite.create('memory://');
    // The columns the purge relies on, as in the server's `surveys` table (migration 4).
    await db.exec(`create table surveys (
      dossier_id text primary key,
      level smallint not null,
      comment text,
      phone text,
      callback_consent boolean not null,
      received_at timestamptz not null
    )`);
  });
  after(() => db.close());

  async function seed(rows: readonly [id: string, phone: string | null, consent: boolean, receivedAt: number][]): Promise<void> {
    await db.exec('delete from surveys');
    for (const [id, phone, consent, receivedAt] of rows) {
      await db.query('insert into surveys (dossier_id, level, comment, phone, callback_consent, received_at) values ($1, 4, $2, $3, $4, $5)', [
        id,
        `góp ý ${id}`,
        phone,
        consent,
        new Date(receivedAt).toISOString(),
      ]);
    }
  }

  async function rows(): Promise<Row[]> {
    return (await db.query<Row>('select dossier_id, phone, callback_consent from surveys order by dossier_id')).rows;
  }

  beforeEach(() =>
    seed([
      ['a-older', '0912345678', true, now - 200 * dayMs],
      ['b-exactly-at-limit', '+84 271 3812 345', true, now - 90 * dayMs],
      ['c-one-ms-inside', '0987.654.321', true, now - 90 * dayMs + 1],
      ['d-recent', '0901234567', true, now - 2 * dayMs],
      ['e-no-phone', null, false, now - 400 * dayMs],
      ['f-no-consent', '0934567890', false, now - dayMs],
    ]),
  );

  it('deletes the phone and the consent of surveys received 90 days ago or earlier, and nothing else', async () => {
    assert.equal(await purgeExpiredPhones(db, now, 90), 3);
    assert.deepEqual(await rows(), [
      { dossier_id: 'a-older', phone: null, callback_consent: false },
      { dossier_id: 'b-exactly-at-limit', phone: null, callback_consent: false },
      { dossier_id: 'c-one-ms-inside', phone: '0987.654.321', callback_consent: true },
      { dossier_id: 'd-recent', phone: '0901234567', callback_consent: true },
      { dossier_id: 'e-no-phone', phone: null, callback_consent: false },
      { dossier_id: 'f-no-consent', phone: null, callback_consent: false },
    ]);
    const kept = await db.query<{ n: number }>('select count(*)::int as n from surveys where level = 4 and comment like $1', ['góp ý %']);
    assert.equal(kept.rows[0]?.n, 6, 'the votes and comments stay');
    assert.equal(await purgeExpiredPhones(db, now, 90), 0, 'a second run finds nothing');
  });

  it('follows the configured period', async () => {
    assert.equal(await purgeExpiredPhones(db, now, 1), 5);
    assert.deepEqual(
      (await rows()).filter((row) => row.phone !== null).map((row) => row.dossier_id),
      [],
    );
  });

  it('refuses a retention period that is not a whole number of days', async () => {
    await assert.rejects(purgeExpiredPhones(db, now, 0), RangeError);
    await assert.rejects(purgeExpiredPhones(db, now, 1.5), RangeError);
    assert.equal((await rows()).filter((row) => row.phone !== null).length, 5, 'nothing deleted');
  });

  it('runs at start and on every interval until stopped', async () => {
    const counts: number[] = [];
    let clockNow = now - 150 * dayMs;
    const ran = new Promise<void>((resolve) => {
      const stop = startRetentionJob(db, { phoneRetentionDays: 90 }, () => clockNow, 5, {
        onPurged: (count) => {
          counts.push(count);
          clockNow = now;
          if (counts.length === 3) void stop().then(resolve);
        },
      });
    });
    await ran;
    assert.deepEqual(counts.slice(0, 3), [1, 2, 0]);
    assert.equal((await rows()).find((row) => row.dossier_id === 'a-older')?.phone, null);
  });

  it('reports a failed run and keeps going', async () => {
    const failing: Transactional = {
      transaction: () => Promise.reject(new Error('database closed')),
    };
    const failures: unknown[] = [];
    let stop: (() => Promise<void>) | undefined;
    await new Promise<void>((resolve) => {
      stop = startRetentionJob(failing, { phoneRetentionDays: 90 }, () => now, 5, {
        onError: (error) => {
          failures.push(error);
          if (failures.length === 2) resolve();
        },
      });
    });
    await stop?.();
    assert.equal(failures.length >= 2, true);
    assert.match(String(failures[0]), /database closed/);
  });

  it('never overlaps two runs and works without listeners', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let calls = 0;
    const slow: Queryable & Transactional = {
      transaction: (work) => work(slow),
      query: async <T>() => {
        calls += 1;
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
        return { rows: [] as T[] };
      },
    };
    const stop = startRetentionJob(slow, { phoneRetentionDays: 90 }, () => now, 1);
    // The interval (1 ms) is far shorter than a run (20 ms): wait for runs, not for a time, on a busy machine.
    while (calls < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    await stop();
    assert.equal(maxInFlight, 1);
    assert.equal(inFlight, 0, 'stop waits for the run in progress');
  });
});
