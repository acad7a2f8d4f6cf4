import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `tick` every `interval()` milliseconds while the host is connected, and never after it left the page.
 * An interval of 0 (or less, or not a number) means no timer.
 */
export class RefreshTimer implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private period = 0;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly interval: () => number,
    private readonly tick: () => void,
  ) {
    host.addController(this);
  }

  /** True while a timer is scheduled. */
  get active(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.schedule();
  }

  hostUpdated(): void {
    if (this.normalizedInterval() !== this.period) this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.clear();
  }

  private schedule(): void {
    this.clear();
    const period = this.normalizedInterval();
    this.period = period;
    if (!this.connected || period === 0) return;
    this.timer = setInterval(this.tick, period);
  }

  private normalizedInterval(): number {
    const period = this.interval();
    return Number.isFinite(period) && period > 0 ? period : 0;
  }

  private clear(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
