import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase, type SqlClient } from '@cqtt/server';
import { createTestDatabase, openTestDatabase, testEngine } from './test-database.js';

describe(`the SQL client (${testEngine})`, () => {
  let db: SqlClient;
  before(async () => {
    db = await openTestDatabase();
  });
  after(() => db.close());

  it('gives the same JavaScript values on both engines', async () => {
    const row = (
      await db.query<Record<string, unknown>>(
        `select count(*) as counted, 9007199254740991::int8 as big, 2.5::numeric as ratio, 7::smallint as small, 42 as int,
           '2026-11-27'::date as day, '2026-11-27 08:30:00'::timestamp as wall, '2026-11-27T15:30:00+07:00'::timestamptz as instant,
           '{"a":[1,"hai"]}'::jsonb as doc, true as yes, null::text as nothing
         from (values (1), (2)) as t(x)`,
      )
    ).rows[0];
    assert.deepEqual(row, {
      counted: 2,
      big: 9007199254740991,
      ratio: 2.5,
      small: 7,
      int: 42,
      day: '2026-11-27',
      wall: new Date('2026-11-27T08:30:00Z'),
      instant: new Date('2026-11-27T08:30:00Z'),
      doc: { a: [1, 'hai'] },
      yes: true,
      nothing: null,
    });
  });

  it('passes parameters the same way: text, numbers, arrays, instants as ISO text, JSON as text', async () => {
    const row = (
      await db.query<Record<string, unknown>>(
        'select $1::text as t, $2::int as n, $3::text[] as list, $4::timestamptz as at, $5::jsonb as doc, $6::text is null as missing',
        ['Phường Thác Mơ', 3, ['a', 'b'], '2026-11-27T08:30:00.000Z', JSON.stringify({ x: 'ý' }), null],
      )
    ).rows[0];
    assert.deepEqual(row, { t: 'Phường Thác Mơ', n: 3, list: ['a', 'b'], at: new Date('2026-11-27T08:30:00Z'), doc: { x: 'ý' }, missing: true });
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await db.exec('create table probe (id int primary key)');
    await db.transaction(async (tx) => {
      await tx.query('insert into probe (id) values ($1)', [1]);
    });
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('insert into probe (id) values ($1)', [2]);
        await tx.query('insert into probe (id) values ($1)', [1]);
      }),
    );
    assert.deepEqual((await db.query<{ id: number }>('select id from probe order by id')).rows, [{ id: 1 }]);
  });
});

// Many processes on one database exist only on a PostgreSQL server; a PGlite folder has one process at a time.
if (testEngine === 'postgres') {
  describe('many instances opening one empty PostgreSQL database at once', () => {
    it('all come up, and each migration is applied once', async () => {
      const database = await createTestDatabase();
      try {
        const openings = await Promise.allSettled(Array.from({ length: 6 }, () => openDatabase(database.location)));
        const opened = openings.flatMap((opening) => (opening.status === 'fulfilled' ? [opening.value] : []));
        try {
          assert.deepEqual(openings.filter((opening) => opening.status === 'rejected'), []);
          const recorded = (await opened[0]!.query<{ id: number; n: number }>('select id, count(*)::int as n from migrations group by id order by id')).rows;
          assert.ok(recorded.length > 0);
          assert.ok(recorded.every((row) => row.n === 1));
        } finally {
          await Promise.all(opened.map((db) => db.close()));
        }
      } finally {
        await database.drop();
      }
    });
  });
}
