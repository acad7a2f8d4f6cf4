/** What the server's thread asks the PGlite worker thread (`pglite-worker.ts`); `tx` names an open transaction. */
export type WorkerRequest =
  | { readonly id: number; readonly op: 'query'; readonly sql: string; readonly params: readonly unknown[]; readonly tx?: number | undefined }
  | { readonly id: number; readonly op: 'exec'; readonly sql: string; readonly tx?: number | undefined }
  | { readonly id: number; readonly op: 'begin' | 'commit' | 'rollback'; readonly tx: number }
  | { readonly id: number; readonly op: 'close' };

/** The answer to the request `id`; id 0 answers the opening of the database. */
export type WorkerReply = { readonly id: number; readonly ok: true; readonly value?: unknown } | { readonly id: number; readonly ok: false; readonly error: RemoteError };

/** The database workers' data: the folder (its lock is held by the server's thread) or `memory://`. */
export interface WorkerData {
  readonly dataDir: string;
}

/**
 * An error as it crosses between threads. A structured clone of an Error keeps only its message and stack, and the
 * server needs the rest: the SQLSTATE `code` (class 22 is a 400, 23505 a duplicate) and PostgreSQL's other fields.
 */
export interface RemoteError {
  readonly name: string;
  readonly message: string;
  readonly stack: string | undefined;
  readonly fields: Readonly<Record<string, string | number | boolean>>;
}

export function toRemoteError(error: unknown): RemoteError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), stack: undefined, fields: {} };
  const fields: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[key] = value;
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

export function fromRemoteError(remote: RemoteError): Error {
  const error = Object.assign(new Error(remote.message), remote.fields);
  error.name = remote.name;
  if (remote.stack !== undefined) error.stack = remote.stack;
  return error;
}
