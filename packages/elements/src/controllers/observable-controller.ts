import type { ReactiveControllerHost } from 'lit';
import type { Observable } from 'rxjs';
import { StreamController, type StreamState } from './stream-controller.js';

export type ObservableState<T> = StreamState<T>;

/**
 * A `StreamController` without declared inputs, for code that still reopens its stream by hand: `refresh()` builds
 * the stream again from `source` and keeps the value on screen meanwhile, so it must be used only for a retry of the
 * same inputs. New code declares its inputs with `StreamController`, which never shows a previous input's value.
 *
 * @deprecated Declare the inputs with `StreamController` (the survey is the last user).
 */
export class ObservableController<T> extends StreamController<readonly [], T> {
  /** @param source builds the stream from the host's current inputs; `undefined` means nothing to show yet. */
  constructor(host: ReactiveControllerHost & HTMLElement, source: () => Observable<T> | undefined) {
    super(host, { args: () => [], stream: source });
  }

  /** Subscribes again, e.g. to retry after an error. */
  refresh(): void {
    this.retry();
  }
}
