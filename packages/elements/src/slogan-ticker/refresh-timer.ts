import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `tick` every `interval()` milliseconds while the host is connected, and never after it left the page.
 * An interval of 0 (or less, or not a number) means no timer.
 */
export class RefreshTimer implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private period = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly interval: () => number,
    private readonly tick: () => void,
  ) {
    host.addController(this);
  }

  /** True while a timer is scheduled. */
  get active(): boolean {
    return this.timer !== undefined;
  }

  /** (Re)schedules after each update of the host, which follows its connection and any change of the interval. */
  hostUpdated(): void {
    const interval = this.interval();
    const period = this.host.isConnected && Number.isFinite(interval) && interval > 0 ? interval : 0;
    if (period === this.period) return;
    this.hostDisconnected();
    this.period = period;
    if (period > 0) this.timer = setInterval(this.tick, period);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.period = 0;
  }
}
