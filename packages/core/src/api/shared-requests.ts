import type { Observable } from 'rxjs';
import { defer, finalize, share } from 'rxjs';

/**
 * One in-flight request per key (the URL): subscribers that arrive while it runs share it; when the last one
 * unsubscribes, or the request ends, the entry goes and the next subscriber starts afresh.
 */
export class SharedRequests {
  readonly #inFlight = new Map<string, Observable<unknown>>();

  /** The shared stream for `key`, made by `start` when none is running. */
  get<T>(key: string, start: () => Observable<T>): Observable<T> {
    const running = this.#inFlight.get(key) as Observable<T> | undefined;
    if (running) return running;
    const shared = defer(start).pipe(
      finalize(() => {
        if (this.#inFlight.get(key) === shared) this.#inFlight.delete(key);
      }),
      share({ resetOnRefCountZero: true, resetOnComplete: true, resetOnError: true }),
    );
    this.#inFlight.set(key, shared);
    return shared;
  }
}
