import type { ReactiveControllerHost } from 'lit';
import type { Observable } from 'rxjs';
import { PreconditionFailedError } from '@cqtt/core/admin';
import { StreamController, type StreamOptions, type StreamState, sameArgs } from '../controllers/stream-controller.js';

/** Where the last write stands: saving, saved, refused (`error`), or lost to someone else's change (`conflict`). */
export type WriteState<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'conflict'; readonly theirs: T };

const idle = { kind: 'idle' } as const;

/**
 * One data set of the console (a calendar year, an agency's settings, a list), read for declared inputs as a
 * `StreamController` reads: another agency or year shows loading at once, never the data of the previous one.
 * Written through `write()`; a write refused with 412 becomes a `conflict` holding the server's current version,
 * while the view keeps its own draft, so both can be shown and nothing is lost.
 */
export class AdminResource<A extends readonly unknown[], T, Item = T> {
  /** The last write and the inputs it was made for; for a list, a conflict holds the server's version of one item. */
  #write: { readonly args: A; readonly state: WriteState<Item> } | undefined;
  /**
   * A value the console wrote (or took from a conflict) over the read `over`; a later read, or another input (whose
   * read starts empty), hides it.
   */
  #written: { readonly over: T | undefined; readonly value: T } | undefined;
  readonly #reading: StreamController<A, T>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: StreamOptions<A, T>,
  ) {
    this.#reading = new StreamController(host, options);
  }

  /** The data set for the current inputs: the last read, or what the console wrote over it since. */
  get value(): T | undefined {
    const read = this.#reading.latest;
    const written = this.#written;
    return written && read && written.over === read ? written.value : read;
  }

  set value(value: T) {
    this.#written = { over: this.#reading.latest, value };
    this.host.requestUpdate();
  }

  /** Where the read of the current inputs stands (loading, or its error). */
  get read(): StreamState<T> {
    return this.#reading.state;
  }

  /** Where the last write for the current inputs stands; another agency or year starts idle. */
  get state(): WriteState<Item> {
    const write = this.#write;
    return write && sameArgs(write.args, this.options.args()) ? write.state : idle;
  }

  /** Reads the data set again for the same inputs (a retry, or after a change); the data stays meanwhile. */
  reload(): void {
    this.#reading.retry();
  }

  /**
   * Sends a write; resolves true once it succeeded. `apply` takes the answer (the new version, or nothing for a
   * delete) into the data set. An answer that comes after the inputs changed (the admin moved to another agency)
   * is not applied to the data set now shown: that one was read afresh.
   */
  write<R>(request: Observable<R>, apply: (result: R) => void): Promise<boolean> {
    const args = this.options.args();
    const stillShown = () => sameArgs(args, this.options.args());
    this.#settle({ kind: 'saving' });
    return new Promise((resolve) => {
      let result: R | undefined;
      request.subscribe({
        next: (value) => (result = value),
        error: (error: unknown) => {
          if (stillShown()) this.#settle(error instanceof PreconditionFailedError ? { kind: 'conflict', theirs: error.current as Item } : { kind: 'error', error });
          resolve(false);
        },
        complete: () => {
          if (stillShown()) {
            apply(result as R);
            this.#settle({ kind: 'saved' });
          }
          resolve(true);
        },
      });
    });
  }

  /** Takes the server's version after a conflict, dropping the draft. */
  takeTheirs(theirs: T): void {
    this.value = theirs;
    this.#settle(idle);
  }

  /** Forgets a conflict or an error, e.g. once the list was read again. */
  settle(): void {
    this.#settle(idle);
  }

  #settle(state: WriteState<Item>): void {
    this.#write = { args: this.options.args(), state };
    this.host.requestUpdate();
  }
}
