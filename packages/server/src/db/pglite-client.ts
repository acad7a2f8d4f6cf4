import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { sharedParsers, type SqlClient, type SqlResult, type SqlSession } from './sql-client.js';

function session(db: PGlite | Transaction): SqlSession {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<T>> => ({
      rows: (await db.query<T>(sql, [...params])).rows,
    }),
    exec: async (sql: string): Promise<void> => {
      await db.exec(sql);
    },
  };
}

/** The embedded engine: PostgreSQL compiled to WebAssembly, in this process, on one connection. */
export class PgliteClient implements SqlClient {
  readonly engine = 'pglite';
  readonly #db: PGlite;
  readonly #session: SqlSession;

  private constructor(db: PGlite) {
    this.#db = db;
    this.#session = session(db);
  }

  /** Opens (creating when needed) the database in `dataDir`, or in memory for `memory://`. */
  static async open(dataDir: string): Promise<PgliteClient> {
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    return new PgliteClient(await PGlite.create(dataDir, { parsers: sharedParsers }));
  }

  /**
   * Creates the database in the empty or missing folder `dataDir` from a dump of `dumpDataDir` (a gzipped tarball),
   * as `cqtt-server restore` does.
   */
  static async restore(dataDir: string, dump: Blob): Promise<PgliteClient> {
    mkdirSync(dataDir, { recursive: true });
    return new PgliteClient(await PGlite.create(dataDir, { parsers: sharedParsers, loadDataDir: dump }));
  }

  /** The whole database as a gzipped tarball of its folder, as `cqtt-server backup` writes it. */
  async dumpDataDir(): Promise<Blob> {
    return this.#db.dumpDataDir('gzip');
  }

  query<T>(sql: string, params?: readonly unknown[]): Promise<SqlResult<T>> {
    return this.#session.query<T>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.#session.exec(sql);
  }

  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T> {
    return this.#db.transaction((tx) => work(session(tx)));
  }

  async close(): Promise<void> {
    if (!this.#db.closed) await this.#db.close();
  }
}
