/**
 * The PGlite worker thread: opens the database of `workerData` and runs what the server's thread asks
 * (`pglite-worker-protocol.ts`), so that a long query holds this thread and not the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PgliteClient } from './pglite-client.js';
import { toRemoteError, type WorkerData, type WorkerReply, type WorkerRequest } from './pglite-worker-protocol.js';
import type { SqlSession } from './sql-client.js';

interface OpenTransaction {
  readonly session: SqlSession;
  /** Lets the transaction's work end: committed, or rolled back. */
  readonly decide: (commit: boolean) => void;
  /** Settles once PGlite has committed or rolled back. */
  readonly ended: Promise<void>;
}

const port = parentPort!;
const rollbackAsked = new Error('rollback asked');
const transactions = new Map<number, OpenTransaction>();

function send(reply: WorkerReply): void {
  try {
    port.postMessage(reply);
  } catch (error) {
    // A value without a structured clone (DataCloneError) fails its request, not the thread.
    port.postMessage({ id: reply.id, ok: false, error: toRemoteError(error) } satisfies WorkerReply);
  }
}

/**
 * Opens transaction `tx` in PGlite's own `transaction`, which holds the connection: statements outside it, and other
 * transactions, wait until it ends. Resolves once `BEGIN` has run.
 */
function begin(db: PgliteClient, tx: number): Promise<void> {
  let opened!: () => void;
  const open = new Promise<void>((resolve) => (opened = resolve));
  let decide!: (commit: boolean) => void;
  const decision = new Promise<void>((commit, rollback) => (decide = (yes) => (yes ? commit() : rollback(rollbackAsked))));
  const ended: Promise<void> = db.transaction(async (session) => {
    transactions.set(tx, { session, decide, ended });
    opened();
    await decision;
  });
  return Promise.race([open, ended]);
}

async function end(tx: number, commit: boolean): Promise<void> {
  const transaction = transactions.get(tx);
  if (transaction === undefined) throw new Error('Transaction is closed');
  transactions.delete(tx);
  transaction.decide(commit);
  await transaction.ended.catch((error: unknown) => {
    if (error !== rollbackAsked) throw error;
  });
}

function sessionOf(db: PgliteClient, tx: number | undefined): SqlSession {
  if (tx === undefined) return db;
  const transaction = transactions.get(tx);
  if (transaction === undefined) throw new Error('Transaction is closed');
  return transaction.session;
}

async function answer(db: PgliteClient, request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'query':
      return (await sessionOf(db, request.tx).query(request.sql, request.params)).rows;
    case 'exec':
      return sessionOf(db, request.tx).exec(request.sql);
    case 'begin':
      return begin(db, request.tx);
    case 'commit':
    case 'rollback':
      return end(request.tx, request.op === 'commit');
    case 'close':
      return db.close();
  }
}

try {
  const db = await PgliteClient.create((workerData as WorkerData).dataDir);
  port.on('message', (request: WorkerRequest) => {
    void answer(db, request)
      .then(
        (value) => send({ id: request.id, ok: true, value }),
        (error: unknown) => send({ id: request.id, ok: false, error: toRemoteError(error) }),
      )
      // Once the database is closed, the thread has nothing left to wait for and ends.
      .then(() => request.op === 'close' && port.close());
  });
  send({ id: 0, ok: true });
} catch (error) {
  send({ id: 0, ok: false, error: toRemoteError(error) });
  port.close();
}
