import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrations as allMigrations, openDatabase, SqlRepository, type Migration, type SqlClient } from '@cqtt/server';

/**
 * The PostgreSQL server the suite runs against (`scripts/test-node.mjs` starts one and sets it), or undefined:
 * then every test database is PGlite in memory.
 */
const serverUrl = process.env.CQTT_TEST_DATABASE_URL || undefined;

/** The engine the tests run on. */
export const testEngine = serverUrl ? 'postgres' : 'pglite';

async function onServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A new empty database of its own for one test; `drop` deletes it (closing whatever is still connected). */
export interface TestDatabase {
  /** A PostgreSQL URL on the test server, or `memory://` on PGlite (a new database at each opening). */
  readonly location: string;
  /** The URL for `CQTT_DATABASE_URL`; empty on PGlite, where the server uses its data folder. */
  readonly databaseUrl: string;
  drop(): Promise<void>;
}

/** Creates an empty database: on the test server when there is one, else PGlite's `memory://`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) return { location: 'memory://', databaseUrl: '', drop: () => Promise.resolve() };
  const name = `cqtt_test_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { location: url.toString(), databaseUrl: url.toString(), drop: () => onServer(`drop database if exists ${name} with (force)`) };
}

/** A migrated database of its own; closing it also deletes it. */
export async function openTestDatabase(migrations: readonly Migration[] = allMigrations): Promise<SqlClient> {
  const database = await createTestDatabase();
  const db = await openDatabase(database.location, migrations);
  return {
    engine: db.engine,
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    transaction: (work) => db.transaction(work),
    close: async () => {
      await db.close();
      await database.drop();
    },
  };
}

/** A repository over a migrated database of its own; closing it also deletes the database. */
export async function openTestRepository(): Promise<SqlRepository> {
  return new SqlRepository(await openTestDatabase());
}
