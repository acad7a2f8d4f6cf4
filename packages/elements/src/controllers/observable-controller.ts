import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Observable, Subscription } from 'rxjs';

export type ObservableState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * Holds one subscription for an element: opened when the element is connected, closed when it is
 * disconnected, reopened by `refresh()` when the inputs of the source change. Each emission, error
 * or completion asks the host to render again.
 */
export class ObservableController<T> implements ReactiveController {
  private subscription: Subscription | undefined;
  private current: ObservableState<T> = { status: 'idle' };
  private connected = false;

  /** @param source builds the stream from the host's current inputs; `undefined` means nothing to show yet. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => Observable<T> | undefined,
  ) {
    host.addController(this);
  }

  get state(): ObservableState<T> {
    return this.current;
  }

  /** True while a subscription is open: lets tests and hosts check that nothing leaks. */
  get active(): boolean {
    return this.subscription !== undefined && !this.subscription.closed;
  }

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe();
  }

  /** Subscribes again, e.g. after the dossier id changed or to retry after an error. */
  refresh(): void {
    if (!this.connected) return;
    this.unsubscribe();
    this.subscribe();
  }

  private subscribe(): void {
    const stream = this.source();
    if (!stream) {
      this.set({ status: 'idle' });
      return;
    }
    // Keep the last value on screen while a refresh loads, so a retry does not flash an empty state.
    if (this.current.status !== 'ready') this.set({ status: 'loading' });
    this.subscription = stream.subscribe({
      next: (value) => this.set({ status: 'ready', value }),
      error: (error: unknown) => this.set({ status: 'error', error }),
    });
  }

  private unsubscribe(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private set(state: ObservableState<T>): void {
    this.current = state;
    this.host.requestUpdate();
  }
}
