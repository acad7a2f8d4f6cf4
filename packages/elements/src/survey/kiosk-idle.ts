import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SurveyClock } from './outbox/clock.js';

/** The kiosk's waits, in ms. */
export interface KioskTiming {
  /** After the thank-you, how long without a touch before a fresh survey. */
  readonly resetAfterThanksMs: number;
  /** While a form has someone's input, how long without a touch before the "are you still there?" warning. */
  readonly idleBeforeWarningMs: number;
  /** How long the warning stays before the form is cleared; at least 20 s (WCAG 2.2.1). */
  readonly warningMs: number;
}

/** 30 s after the thank-you; a warning after 60 s idle over a form, then 30 s to answer it. */
export const defaultKioskTiming: KioskTiming = { resetAfterThanksMs: 30_000, idleBeforeWarningMs: 60_000, warningMs: 30_000 };

/** A touch, a key or typing anywhere in the survey. */
const activityEvents = ['pointerdown', 'keydown', 'input'];

/** What the kiosk is watching: nothing, a thank-you to clear, or a form in progress. */
export type KioskWatch = 'none' | 'thanks' | 'form';

/**
 * Clears a public kiosk for the next citizen. After a thank-you it resets once the screen has been left
 * alone; over a half-filled form it first warns and waits, so someone slow is never cut off.
 */
export class KioskIdleController implements ReactiveController {
  private timer: unknown;
  private watching: KioskWatch = 'none';
  private warningShown = false;
  private readonly onActivity = () => this.activity();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly clock: () => SurveyClock,
    private readonly timing: () => KioskTiming,
    private readonly reset: () => void,
  ) {
    host.addController(this);
  }

  /** True while the "are you still there?" warning is up. */
  get warning(): boolean {
    return this.warningShown;
  }

  /** True while a timer is pending: lets tests check that nothing outlives the element. */
  get active(): boolean {
    return this.timer !== undefined;
  }

  /** Says what is on screen; restarts the wait only when that changed. */
  watch(what: KioskWatch): void {
    if (what === this.watching) return;
    this.watching = what;
    this.hideWarning();
    this.arm();
  }

  /** A touch, a key or typing: the citizen is still there. */
  activity(): void {
    if (this.watching === 'none') return;
    this.hideWarning();
    this.arm();
  }

  hostConnected(): void {
    for (const type of activityEvents) this.host.addEventListener(type, this.onActivity);
  }

  hostDisconnected(): void {
    for (const type of activityEvents) this.host.removeEventListener(type, this.onActivity);
    this.watching = 'none';
    this.warningShown = false;
    this.clear();
  }

  private arm(): void {
    this.clear();
    const timing = this.timing();
    if (this.watching === 'thanks') this.later(timing.resetAfterThanksMs, () => this.resetNow());
    if (this.watching === 'form') this.later(timing.idleBeforeWarningMs, () => this.warn());
  }

  private warn(): void {
    this.warningShown = true;
    this.host.requestUpdate();
    this.later(Math.max(20_000, this.timing().warningMs), () => this.resetNow());
  }

  private resetNow(): void {
    this.watching = 'none';
    this.warningShown = false;
    this.reset();
  }

  private hideWarning(): void {
    if (!this.warningShown) return;
    this.warningShown = false;
    this.host.requestUpdate();
  }

  private later(ms: number, action: () => void): void {
    this.timer = this.clock().setTimeout(() => {
      this.timer = undefined;
      action();
    }, ms);
  }

  private clear(): void {
    if (this.timer === undefined) return;
    this.clock().clearTimeout(this.timer);
    this.timer = undefined;
  }
}
