import { PGlite, type Transaction } from '@electric-sql/pglite';
import { openLockedFolder } from './folder-lock.js';
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

/** How `PgliteClient.create` opens a database. */
export interface PgliteOpening {
  /** A dump of `dumpDataDir` to create the database from, in an empty or missing folder. */
  readonly dump?: Blob | undefined;
  /** Runs once the database is closed: the release of the folder's lock, taken by the caller. */
  readonly release?: (() => void) | undefined;
}

/**
 * The embedded engine: PostgreSQL compiled to WebAssembly, in the calling thread, on one connection. A long query
 * holds that thread: the server runs it in a worker thread (`PgliteWorkerClient`).
 */
export class PgliteClient implements SqlClient {
  readonly engine = 'pglite';
  readonly #db: PGlite;
  readonly #session: SqlSession;
  readonly #release: () => void;

  private constructor(db: PGlite, release: () => void) {
    this.#db = db;
    this.#session = session(db);
    this.#release = release;
  }

  /**
   * Opens (creating when needed) the database in `dataDir`, or in memory for `memory://`, without taking the
   * folder's lock: for a caller that holds it (see `openLockedFolder`).
   */
  static async create(dataDir: string, { dump, release = () => undefined }: PgliteOpening = {}): Promise<PgliteClient> {
    const db = await PGlite.create(dataDir, { parsers: sharedParsers, ...(dump ? { loadDataDir: dump } : {}) });
    return new PgliteClient(db, release);
  }

  /**
   * Opens (creating when needed) the database in `dataDir`, or in memory for `memory://`. A folder is locked for
   * this process until `close`: a second process stops with `DataFolderInUseError`.
   */
  static open(dataDir: string): Promise<PgliteClient> {
    return openLockedFolder(dataDir, (release) => PgliteClient.create(dataDir, { release }));
  }

  /**
   * Creates the database in the empty or missing folder `dataDir` from a dump of `dumpDataDir` (a gzipped tarball),
   * as `cqtt-server restore` does.
   */
  static restore(dataDir: string, dump: Blob): Promise<PgliteClient> {
    return openLockedFolder(dataDir, (release) => PgliteClient.create(dataDir, { dump, release }));
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
    this.#release();
  }
}
