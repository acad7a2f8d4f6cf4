import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataFolder } from './folder-lock.js';
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
  readonly #unlock: () => void;

  private constructor(db: PGlite, unlock: () => void) {
    this.#db = db;
    this.#session = session(db);
    this.#unlock = unlock;
  }

  /**
   * Opens (creating when needed) the database in `dataDir`, or in memory for `memory://`. A folder is locked for
   * this process until `close`: a second process stops with `DataFolderInUseError`.
   */
  static async open(dataDir: string): Promise<PgliteClient> {
    if (dataDir.startsWith('memory://')) return new PgliteClient(await PGlite.create(dataDir, { parsers: sharedParsers }), () => undefined);
    mkdirSync(dataDir, { recursive: true });
    const unlock = lockDataFolder(dataDir);
    try {
      return new PgliteClient(await PGlite.create(dataDir, { parsers: sharedParsers }), unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  /**
   * Creates the database in the empty or missing folder `dataDir` from a dump of `dumpDataDir` (a gzipped tarball),
   * as `cqtt-server restore` does.
   */
  static async restore(dataDir: string, dump: Blob): Promise<PgliteClient> {
    mkdirSync(dataDir, { recursive: true });
    const unlock = lockDataFolder(dataDir);
    try {
      return new PgliteClient(await PGlite.create(dataDir, { parsers: sharedParsers, loadDataDir: dump }), unlock);
    } catch (error) {
      unlock();
      throw error;
    }
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
    if (this.#db.closed) return;
    await this.#db.close();
    this.#unlock();
  }
}
