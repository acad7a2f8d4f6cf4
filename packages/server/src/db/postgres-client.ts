import pg from 'pg';
import { sharedParsers, type SqlClient, type SqlResult, type SqlSession } from './sql-client.js';

/** pg's parsers, with the ones both engines share in their place. */
function getTypeParser(oid: number, format: 'text' | 'binary' = 'text'): (value: string) => unknown {
  const shared = format === 'text' ? sharedParsers[oid] : undefined;
  return shared ?? (pg.types.getTypeParser(oid, format) as (value: string) => unknown);
}
const types: pg.CustomTypesConfig = { getTypeParser };

function session(client: pg.Pool | pg.PoolClient): SqlSession {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<T>> => ({
      rows: (await client.query(sql, [...params])).rows as T[],
    }),
    exec: async (sql: string): Promise<void> => {
      await client.query(sql);
    },
  };
}

/** Settings of the pool beyond the URL. */
export interface PostgresOptions {
  /** Most connections this process opens at once. */
  readonly maxConnections?: number | undefined;
}

/** A PostgreSQL server (`postgres://…`), through a pool of node-postgres connections. */
export class PostgresClient implements SqlClient {
  readonly engine = 'postgres';
  readonly #pool: pg.Pool;
  readonly #session: SqlSession;
  #closed = false;

  constructor(url: string, options: PostgresOptions = {}) {
    this.#pool = new pg.Pool({ connectionString: url, types, max: options.maxConnections ?? 10 });
    // An idle connection the server drops (restart, failover) must not crash the process; the pool replaces it.
    this.#pool.on('error', () => undefined);
    this.#session = session(this.#pool);
  }

  /** The pool's connections: all of them, the idle ones, and the requests waiting for one. */
  get poolState(): { readonly total: number; readonly idle: number; readonly waiting: number } {
    return { total: this.#pool.totalCount, idle: this.#pool.idleCount, waiting: this.#pool.waitingCount };
  }

  query<T>(sql: string, params?: readonly unknown[]): Promise<SqlResult<T>> {
    return this.#session.query<T>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.#session.exec(sql);
  }

  async transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T> {
    const connection = await this.#pool.connect();
    let broken: unknown;
    try {
      await connection.query('begin');
      const result = await work(session(connection));
      await connection.query('commit');
      return result;
    } catch (error) {
      await connection.query('rollback').catch((rollbackError: unknown) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      // A connection that could not roll back is in an unknown state: the pool drops it instead of reusing it.
      connection.release(broken instanceof Error ? broken : undefined);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }
}
