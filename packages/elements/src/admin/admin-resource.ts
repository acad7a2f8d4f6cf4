import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Observable, Subscription } from 'rxjs';
import { PreconditionFailedError } from '@cqtt/core/admin';

/** Where the last write stands: saving, saved, refused (`error`), or lost to someone else's change (`conflict`). */
export type WriteState<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'conflict'; readonly theirs: T };

/**
 * One data set of the console (a calendar year, an agency's settings, a list): read when the element connects
 * and whenever `reload()` is called, written through `write()`. A write refused with 412 becomes a `conflict`
 * holding the server's current version; the view keeps its own draft, so both can be shown and nothing is lost.
 */
export class AdminResource<T, Item = T> implements ReactiveController {
  value: T | undefined;
  loadError: unknown;
  loading = false;
  /** For a list, a conflict holds the server's version of the one item written (`Item`). */
  state: WriteState<Item> = { kind: 'idle' };
  #reading: Subscription | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: () => Observable<T> | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.reload();
  }

  hostDisconnected(): void {
    this.#reading?.unsubscribe();
  }

  /** Reads the data set again (another agency or year, or after a change). */
  reload(): void {
    this.#reading?.unsubscribe();
    const source = this.read();
    this.loadError = undefined;
    this.loading = source !== undefined;
    this.host.requestUpdate();
    this.#reading = source?.subscribe({
      next: (value) => {
        this.value = value;
        this.loading = false;
        this.host.requestUpdate();
      },
      error: (error: unknown) => {
        this.loadError = error;
        this.loading = false;
        this.host.requestUpdate();
      },
    });
  }

  /**
   * Sends a write; resolves true once it succeeded. `apply` takes the answer (the new version, or nothing for a
   * delete) into the data set.
   */
  write<R>(request: Observable<R>, apply: (result: R) => void): Promise<boolean> {
    this.state = { kind: 'saving' };
    this.host.requestUpdate();
    return new Promise((resolve) => {
      let result: R | undefined;
      request.subscribe({
        next: (value) => (result = value),
        error: (error: unknown) => {
          this.state = error instanceof PreconditionFailedError ? { kind: 'conflict', theirs: error.current as Item } : { kind: 'error', error };
          this.host.requestUpdate();
          resolve(false);
        },
        complete: () => {
          apply(result as R);
          this.state = { kind: 'saved' };
          this.host.requestUpdate();
          resolve(true);
        },
      });
    });
  }

  /** Takes the server's version after a conflict, dropping the draft. */
  takeTheirs(theirs: T): void {
    this.value = theirs;
    this.state = { kind: 'idle' };
    this.host.requestUpdate();
  }

  /** Forgets a conflict or an error, e.g. once the list was read again. */
  settle(): void {
    this.state = { kind: 'idle' };
    this.host.requestUpdate();
  }
}
