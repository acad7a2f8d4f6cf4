import { Worker } from 'node:worker_threads';
import { openLockedFolder } from './folder-lock.js';
import { fromRemoteError, type WorkerData, type WorkerReply, type WorkerRequest } from './pglite-worker-protocol.js';
import type { SqlClient, SqlResult, SqlSession } from './sql-client.js';

/** Distributes `Omit` over a union, so each request keeps its own fields. */
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * Starts `pglite-worker`: the built `.js` beside this module, or from source its `.ts`, loaded through tsx, whose
 * hooks Node 20 does not carry into a worker thread (`--import tsx` included).
 */
function startWorker(workerData: WorkerData): Worker {
  const script = new URL(import.meta.url.endsWith('.ts') ? './pglite-worker.ts' : './pglite-worker.js', import.meta.url);
  if (script.pathname.endsWith('.js')) return new Worker(script, { workerData });
  const boot = `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});
register();
await import(${JSON.stringify(script.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
}

/**
 * The embedded engine the server runs on: PGlite in a worker thread of its own, so that a long query (a month
 * report) holds that thread while the event loop goes on answering other requests. Same contract and same values as
 * `PgliteClient`: PGlite has one connection, so a transaction holds it and every other statement waits its turn.
 */
export class PgliteWorkerClient implements SqlClient {
  readonly engine = 'pglite';
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  readonly #exited: Promise<void>;
  #nextId = 1;
  #nextTransaction = 1;
  /** Why the worker can take no more requests: closed, or ended on its own. */
  #gone: Error | undefined;
  #closing: Promise<void> | undefined;

  private constructor(worker: Worker, release: () => void) {
    this.#worker = worker;
    // An idle worker does not keep the process alive, as PGlite in the main thread would not.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.#settle(reply.id, reply.ok ? { value: reply.value } : { error: fromRemoteError(reply.error) }));
    worker.on('error', (error) => this.#end(error));
    this.#exited = new Promise((resolve) => {
      worker.once('exit', (code) => {
        this.#end(new Error(`The PGlite worker thread ended (exit code ${code}).`));
        release();
        resolve();
      });
    });
  }

  /**
   * Opens (creating when needed) the database in `dataDir`, or in memory for `memory://`, in a new worker thread. A
   * folder is locked for this process until `close`: a second process stops with `DataFolderInUseError`.
   */
  static open(dataDir: string): Promise<PgliteWorkerClient> {
    return openLockedFolder(dataDir, async (release) => {
      const client = new PgliteWorkerClient(startWorker({ dataDir }), once(release));
      try {
        await client.#request(0);
        return client;
      } catch (error) {
        client.#worker.ref();
        await client.#worker.terminate();
        await client.#exited;
        throw error;
      }
    });
  }

  query<T>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<T>> {
    return this.#session().query<T>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.#session().exec(sql);
  }

  async transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T> {
    const tx = this.#nextTransaction++;
    await this.#send({ op: 'begin', tx });
    let result: T;
    try {
      result = await work(this.#session(tx));
    } catch (error) {
      await this.#send({ op: 'rollback', tx });
      throw error;
    }
    await this.#send({ op: 'commit', tx });
    return result;
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      if (this.#gone === undefined) await this.#send({ op: 'close' });
      this.#end(new Error('PGlite is closed'));
      this.#worker.ref();
      await this.#exited;
    })();
    return this.#closing;
  }

  #session(tx?: number): SqlSession {
    return {
      query: async <T>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<T>> => ({
        rows: (await this.#send({ op: 'query', sql, params: [...params], tx })) as T[],
      }),
      exec: async (sql: string): Promise<void> => {
        await this.#send({ op: 'exec', sql, tx });
      },
    };
  }

  #send(request: Unsent<WorkerRequest>): Promise<unknown> {
    if (this.#gone) return Promise.reject(this.#gone);
    const id = this.#nextId++;
    const answered = this.#request(id);
    try {
      this.#worker.postMessage({ ...request, id });
    } catch (error) {
      // A parameter without a structured clone (a function, a class with private state) fails before it is sent.
      this.#settle(id, { error: error as Error });
    }
    return answered;
  }

  /** Waits for the answer to request `id`; the worker is kept alive while any is awaited. */
  #request(id: number): Promise<unknown> {
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject }));
  }

  #settle(id: number, outcome: { readonly value: unknown } | { readonly error: Error }): void {
    const waiting = this.#pending.get(id);
    if (waiting === undefined) return;
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker.unref();
    if ('error' in outcome) waiting.reject(outcome.error);
    else waiting.resolve(outcome.value);
  }

  /** Fails every request still waiting, and every later one, with `reason`. */
  #end(reason: Error): void {
    this.#gone ??= reason;
    for (const waiting of this.#pending.values()) waiting.reject(reason);
    this.#pending.clear();
    this.#worker.unref();
  }
}

function once(release: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}
