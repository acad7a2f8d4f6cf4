import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows the user's "reduce motion" setting, live: the host renders again when it changes. */
export class ReducedMotionController implements ReactiveController {
  private readonly media = window.matchMedia('(prefers-reduced-motion: reduce)');

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True when the user asked the system for less motion. */
  get value(): boolean {
    return this.media.matches;
  }

  hostConnected(): void {
    this.media.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.media.removeEventListener('change', this.onChange);
  }

  private readonly onChange = (): void => this.host.requestUpdate();
}
