import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Observable, Subscription } from 'rxjs';

type Opened = Pick<Subscription, 'closed' | 'unsubscribe'>;

/** What an idle state holds: nothing open, nothing to close. */
const nothingOpen: Opened = { closed: true, unsubscribe: () => undefined };

export type StreamState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

/** What a `StreamController` shows and what it is computed from, as `@lit/task` declares a task. */
export interface StreamOptions<A extends readonly unknown[], T> {
  /** The inputs, read at every update of the host; the stream is opened again whenever one of them changes. */
  readonly args: () => A;
  /** The stream for these inputs, built from them alone; `undefined` when there is nothing to show (`idle`). */
  readonly stream: (args: A) => Observable<T> | undefined;
}

export function sameArgs(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a?.length === b.length && b.every((value, index) => Object.is(value, a[index]));
}

/**
 * An Observable held for an element, with declared inputs in the manner of `@lit/task` (whose tasks are promises, not
 * streams that go on emitting): `args` names the inputs, and the stream is opened while the element is connected,
 * closed when it leaves, and opened afresh when an input changes. A new input shows `loading` at once: the value of
 * the previous input is never shown for the new one. Only `retry()`, with the same inputs, keeps the value on screen
 * while it reloads.
 *
 * The inputs are compared whenever `state` is read, so `willUpdate` and `render` both see the state of the current
 * inputs, never the state of the previous ones.
 */
export class StreamController<A extends readonly unknown[], T> implements ReactiveController {
  /** The stream of `#args` (closed once it ended, `nothingOpen` when idle); `undefined` while the host is away. */
  #subscription: Opened | undefined;
  #current: StreamState<T> = { status: 'idle' };
  #latest: T | undefined;
  /** The inputs the state belongs to. */
  #args: A | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: StreamOptions<A, T>,
  ) {
    host.addController(this);
  }

  get state(): StreamState<T> {
    this.#follow();
    return this.#current;
  }

  /**
   * The last value given for the current inputs, kept through a later error and a retry (a ticker keeps its last
   * messages through a network loss); dropped when an input changes.
   */
  get latest(): T | undefined {
    this.#follow();
    return this.#latest;
  }

  /** True while a subscription is open: lets tests and hosts check that nothing leaks. */
  get active(): boolean {
    return this.#subscription?.closed === false;
  }

  hostConnected(): void {
    this.#follow();
  }

  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
  }

  /** Opens the stream again for the same inputs (the retry button, a refresh timer); the value stays meanwhile. */
  retry(): void {
    if (this.#subscription) this.#open(this.options.args());
  }

  /** Opens the stream when the inputs differ from those of the state, or when the host came back. */
  #follow(): void {
    if (!this.host.isConnected) return;
    const args = this.options.args();
    if (!this.#subscription || !sameArgs(this.#args, args)) this.#open(args);
  }

  #open(args: A): void {
    // Only the same inputs may keep the value: a reconnection or a retry, never a new input.
    const sameInputs = sameArgs(this.#args, args);
    if (!sameInputs) this.#latest = undefined;
    this.#subscription?.unsubscribe();
    this.#subscription = nothingOpen;
    this.#args = args;
    const stream = this.options.stream(args);
    if (!stream) {
      this.#set({ status: 'idle' });
      return;
    }
    if (!sameInputs || this.#current.status !== 'ready') this.#set({ status: 'loading' });
    this.#subscription = stream.subscribe({
      next: (value) => {
        this.#latest = value;
        this.#set({ status: 'ready', value });
      },
      error: (error: unknown) => this.#set({ status: 'error', error }),
    });
  }

  #set(state: StreamState<T>): void {
    this.#current = state;
    this.host.requestUpdate();
  }
}
