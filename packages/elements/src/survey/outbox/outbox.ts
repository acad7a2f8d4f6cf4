import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SurveyResponse } from '@cqtt/core';

/** The IndexedDB database every `<cqtt-survey>` on an origin shares. */
export const defaultOutboxName = 'cqtt-survey-outbox';

/**
 * Where a stored vote stands: `pending` is retried with backoff; `needs-fix` waits for the citizen to
 * correct what the server rejected; `blocked` (401/403/404) waits for a restart or the network to return, or,
 * when its survey token was refused, for a new token.
 */
export type OutboxState = 'pending' | 'needs-fix' | 'blocked';

/** Why the last attempt failed, kept as plain data so it survives a reload. */
export interface OutboxFailure {
  readonly kind: 'network' | 'timeout' | 'rate-limited' | 'server' | 'rejected' | 'unauthorized' | 'forbidden' | 'not-found' | 'unknown';
  readonly status?: number;
  /** The API's error code, e.g. `survey-token-expired`. */
  readonly code?: string;
  readonly message: string;
  /** The fields the server rejected (`path` as the API names it, e.g. `$.phone` or `phone`). */
  readonly fields?: readonly { readonly path: string; readonly message: string }[];
}

/** One vote waiting to be delivered. */
export interface OutboxEntry {
  /** The idempotency key, made when the citizen voted; every attempt sends the same one. */
  readonly key: string;
  readonly response: SurveyResponse;
  /** The dossier's survey token (from its QR code), sent with every attempt; kept so that a reload still has it. */
  readonly surveyToken?: string;
  readonly attempts: number;
  /** Epoch ms before which the vote is not sent again. */
  readonly nextAttemptAt: number;
  readonly state: OutboxState;
  readonly lastError?: OutboxFailure;
}

/** Raised when IndexedDB cannot be opened (private mode, disabled storage, old browser). */
export class OutboxUnavailableError extends Error {
  override readonly name = 'OutboxUnavailableError';
  constructor(options?: { cause?: unknown }) {
    super('IndexedDB is unavailable: survey answers cannot be kept on this device.', options);
  }
}

interface OutboxSchema extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { dossierId: string } };
}

/** The votes not yet delivered, kept in IndexedDB so that a reload or a crash loses none. */
export class SurveyOutbox {
  private constructor(private readonly db: IDBPDatabase<OutboxSchema>) {}

  /** Opens (and creates on first use) the outbox; rejects with `OutboxUnavailableError`. */
  static async open(name: string = defaultOutboxName): Promise<SurveyOutbox> {
    if (typeof indexedDB === 'undefined') throw new OutboxUnavailableError();
    try {
      const db = await openDB<OutboxSchema>(name, 1, {
        upgrade(database) {
          const store = database.createObjectStore('entries', { keyPath: 'key' });
          store.createIndex('dossierId', 'response.dossierId');
        },
        // Another tab or a test wants to delete or upgrade the database: let it.
        blocking(_current, _blocked, event) {
          (event.target as IDBDatabase).close();
        },
      });
      return new SurveyOutbox(db);
    } catch (error) {
      throw new OutboxUnavailableError({ cause: error });
    }
  }

  /** Stores a new vote; resolves once it is durably written. */
  async add(entry: OutboxEntry): Promise<void> {
    await this.db.add('entries', entry);
  }

  /** Swaps a rejected vote for its corrected version in one transaction. */
  async replace(oldKey: string, entry: OutboxEntry): Promise<void> {
    const tx = this.db.transaction('entries', 'readwrite');
    await Promise.all([tx.store.delete(oldKey), tx.store.add(entry), tx.done]);
  }

  async get(key: string): Promise<OutboxEntry | undefined> {
    return this.db.get('entries', key);
  }

  /** The vote stored for a dossier, if one is still waiting. */
  async forDossier(dossierId: string): Promise<OutboxEntry | undefined> {
    return this.db.getFromIndex('entries', 'dossierId', dossierId);
  }

  async all(): Promise<OutboxEntry[]> {
    return this.db.getAll('entries');
  }

  /** Records an attempt's outcome, unless the vote was delivered (and removed) meanwhile by another tab. */
  async update(entry: OutboxEntry): Promise<boolean> {
    const tx = this.db.transaction('entries', 'readwrite');
    const current = await tx.store.get(entry.key);
    if (current) await tx.store.put(entry);
    await tx.done;
    return current !== undefined;
  }

  async remove(key: string): Promise<void> {
    await this.db.delete('entries', key);
  }

  close(): void {
    this.db.close();
  }
}
