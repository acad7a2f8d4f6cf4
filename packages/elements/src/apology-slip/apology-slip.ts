import { type PropertyValues, html, nothing } from 'lit';
import type { Instant, LocalDate, PortalAdapter } from '@cqtt/core';
import { type LiveEvaluation, dossierEvaluation$ } from '../controllers/dossier-evaluation.js';
import { loadStateView, portalErrorCatalogs } from '../controllers/load-state-view.js';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { ObservableController } from '../controllers/observable-controller.js';
import { computedYearsBetween, provisionalMark } from '../controllers/provisional.js';
import { provisionalMessages } from '../controllers/provisional-messages.js';
import { vietnamDate, vietnamDateTime } from '../controllers/vietnam-format.js';
import { apologySlipStyles } from './apology-slip.styles.js';
import { apologySlipMessages } from './messages.js';
import { type NewDateProblem, newDateProblem, printedDate, proposedNewDate } from './new-date.js';

/** The slip as filled in, carried by the `cqtt-apology-slip` event. */
export interface ApologySlipData {
  /** The receipt number: the dossier's id. */
  readonly dossierId: string;
  readonly applicantName?: string;
  readonly procedureName: string;
  readonly agencyName: string;
  readonly receivedAt: Instant;
  /** The appointment the dossier missed (or will miss today). */
  readonly originalAppointmentAt?: Instant;
  readonly reason: string;
  /** The new return date (Vietnam), a working day after the day of issue. */
  readonly newAppointmentDate: LocalDate;
  /** The server's time when the slip was printed or sent. */
  readonly issuedAt: Instant;
}

/** Detail of the `cqtt-apology-slip` event. */
export interface ApologySlipDetail {
  /** `print`: "In phiếu" (the element prints unless the event is cancelled); `send`: "Gửi". */
  readonly action: 'print' | 'send';
  readonly slip: ApologySlipData;
}

interface Draft {
  readonly dossierId: string;
  reason: string;
  newDate: string;
}

/**
 * The "xin lỗi" of the 4 xin: for a dossier that is late, or will be late today (`apology-needed` from
 * `evaluateDossier`), a prefilled "Phiếu xin lỗi và hẹn lại ngày trả kết quả": receipt number, applicant, procedure,
 * received date, original appointment, an editable reason, and a new date computed by the calendar (editable,
 * checked to be a working day after today, Vietnam time from the server's clock). Nothing is shown otherwise.
 *
 * "In phiếu" and "Gửi" dispatch `cqtt-apology-slip` with the slip's data; "In phiếu" then opens the browser's print
 * dialog unless the host cancels the event (to print its own way). On paper (`@media print`) the slip shows its
 * reason and new date as plain text, without buttons, inputs or hints.
 *
 * @tagname cqtt-apology-slip
 * @summary Prefilled, printable apology slip with a new return date for a late dossier.
 *
 * @csspart slip - The slip.
 * @csspart title - The slip's title.
 * @csspart field - Each editable field (reason, new date).
 * @csspart field-error - The message under a refused field.
 * @csspart button - The print, send and retry buttons.
 * @csspart loading - The loading status.
 * @csspart error - An adapter error with its retry button.
 * @csspart provisional - "dự kiến" after a date counted on a year whose days off are not announced yet; focus or
 *   hover shows why.
 *
 * @cssprop [--cqtt-slip-background=#ffffff] - Background of the slip on screen.
 * @cssprop [--cqtt-slip-border=#6b6b6b] - Border of the slip on screen.
 * @cssprop [--cqtt-staff-accent=#0b3d91] - Colour of the buttons' text.
 * @cssprop [--cqtt-staff-danger=#a4262c] - Colour of field errors and adapter errors.
 * @cssprop [--cqtt-staff-success=#1e6b34] - Colour of success messages.
 * @cssprop [--cqtt-staff-focus-color=#ffbf47] - Keyboard focus ring.
 * @cssprop [--cqtt-staff-button-background=#ffffff] - Background of the buttons.
 * @cssprop [--cqtt-staff-button-color] - Text colour of the buttons (default: the accent).
 *
 * @event cqtt-apology-slip - "In phiếu" or "Gửi" with a valid slip; `detail: { action: 'print' | 'send', slip }`
 *   (bubbles, composed; cancel a `print` to keep the browser's print dialog closed).
 */
export class ApologySlip extends LocalizedElement {
  static override styles = apologySlipStyles;

  static override properties = {
    adapter: { attribute: false },
    locale: { type: String, reflect: true },
    dossierId: { type: String, attribute: 'dossier-id' },
  };

  /** Where the dossier, the catalog and the server's clock come from. */
  declare adapter: PortalAdapter | undefined;
  /** `vi` or `en`; when unset, the nearest `lang` of the page decides. */
  declare locale: string | undefined;
  /** The dossier (mã hồ sơ). */
  declare dossierId: string | undefined;

  private readonly messages = new LocaleController(this, apologySlipMessages, [...portalErrorCatalogs, provisionalMessages]);
  private readonly live = new ObservableController<LiveEvaluation>(this, () =>
    this.adapter && this.dossierId ? dossierEvaluation$(this.adapter, this.dossierId) : undefined,
  );
  /** What the staff typed, kept through the minute-by-minute refreshes of the same dossier. */
  private draft: Draft | undefined;
  /** Why the last print or send was refused, per field. */
  private problems: { reason?: 'reasonRequired'; newDate?: NewDateProblem } = {};

