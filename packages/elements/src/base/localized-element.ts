import { LitElement } from 'lit';
import type { CqttEventDetail, CqttEventType } from '../events/event-types.js';

/**
 * A Lit element whose updates wait for the texts they show. On a page in English, an update waits until the English
 * catalogs its `LocaleController` needs have arrived, so that nothing is shown, or read out, in the wrong language
 * first. On a Vietnamese page nothing waits: the Vietnamese texts are in the bundle.
 */
export class LocalizedElement extends LitElement {
  readonly #textsPending: (() => Promise<void> | undefined)[] = [];

  /** Called by a `LocaleController`: `pending` gives the texts still on their way, or `undefined` when all are here. */
  waitForTexts(pending: () => Promise<void> | undefined): void {
    this.#textsPending.push(pending);
  }

  /**
   * Dispatches one of the package's events: it bubbles and crosses shadow roots (`composed`), so the portal's page
   * hears it wherever the element sits. Returns false when a listener cancelled a `cancelable` event.
   */
  protected emit<K extends CqttEventType>(type: K, detail: CqttEventDetail<K>, cancelable = false): boolean {
    /** @ignore Each element lists its events, with their detail types, in its own `@fires`. */
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.#textsPending.map((texts) => texts()).filter((texts) => texts !== undefined);
    if (pending.length === 0) return super.scheduleUpdate();
    return Promise.all(pending).then(() => super.scheduleUpdate());
  }
}
