import { html, nothing } from 'lit';
import type { PortalAdapter } from '@cqtt/core';
import { type LiveEvaluation, dossierEvaluation$ } from '../controllers/dossier-evaluation.js';
import { loadStateView, portalErrorCatalogs } from '../controllers/load-state-view.js';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { computedYearsBetween, provisionalMark } from '../controllers/provisional.js';
import { provisionalMessages } from '../controllers/provisional-messages.js';
import { StreamController } from '../controllers/stream-controller.js';
import type { ApologySlipData, ApologySlipDetail } from '../events/apology-slip.js';
import { vietnamDate, vietnamDateTime } from '../controllers/vietnam-format.js';
import { adoptPagePrintSheet, apologySlipStyles } from './apology-slip.styles.js';
import { apologySlipMessages } from './messages.js';
import { type NewDateProblem, newDateProblem, printedDate, proposedNewDate } from './new-date.js';

interface Draft {
  readonly dossierId: string;
  reason: string;
  newDate: string;
}

/**
 * The "xin lỗi" of the 4 xin, as Mẫu 04 of Thông tư 03/2025/TT-VPCP (under Nghị định 118/2025/NĐ-CP): "Văn bản xin
 * lỗi và đề nghị gia hạn thời gian giải quyết". For a dossier that is late, or due within the lead time
 * (`apology-needed` from `evaluateDossier`, default one working day before the due time), the document prefilled:
 * the agency and the national motto, number and date line, the addressee, the dossier (code, procedure, receipt and
 * appointment), an editable reason, the new date computed by the calendar (editable, checked to be a working day
 * after today, Vietnam time from the server's clock) and the signature block. A late dossier shows it open; one
 * not late yet, folded under its offer. Nothing is shown otherwise.
 *
 * "In văn bản" and "Gửi" dispatch `cqtt-apology-slip` with the document's data; "In văn bản" then prints the
 * document alone on A4 (the rest of the host page is hidden while printing) unless the host cancels the event. On
 * paper the reason and new date are plain text, without buttons, inputs or hints.
 *
 * @tagname cqtt-apology-slip
 * @summary Prefilled, printable apology and extension request (Mẫu 04, TT 03/2025/TT-VPCP) for a late dossier.
 *
 * @csspart slip - The document.
 * @csspart title - The document's title.
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
 * @fires {CustomEvent<ApologySlipDetail>} cqtt-apology-slip - "In văn bản" or "Gửi" with a valid slip; `detail: { action: 'print' | 'send', slip }`
 *   (bubbles, composed; cancel a `print` to keep the browser's print dialog closed).
 */
export class ApologySlip extends LocalizedElement {
  static override styles = apologySlipStyles;

  static override properties = {
    adapter: { attribute: false },
    locale: { type: String, reflect: true },
    dossierId: { type: String, attribute: 'dossier-id' },
    place: { type: String },
  };

  /** Where the dossier, the catalog and the server's clock come from. */
  declare adapter: PortalAdapter | undefined;
  /** `vi` or `en`; when unset, the nearest `lang` of the page decides. */
  declare locale: string | undefined;
  /** The dossier (mã hồ sơ). */
  declare dossierId: string | undefined;
  /** The place name of the date line (địa danh), e.g. "Phước Long"; dots to fill in by hand when unset. */
  declare place: string | undefined;

  private readonly messages = new LocaleController(this, apologySlipMessages, [...portalErrorCatalogs, provisionalMessages]);
  private readonly live = new StreamController(this, {
    args: () => [this.adapter, this.dossierId] as const,
    stream: ([adapter, dossierId]) => (adapter && dossierId ? dossierEvaluation$(adapter, dossierId) : undefined),
  });
  /** What the staff typed, kept through the minute-by-minute refreshes of the same dossier. */
  private draft: Draft | undefined;
  /** Why the last print or send was refused, per field. */
  private problems: { reason?: 'reasonRequired'; newDate?: NewDateProblem } = {};

  /** True while a subscription to the adapter (and so the server's clock) is open. */
  get active(): boolean {
    return this.live.active;
  }

