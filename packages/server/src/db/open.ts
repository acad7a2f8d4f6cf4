import { advisoryLock, lockForTransaction } from './advisory-lock.js';
import { migrations as allMigrations, type Migration } from './migrations.js';
import { PgliteWorkerClient } from './pglite-worker-client.js';
import { PostgresClient } from './postgres-client.js';
import type { SqlClient } from './sql-client.js';

/** Where the data lives: a PostgreSQL server when `databaseUrl` is set, else PGlite in `dataDir`. */
export interface DatabaseLocation {
  /** PGlite's folder, or `memory://` for a database that keeps nothing. */
  readonly dataDir: string;
  /** `postgres://user:password@host:port/database`; empty or absent for PGlite. */
  readonly databaseUrl?: string | undefined;
  /** Most connections to the PostgreSQL server at once (10 when absent); PGlite has one. */
  readonly databasePoolMax?: number | undefined;
}

/** Whether `location` names a PostgreSQL server rather than a PGlite folder. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Connects to the database at `location` (a PostgreSQL URL, a PGlite folder or `memory://`) without migrating. */
export async function connectDatabase(location: string | DatabaseLocation): Promise<SqlClient> {
  const target = typeof location === 'string' ? location : location.databaseUrl || location.dataDir;
  const maxConnections = typeof location === 'string' ? undefined : location.databasePoolMax;
  return isPostgresUrl(target) ? new PostgresClient(target, { maxConnections }) : PgliteWorkerClient.open(target);
}

/**
 * Opens the database at `location` and applies the migrations it has not seen yet. Many processes may open one
 * PostgreSQL database at once: the migrations run under an advisory lock, so each is applied once.
 */
export async function openDatabase(location: string | DatabaseLocation, migrations: readonly Migration[] = allMigrations): Promise<SqlClient> {
  const db = await connectDatabase(location);
  try {
    await migrate(db, migrations);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * Applies, in order and each in its own transaction, the migrations not yet recorded in `migrations`. Each
 * transaction first takes the migrations' advisory lock and looks again, so concurrent callers apply each once.
 */
export async function migrate(db: SqlClient, migrations: readonly Migration[]): Promise<number[]> {
  await db.transaction(async (tx) => {
    await lockForTransaction(tx, advisoryLock.migrations);
    await tx.exec(`create table if not exists migrations (
      id integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
  });
  const done = new Set((await db.query<{ id: number }>('select id from migrations')).rows.map((row) => row.id));
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    if (done.has(migration.id)) continue;
    const appliedHere = await db.transaction(async (tx) => {
      await lockForTransaction(tx, advisoryLock.migrations);
      if ((await tx.query('select 1 from migrations where id = $1', [migration.id])).rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into migrations (id, name) values ($1, $2)', [migration.id, migration.name]);
      return true;
    });
    if (appliedHere) applied.push(migration.id);
  }
  return applied;
}
