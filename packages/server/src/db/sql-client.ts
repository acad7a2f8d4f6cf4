/** One result of `SqlSession.query`: the rows, typed by the caller. */
export interface SqlResult<T> {
  readonly rows: T[];
}

/** The least a statement needs: parameterised queries (`$1`, `$2`, …). PGlite and `SqlClient` both have it. */
export interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** A database that can run work in a transaction, as both PGlite and `SqlClient` can. */
export interface Transactional {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
}

/**
 * What the repository and the migrations say to a database: parameterised statements (`$1`, `$2`, …) and, for
 * migrations, scripts of several statements without parameters. The same SQL runs on both engines.
 */
export interface SqlSession {
  query<T>(sql: string, params?: readonly unknown[]): Promise<SqlResult<T>>;
  /** Runs a script of one or more statements, without parameters and without results. */
  exec(sql: string): Promise<void>;
}

/** Which database the server runs on: PGlite in-process, or a PostgreSQL server through a pool. */
export type SqlEngine = 'pglite' | 'postgres';

/**
 * A database, whichever engine is behind it. Values come back the same on both engines: `timestamptz` and
 * `timestamp` (read as UTC) as `Date`, `date` as its `YYYY-MM-DD` text, every integer and `numeric` as a `number`,
 * `json`/`jsonb` parsed.
 */
export interface SqlClient extends SqlSession {
  readonly engine: SqlEngine;
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. The
   * session given to `work` is the only one to use inside it.
   */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
  /** Closes the database (PGlite) or the pool (PostgreSQL); idempotent. */
  close(): Promise<void>;
}

/** Type OIDs whose default conversions differ between the engines, and the one both use. */
export const sharedParsers: Readonly<Record<number, (text: string) => unknown>> = {
  // int8 (count(*), sum of integers) and numeric: numbers, as PGlite gives int8 already.
  20: Number,
  1700: Number,
  // date: its text, never a Date at some zone's midnight.
  1082: (text) => text,
  // timestamp without time zone: read as UTC, whatever the host's zone.
  1114: (text) => new Date(`${text.replace(' ', 'T')}Z`),
};
