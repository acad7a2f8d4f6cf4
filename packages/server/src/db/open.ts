import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { migrations as allMigrations, type Migration } from './migrations.js';

/**
 * Opens (creating when needed) the embedded PostgreSQL in `dataDir`, or in memory for `memory://`, and applies
 * the migrations it has not seen yet. One process at a time may open a given folder.
 */
export async function openDatabase(dataDir: string, migrations: readonly Migration[] = allMigrations): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  try {
    await migrate(db, migrations);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Applies, in order and each in its own transaction, the migrations not yet recorded in `migrations`. */
export async function migrate(db: PGlite, migrations: readonly Migration[]): Promise<number[]> {
  await db.exec(`create table if not exists migrations (
    id integer primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`);
  const done = new Set((await db.query<{ id: number }>('select id from migrations')).rows.map((row) => row.id));
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    if (done.has(migration.id)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query('insert into migrations (id, name) values ($1, $2)', [migration.id, migration.name]);
    });
    applied.push(migration.id);
  }
  return applied;
}
