import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TickerItem } from './ticker-items.js';
import type { StripView } from './ticker-lineup.js';

/** Default scrolling speed, in CSS pixels per second: readable from across a hall. */
export const DEFAULT_TICKER_SPEED = 80;

export interface TickerMotionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: ParentNode;
  /** Pixels per second. */
  readonly speed: number;
  /** The user's pause. */
  readonly paused: boolean;
}

/**
 * The ticker's motion: one Web Animation of `transform: translateX` (compositor only, no layout) of the strip at a
 * constant speed. The strip is the lead (`.lead`, lines shown once), then the list twice (`.track`), so the end of a
 * pass looks exactly like its start and the loop is seamless: a pass is one iteration, replayed at its end. A lead is
 * an iteration of its own, from its offset to its end; then it is dropped and the loop starts from the top. The strip
 * holds still while the pointer or the keyboard focus is in it, so a link can be read and used.
 */
export class TickerMotion implements ReactiveController {
  /** The lines the strip shows once, before its loop (see `lineUp`). */
  lead: readonly TickerItem[] = [];
  private offset = 0;
  private animation: Animation | undefined;
  private started = false;
  private to = 0;
  private speed = 0;
  private held = false;
  private readonly resizeObserver = new ResizeObserver(() => this.sync());
  private observed: Element | null = null;

  /** `ready`: whether the strip may start the first time (the host waits for the portal's first answer); `still`: reduced motion. */
  constructor(
    private readonly host: TickerMotionHost,
    private readonly ready: () => boolean,
    private readonly still: () => boolean,
  ) {
    host.addController(this);
  }

  /** Where the lines of the strip are now (`lines`: its lead, list and copy, in order); `undefined` while it does not move. */
  view(items: readonly TickerItem[]): StripView | undefined {
    const rail = this.rail();
    const viewport = rail?.parentElement?.getBoundingClientRect();
    if (!this.animation || !rail || !viewport) return undefined;
    const origin = rail.getBoundingClientRect().left;
    const lines = [...this.lead, ...items, ...items];
    const placed = [...rail.querySelectorAll('li')].map((line, index) => {
      const { left, right } = line.getBoundingClientRect();
      return { item: lines[index]!, start: left - origin, end: right - origin };
    });
    return { lines: placed, position: viewport.left - origin, width: viewport.width };
  }

  /** From the next update on, the strip shows `lead` then its list, from `offset` pixels into it (see `lineUp`). */
  show(lead: readonly TickerItem[], offset = 0): void {
    this.stop();
    this.lead = lead;
    this.offset = offset;
  }

  hold(held: boolean): void {
    this.held = held;
    this.sync();
  }

  hostUpdated(): void {
    const track = this.host.renderRoot.querySelector('.track');
    if (track !== this.observed) {
      if (this.observed) this.resizeObserver.unobserve(this.observed);
      if (track) this.resizeObserver.observe(track);
      this.observed = track;
    }
    this.sync();
  }

  /** Nothing keeps running once the element leaves the page. */
  hostDisconnected(): void {
    this.stop();
    this.resizeObserver.disconnect();
    this.observed = null;
  }

  private rail(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.rail');
  }

  private sync(): void {
    const rail = this.rail();
    const to = rail?.querySelector(this.lead.length > 0 ? '.lead' : '.track')?.getBoundingClientRect().width ?? 0;
    const speed = Number.isFinite(this.host.speed) && this.host.speed > 0 ? this.host.speed : DEFAULT_TICKER_SPEED;
    const paused = this.host.paused || this.held;
    let animation = this.animation;
    if (!this.host.isConnected || this.still() || !rail || to <= 0 || (!this.started && !this.ready())) {
      this.stop();
      return;
    }
    if (!animation || this.to !== to || this.speed !== speed) {
      // A resize or a new speed: on from the same fraction of the pass.
      const progress = animation?.effect?.getComputedTiming().progress ?? 0;
      this.stop();
      const duration = ((to - this.offset) / speed) * 1000;
      animation = rail.animate([{ transform: `translateX(${-this.offset}px)` }, { transform: `translateX(${-to}px)` }], { duration, easing: 'linear' });
      animation.currentTime = progress * duration;
      animation.onfinish = this.onFinish;
      this.animation = animation;
      this.started = true;
      this.to = to;
      this.speed = speed;
    }
    if (paused && animation.playState === 'running') animation.pause();
    if (!paused && animation.playState === 'paused') animation.play();
  }

  private stop(): void {
    this.animation?.cancel();
    this.animation = undefined;
  }

  private readonly onFinish = (): void => {
    if (this.lead.length === 0) {
      this.animation?.play();
      return;
    }
    this.show([]);
    this.host.requestUpdate();
  };
}
