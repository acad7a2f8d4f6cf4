import { type PropertyValues, html, nothing } from 'lit';
import type { PortalAdapter } from '@cqtt/core';
import { dossierEvaluation$ } from '../controllers/dossier-evaluation.js';
import { loadStateView, portalErrorCatalogs, portalErrorText } from '../controllers/load-state-view.js';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { icon } from '../controllers/icons.js';
import { StreamController } from '../controllers/stream-controller.js';
import { spokenDuration, vietnamDateTime } from '../controllers/vietnam-format.js';
import { closingReminderStyles } from './closing-reminder.styles.js';
import { closingReminderMessages } from './messages.js';

type Closing = { readonly phase: 'idle' | 'pending' | 'done' } | { readonly phase: 'failed'; readonly error: unknown };

/**
 * "Quên bấm kết thúc hồ sơ": reminds the staff that a dossier resolved or returned more than `grace-minutes` ago
 * (default 30) is still not closed, which makes the portal count it as late. The state comes from `evaluateDossier`
 * and the server's clock, again every minute; nothing is shown otherwise.
 *
 * The "Kết thúc hồ sơ" button dispatches `cqtt-close-dossier`; the host performs the action and reports the
 * outcome with `event.detail.respond(promise)`. The element shows "closing…", then the success, or the failure with
 * a retry, in a polite live region.
 *
 * @tagname cqtt-closing-reminder
 * @summary Reminder to close ("kết thúc") a resolved dossier, with the close action and its outcome.
 *
 * @csspart reminder - The reminder box.
 * @csspart button - The close (and retry) button.
 * @csspart outcome - The outcome of the close action.
 * @csspart loading - The loading status.
 * @csspart error - An adapter error with its retry button.
 *
 * @cssprop [--cqtt-reminder-background=#eef4ff] - Background of the reminder box.
 * @cssprop [--cqtt-reminder-border] - Border of the reminder box (default: the accent).
 * @cssprop [--cqtt-staff-accent=#0b3d91] - Colour of the buttons' text.
 * @cssprop [--cqtt-staff-danger=#a4262c] - Colour of failures and errors.
 * @cssprop [--cqtt-staff-success=#1e6b34] - Colour of the success message.
 * @cssprop [--cqtt-staff-focus-color=#ffbf47] - Keyboard focus ring.
 * @cssprop [--cqtt-staff-button-background=#ffffff] - Background of the buttons.
 * @cssprop [--cqtt-staff-button-color] - Text colour of the buttons (default: the accent).
 *
 * @fires {CustomEvent<CloseDossierDetail>} cqtt-close-dossier - The staff asked to close the dossier; `detail: { dossierId, respond(promise) }`
 *   (bubbles, composed).
 */
export class ClosingReminder extends LocalizedElement {
  static override styles = closingReminderStyles;

  static override properties = {
    adapter: { attribute: false },
    locale: { type: String, reflect: true },
    dossierId: { type: String, attribute: 'dossier-id' },
    graceMinutes: { type: Number, attribute: 'grace-minutes' },
  };

  /** Where the dossier, the catalog and the server's clock come from. */
  declare adapter: PortalAdapter | undefined;
  /** `vi` or `en`; when unset, the nearest `lang` of the page decides. */
  declare locale: string | undefined;
  /** The dossier (mã hồ sơ). */
  declare dossierId: string | undefined;
  /** Minutes a finished dossier may stay not closed before the reminder; the rules' default (30) when unset. */
  declare graceMinutes: number | undefined;

  private readonly messages = new LocaleController(this, closingReminderMessages, portalErrorCatalogs);
  private readonly live = new StreamController(this, {
    args: () => [this.adapter, this.dossierId, this.graceMinutes] as const,
    stream: ([adapter, dossierId, graceMinutes]) =>
      adapter && dossierId ? dossierEvaluation$(adapter, dossierId, graceMinutes === undefined ? {} : { closeGraceMinutes: graceMinutes }) : undefined,
  });
  /** Identifies the current close attempt, so a late answer for an earlier dossier or attempt is ignored. */
  private attempt = 0;
  private closing: Closing = { phase: 'idle' };

  /** True while a subscription to the adapter (and so the server's clock) is open. */
  get active(): boolean {
    return this.live.active;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dossierId') && this.hasUpdated) {
      this.attempt += 1;
      this.closing = { phase: 'idle' };
    }
    this.toggleAttribute('empty', this.live.state.status === 'idle' || (this.closing.phase === 'idle' && !this.reminding()));
  }

  protected override render() {
    const t = this.messages.t.bind(this.messages);
    const state = this.live.state;
    if (state.status !== 'ready') return loadStateView(state, this.messages, { loading: t('loading'), retry: t('retry') }, () => this.live.retry()) ?? nothing;
    if (this.closing.phase === 'idle' && !this.reminding()) return nothing;
    const { evaluation } = state.value;
    const done = this.closing.phase === 'done';
    const minutes = evaluation.state.kind === 'resolved' ? evaluation.state.minutesNotClosed : undefined;
    const completedAt = evaluation.state.kind === 'resolved' ? evaluation.state.completedAt : undefined;
    return html`
      <section class="reminder" part="reminder" aria-labelledby="title">
        <p id="title" class="title">${icon('flag')}${t('title')}</p>
        ${done || completedAt === undefined
          ? nothing
          : html`<p>${t('body', { id: evaluation.dossierId, completed: vietnamDateTime(completedAt, this.messages.locale), ago: spokenDuration(minutes ?? 0, this.messages.locale) })}</p>`}
        ${done
          ? nothing
          : html`<button type="button" part="button" aria-disabled=${String(this.closing.phase === 'pending')} @click=${this.requestClose}>
              ${this.closing.phase === 'failed' ? t('retryClose') : t('close')}
            </button>`}
        <p part="outcome" role="status" data-outcome=${this.closing.phase}>${this.outcomeText(evaluation.dossierId)}</p>
      </section>
    `;
  }

  private reminding(): boolean {
    const state = this.live.state;
    return state.status !== 'ready' || state.value.evaluation.flags.includes('not-closed');
  }

  private outcomeText(id: string) {
    const t = this.messages.t.bind(this.messages);
    switch (this.closing.phase) {
      case 'pending':
        return t('closing');
      case 'done':
        return html`${icon('check')}${t('closed', { id })}`;
      case 'failed':
        return html`${icon('warning')}${t('failed', { reason: portalErrorText(this.messages, this.closing.error) })}`;
      default:
        return nothing;
    }
  }

  private readonly requestClose = (): void => {
    const dossierId = this.dossierId;
    if (!dossierId || this.closing.phase === 'pending') return;
    const attempt = ++this.attempt;
    const respond = (outcome: PromiseLike<unknown>): void => {
      if (attempt !== this.attempt) return;
      this.setClosing({ phase: 'pending' });
      Promise.resolve(outcome).then(
        () => this.settle(attempt, { phase: 'done' }),
        (error: unknown) => this.settle(attempt, { phase: 'failed', error }),
      );
    };
    this.emit('cqtt-close-dossier', { dossierId, respond });
  };

  private settle(attempt: number, closing: Closing): void {
    if (attempt === this.attempt) this.setClosing(closing);
  }

  private setClosing(closing: Closing): void {
    this.closing = closing;
    this.requestUpdate();
  }
}
