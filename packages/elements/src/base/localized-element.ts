import { LitElement } from 'lit';

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

  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.#textsPending.map((texts) => texts()).filter((texts) => texts !== undefined);
    if (pending.length === 0) return super.scheduleUpdate();
    return Promise.all(pending).then(() => super.scheduleUpdate());
  }
}