  /** True while a subscription to the adapter (and so the server's clock) is open. */
  get active(): boolean {
    return this.live.active;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((['adapter', 'dossierId'] as const).some((key) => changed.has(key)) && (this.hasUpdated || this.live.state.status === 'idle')) {
      this.live.refresh();
    }
    const state = this.live.state;
    if (state.status === 'ready' && this.draft?.dossierId !== state.value.dossier.id) {
      this.draft = { dossierId: state.value.dossier.id, reason: this.messages.t('defaultReason'), newDate: proposedNewDate(state.value) };
      this.problems = {};
    }
    this.toggleAttribute('empty', state.status === 'idle' || (state.status === 'ready' && !this.needed(state.value)));
  }

  protected override render() {
    const t = this.messages.t.bind(this.messages);
    const state = this.live.state;
    if (state.status !== 'ready') return loadStateView(state, this.messages, { loading: t('loading'), retry: t('retry') }, () => this.live.refresh()) ?? nothing;
    const live = state.value;
    const draft = this.draft;
    if (!draft || !this.needed(live)) return nothing;
    const { dossier, evaluation } = live;
    const locale = this.messages.locale;
    const today = vietnamDate(live.now, locale);
    const dateProblem = this.problems.newDate;
    const newDateProvisional = /^\d{4}-\d{2}-\d{2}$/.test(draft.newDate) ? computedYearsBetween(live.schedule, live.now, draft.newDate) : [];
    return html`
      <article class="slip" part="slip" aria-labelledby="title">
        <h2 id="title" part="title">${t('title')}</h2>
        <p>${dossier.applicantName ? t('intro', { applicant: dossier.applicantName }) : t('introNoName')}</p>
        <p>${t('apology', { agency: evaluation.agency.name })}</p>
        <dl>
          <dt>${t('receipt')}</dt>
          <dd>${dossier.id}</dd>
          ${dossier.applicantName ? html`<dt>${t('applicant')}</dt><dd>${dossier.applicantName}</dd>` : nothing}
          <dt>${t('procedure')}</dt>
          <dd>${dossier.procedureName ?? evaluation.procedure.name}</dd>
          <dt>${t('received')}</dt>
          <dd>${vietnamDateTime(dossier.receivedAt, locale)}</dd>
          ${evaluation.appointmentAt === undefined
            ? nothing
            : html`<dt>${t('originalAppointment')}</dt>
                <dd>${vietnamDateTime(evaluation.appointmentAt, locale)}${provisionalMark(live.provisional, this.messages, 'original-provisional')}</dd>`}
        </dl>
        <label for="reason">${t('reason')}</label>
        <textarea
          id="reason"
          part="field"
          rows="3"
          .value=${draft.reason}
          aria-invalid=${String(this.problems.reason !== undefined)}
          aria-describedby=${this.problems.reason ? 'reason-error' : nothing}
          @input=${(event: Event) => (draft.reason = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="print-only">${draft.reason}</p>
        ${this.problems.reason ? html`<p id="reason-error" class="field-error" part="field-error">${t(this.problems.reason)}</p>` : nothing}
        <label for="new-date">${t('newDate')}</label>
        <input
          id="new-date"
          part="field"
          type="date"
          .value=${draft.newDate}
          aria-invalid=${String(dateProblem !== undefined)}
          aria-describedby=${dateProblem ? 'new-date-hint new-date-error' : 'new-date-hint'}
          @input=${(event: Event) => (draft.newDate = (event.target as HTMLInputElement).value)}
        />
        <p class="print-only">${printedDate(draft.newDate)}</p>
        ${newDateProvisional.length > 0 ? html`<p class="provisional-line">${provisionalMark(newDateProvisional, this.messages, 'new-date-provisional')}</p>` : nothing}
        <p id="new-date-hint" class="hint">${t('newDateHint', { today })}</p>
        ${dateProblem
          ? html`<p id="new-date-error" class="field-error" part="field-error">${t(dateProblem, { date: printedDate(draft.newDate), today })}</p>`
          : nothing}
        <div class="actions">
          <button type="button" part="button" @click=${() => this.submit('print', live)}>${t('print')}</button>
          <button type="button" part="button" @click=${() => this.submit('send', live)}>${t('send')}</button>
        </div>
      </article>
    `;
  }

  private needed(live: LiveEvaluation): boolean {
    return live.evaluation.flags.includes('apology-needed');
  }

  private async submit(action: ApologySlipDetail['action'], live: LiveEvaluation): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    const reason = draft.reason.trim();
    const dateProblem = newDateProblem(draft.newDate, live.now, live.schedule);
    this.problems = { ...(reason ? {} : { reason: 'reasonRequired' }), ...(dateProblem ? { newDate: dateProblem } : {}) };
    this.requestUpdate();
    if (!reason || dateProblem) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const { dossier, evaluation, now } = live;
    const slip: ApologySlipData = {
      dossierId: dossier.id,
      ...(dossier.applicantName ? { applicantName: dossier.applicantName } : {}),
      procedureName: dossier.procedureName ?? evaluation.procedure.name,
      agencyName: evaluation.agency.name,
      receivedAt: dossier.receivedAt,
      ...(evaluation.appointmentAt === undefined ? {} : { originalAppointmentAt: evaluation.appointmentAt }),
      reason,
      newAppointmentDate: draft.newDate,
      issuedAt: now,
    };
    const proceed = this.dispatchEvent(
      new CustomEvent<ApologySlipDetail>('cqtt-apology-slip', { detail: { action, slip }, bubbles: true, composed: true, cancelable: true }),
    );
    if (proceed && action === 'print') window.print();
  }
}
