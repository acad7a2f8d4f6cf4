import type { ReactiveControllerHost } from 'lit';

/** A module fetched once for the page, on the first call; a fetch that failed is tried again on the next call. */
export function pageModule<M>(load: () => Promise<M>): () => Promise<M | undefined> {
  let loading: Promise<M | undefined> | undefined;
  return () =>
    (loading ??= load().catch(() => {
      loading = undefined;
      return undefined;
    }));
}

/**
 * A part of the survey that only some pages need (the QR code's encoder, the kiosk's layout), fetched the first time
 * it is asked for; the element renders again once it has arrived. A chunk that fails to load costs only that part.
 */
export class LazyModule<M> {
  private module: M | undefined;
  private asked = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<M>,
  ) {}

  /** The module once it has arrived; the first call fetches it. */
  get(): M | undefined {
    if (!this.asked) {
      this.asked = true;
      this.load().then(
        (module) => {
          this.module = module;
          this.host.requestUpdate();
        },
        () => undefined,
      );
    }
    return this.module;
  }
}