  protected override willUpdate(): void {
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
    if (state.status !== 'ready') return loadStateView(state, this.messages, { loading: t('loading'), retry: t('retry') }, () => this.live.retry()) ?? nothing;
    const live = state.value;
    const draft = this.draft;
    if (!draft || !this.needed(live)) return nothing;
    const { dossier, evaluation } = live;
    const locale = this.messages.locale;
    const today = vietnamDate(live.now, locale);
    const [day = '', month = '', year = ''] = today.split('/');
    const agency = evaluation.agency.name;
    const due = evaluation.appointmentAt;
    const dateProblem = this.problems.newDate;
    const newDateProvisional = /^\d{4}-\d{2}-\d{2}$/.test(draft.newDate) ? computedYearsBetween(live.schedule, live.now, draft.newDate) : [];
    return html`
      <details ?open=${live.evaluation.flags.includes('late')}>
        <summary>${t('offer', { due: due === undefined ? '' : vietnamDateTime(due, locale) })}</summary>
        <article class="slip" part="slip" aria-labelledby="title">
          <header>
            <div><p class="upper">${agency}</p><p>${t('number')}</p></div>
            <div>
              <p class="upper">${t('nation')}</p>
              <p class="motto">${t('motto')}</p>
              <p class="date">${t('dateLine', { place: this.place || '……', day, month: Number(month) < 3 ? month : String(Number(month)), year })}</p>
            </div>
          </header>
          <h2 id="title" part="title">${t('title')}</h2>
          <p class="to">${t('to', { applicant: dossier.applicantName ?? '………' })}</p>
          <p>${t('received', { agency })}</p>
          <dl>
            <dt>${t('dossier')}</dt>
            <dd>${dossier.id}</dd>
            <dt>${t('procedure')}</dt>
            <dd>${dossier.procedureName ?? evaluation.procedure.name}</dd>
            <dt>${t('receivedAt')}</dt>
            <dd>${vietnamDateTime(dossier.receivedAt, locale)}</dd>
            ${due === undefined
              ? nothing
              : html`<dt>${t('appointment')}</dt>
                  <dd>${vietnamDateTime(due, locale)}${provisionalMark(live.provisional, this.messages, 'original-provisional')}</dd>`}
          </dl>
          <label for="reason">${t('reason')}:</label>
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
          <label for="new-date">${t('apology', { agency })}:</label>
          <input
            id="new-date"
            part="field"
            type="date"
            .value=${draft.newDate}
            aria-invalid=${String(dateProblem !== undefined)}
            aria-describedby=${dateProblem ? 'new-date-hint new-date-error' : 'new-date-hint'}
            @input=${(event: Event) => (draft.newDate = (event.target as HTMLInputElement).value)}
          />
          <p class="print-only">${printedDate(draft.newDate)}.</p>
          ${newDateProvisional.length > 0 ? html`<p class="provisional-line">${provisionalMark(newDateProvisional, this.messages, 'new-date-provisional')}</p>` : nothing}
          <p id="new-date-hint" class="hint">${t('newDateHint', { today })}</p>
          ${dateProblem
            ? html`<p id="new-date-error" class="field-error" part="field-error">${t(dateProblem, { date: printedDate(draft.newDate), today })}</p>`
            : nothing}
          <p>${t('thanks')}</p>
          <footer>
            <p class="recipients"><b>${t('recipients')}</b><br />${t('recipientList')}</p>
            <p class="signer"><b>${t('signer')}</b><br /><i>${t('signHint')}</i></p>
          </footer>
          <div class="actions">
            <button type="button" part="button" @click=${() => this.submit('print', live)}>${t('print')}</button>
            <button type="button" part="button" @click=${() => this.submit('send', live)}>${t('send')}</button>
          </div>
        </article>
      </details>
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
    const proceed = this.emit('cqtt-apology-slip', { action, slip }, true);
    if (proceed && action === 'print') this.print();
  }

  /** Prints the document alone: the page's print sheet hides everything but the element marked `cqtt-printing`. */
  private print(): void {
    adoptPagePrintSheet();
    this.setAttribute('cqtt-printing', '');
    window.addEventListener('afterprint', () => this.removeAttribute('cqtt-printing'), { once: true });
    const details = this.renderRoot.querySelector('details');
    if (details) details.open = true;
    window.print();
  }
}
