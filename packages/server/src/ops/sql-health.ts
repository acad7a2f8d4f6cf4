import { migrations as allMigrations, type Migration } from '../db/migrations.js';
import type { SqlClient } from '../db/sql-client.js';
import type { DatabaseHealth } from './health.js';

/** A client that can tell its pool's connections (the PostgreSQL engine can). */
interface PoolReporting {
  readonly poolState: Readonly<Record<string, number>>;
}

function poolOf(db: SqlClient): Readonly<Record<string, number>> | undefined {
  return 'poolState' in db ? (db as SqlClient & PoolReporting).poolState : undefined;
}

/**
 * The health of a database: it answers, every migration in `migrations` is recorded as applied, and, on an
 * engine with a pool, how many connections are in use, idle and waited for.
 */
export function sqlHealth(db: SqlClient, migrations: readonly Migration[] = allMigrations): () => Promise<DatabaseHealth> {
  return async () => {
    const pool = poolOf(db);
    try {
      const { rows } = await db.query<{ id: number }>('select id from migrations');
      const applied = new Set(rows.map((row) => row.id));
      return { reachable: true, migrationsApplied: migrations.every((migration) => applied.has(migration.id)), ...(pool && { pool }) };
    } catch {
      return { reachable: false, migrationsApplied: false, ...(pool && { pool }) };
    }
  };
}
