import type { ReactiveController, ReactiveControllerHost } from 'lit';

const query = '(prefers-reduced-motion: reduce)';

/** Follows the user's "reduce motion" setting, live: the host renders again when it changes. */
export class ReducedMotionController implements ReactiveController {
  private media: MediaQueryList | undefined;
  private reduced = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True when the user asked the system for less motion. */
  get value(): boolean {
    return this.reduced;
  }

  hostConnected(): void {
    this.media = window.matchMedia(query);
    this.reduced = this.media.matches;
    this.media.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onChange);
    this.media = undefined;
  }

  private readonly onChange = (event: MediaQueryListEvent): void => {
    this.reduced = event.matches;
    this.host.requestUpdate();
  };
}
