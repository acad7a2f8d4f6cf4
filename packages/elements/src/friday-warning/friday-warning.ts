import { html, nothing } from 'lit';
import {
  type DossierStatus,
  type FridayVerdict,
  type Instant,
  type PortalAdapter,
  UnknownAgencyError,
  UnknownProcedureError,
  checkFridayRule,
  lazyRulesMessages,
  vietnamDateOf,
} from '@cqtt/core';
import { loadStateView, portalErrorCatalogs } from '../controllers/load-state-view.js';
import { LocalizedElement } from '../base/localized-element.js';
import { icon } from '../controllers/icons.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { computedYearsBetween, provisionalMark } from '../controllers/provisional.js';
import { provisionalMessages } from '../controllers/provisional-messages.js';
import { StreamController } from '../controllers/stream-controller.js';
import { acknowledge, acknowledgementKey, isAcknowledged } from './acknowledgements.js';
import { type FridaySource, fridaySource$ } from './friday-source.js';
import { fridayWarningStyles } from './friday-warning.styles.js';
import { InvalidInstantInputError, parseInstantInput } from './instant-input.js';
import { fridayWarningMessages } from './messages.js';

/** A verdict, with the years it counted on whose days off are not announced yet (then its dates are provisional). */
type Outcome = { readonly verdict: FridayVerdict; readonly provisional: readonly number[] } | { readonly problem: Error };

/** A rejected, withdrawn or suspended dossier will not be returned: no appointment to warn about. */
const stoppedStatuses: ReadonlySet<DossierStatus> = new Set(['rejected', 'withdrawn', 'suspended']);

/**
 * "Thứ 6 không hẹn qua tuần": the Friday rule's verdict on a dossier's appointment, in plain words with the
 * correct date, for the dossier page and for the receiving form **before** it saves.
 *
 * - On a dossier page, set `dossier-id`: the dossier's receipt and appointment are checked.
 * - On the receiving form, set `procedure-code`, `agency-code` (and `received-at`, else the server's time now) or
 *   `dossier-id`, and `proposedAppointment` (epoch ms, or an ISO date-time with an offset such as
 *   `2026-11-30T17:00+07:00`) as the staff pick the date. The element dispatches `cqtt-appointment-check` whenever
 *   the verdict changes. To block the save, call `check()` in the save handler: it dispatches the event again and
 *   returns `false` on a violation or when a listener called `preventDefault()` (so several checks can veto),
 *   `true` when the save may go ahead, `undefined` while the verdict is not known yet.
 *
 * A violation that appears while the page is open is announced (`role="alert"`); one already there on arrival,
 * and the rule's standing information, are a labelled region and a status. On a dossier, "Đã hiểu" is remembered
 * for that dossier on that day (Vietnam date from the server's clock), in `localStorage` when available. Nothing is
 * shown when the rule does not apply, or for a rejected, withdrawn or suspended dossier.
 *
 * @tagname cqtt-friday-warning
 * @summary Friday rule warning ("thứ 6 không hẹn qua tuần") for a dossier or the receiving form.
 *
 * @csspart warning - The violation box.
 * @csspart info - The standing information, or the acknowledged violation.
 * @csspart button - The "Đã hiểu" button, and the retry button.
 * @csspart loading - The loading status.
 * @csspart error - An adapter error with its retry button, or bad inputs.
 * @csspart provisional - "dự kiến" when the verdict counts on a year whose days off are not announced yet; focus or
 *   hover shows why.
 *
 * @cssprop [--cqtt-warning-background=#fff4e5] - Background of the violation box.
 * @cssprop [--cqtt-warning-border=#a4262c] - Border of the violation box.
 * @cssprop [--cqtt-staff-accent=#0b3d91] - Colour of the buttons' text.
 * @cssprop [--cqtt-staff-danger=#a4262c] - Colour of the warning's title and of errors.
 * @cssprop [--cqtt-staff-success=#1e6b34] - Colour of the information icon.
 * @cssprop [--cqtt-staff-focus-color=#ffbf47] - Keyboard focus ring.
 * @cssprop [--cqtt-staff-button-background=#ffffff] - Background of the buttons.
 * @cssprop [--cqtt-staff-button-color] - Text colour of the buttons (default: the accent).
 *
 * @fires {CustomEvent<AppointmentCheckDetail>} cqtt-appointment-check - The verdict changed, or `check()` was called; `detail: { verdict, ok }`
 *   (bubbles, composed, cancelable: `preventDefault()` vetoes the save that `check()` guards).
 */
export class FridayWarning extends LocalizedElement {
  static override styles = fridayWarningStyles;

  static override properties = {
    adapter: { attribute: false },
    locale: { type: String, reflect: true },
    dossierId: { type: String, attribute: 'dossier-id' },
    procedureCode: { type: String, attribute: 'procedure-code' },
    agencyCode: { type: String, attribute: 'agency-code' },
    receivedAt: { attribute: 'received-at' },
    proposedAppointment: { attribute: 'proposed-appointment' },
  };

  /** Where the catalog, the dossier and the server's clock come from. */
  declare adapter: PortalAdapter | undefined;
  /** `vi` or `en`; when unset, the nearest `lang` of the page decides. */
  declare locale: string | undefined;
  /** The dossier (mã hồ sơ): its procedure, agency, receipt and appointment are checked. */
  declare dossierId: string | undefined;
  /** Receiving form without a dossier yet: the procedure's code. */
  declare procedureCode: string | undefined;
  /** Receiving form without a dossier yet: the receiving agency's code. */
  declare agencyCode: string | undefined;
  /** Receiving form without a dossier yet: when the complete dossier was received; default the server's time now. */
  declare receivedAt: Instant | string | undefined;
  /** The appointment (ngày hẹn trả) the staff are about to save: epoch ms or ISO with an offset. */
  declare proposedAppointment: Instant | string | undefined;

  private readonly messages = new LocaleController(this, fridayWarningMessages, [lazyRulesMessages, ...portalErrorCatalogs, provisionalMessages]);
  private readonly source = new StreamController(this, {
    args: () => [this.adapter, this.dossierId, this.procedureCode, this.agencyCode] as const,
    stream: ([adapter, dossierId, procedureCode, agencyCode]) =>
      adapter && (dossierId || (procedureCode && agencyCode)) ? fridaySource$(adapter, dossierId, agencyCode) : undefined,
  });
  private outcome: Outcome | undefined;
  private signature = '';
  /** A calm state was shown: a violation from now on appeared while the page was open. */
  private calmShown = false;

  /** True while a subscription to the adapter (and so the server's clock) is open. */
  get active(): boolean {
    return this.source.active;
  }

  /** The current verdict, or `undefined` while it is not known. */
  get verdict(): FridayVerdict | undefined {
    return this.outcome && 'verdict' in this.outcome ? this.outcome.verdict : undefined;
  }

  /**
   * For the save handler of the receiving form: dispatches `cqtt-appointment-check` with the current verdict and
   * says whether the save may go ahead (`false` on a violation or a listener's `preventDefault()`; `undefined`
   * while the verdict is not known).
   */
  check(): boolean | undefined {
    const verdict = this.verdict;
    if (!verdict) return undefined;
    return this.dispatchCheck(verdict) && verdict.ok;
  }

  protected override willUpdate(): void {
    const state = this.source.state;
    this.outcome = state.status === 'ready' ? this.evaluate(state.value) : undefined;
    const verdict = this.verdict;
    const silent = state.status === 'ready' && (this.outcome === undefined || verdict?.applies === false);
    this.toggleAttribute('empty', state.status === 'idle' || silent);
  }

  protected override updated(): void {
    const verdict = this.verdict;
    if (!verdict) return;
    if (verdict.ok) this.calmShown = true;
    const signature = JSON.stringify(verdict.message);
    if (signature === this.signature) return;
    this.signature = signature;
    this.dispatchCheck(verdict);
  }

  protected override render() {
    const t = this.messages.t.bind(this.messages);
    const state = this.source.state;
    if (state.status !== 'ready') return loadStateView(state, this.messages, { loading: t('loading'), retry: t('retry') }, () => this.source.retry()) ?? nothing;
    const outcome = this.outcome;
    if (!outcome) return nothing;
    if ('problem' in outcome) {
      const text = outcome.problem instanceof InvalidInstantInputError ? t('invalidInput', { field: outcome.problem.path }) : t('unknownCode');
      return html`<p class="error" part="error" role="alert">${icon('warning')}${text}</p>`;
    }
    const { verdict } = outcome;
    if (!verdict.applies) return nothing;
    const text = html`${this.messages.text(lazyRulesMessages, verdict.message.key, verdict.message.params)}${provisionalMark(
      outcome.provisional,
      this.messages,
      'provisional-reason',
    )}`;
    if (verdict.ok) return html`<p class="info" part="info" role="status">${icon('info')}${text}</p>`;
    const key = this.dossierId ? acknowledgementKey(this.dossierId, vietnamDateOf(state.value.now)) : undefined;
    if (key && isAcknowledged(key)) {
      return html`<p class="info" part="info" role="status" tabindex="-1">${icon('check')}${t('acknowledged')} ${text}</p>`;
    }
    return html`
      <div class="warning" part="warning" role=${this.calmShown ? 'alert' : 'region'} aria-labelledby="title">
        <p id="title" class="title">${icon('warning')}${t('title')}</p>
        <p>${text}</p>
        ${key ? html`<button type="button" part="button" @click=${() => void this.acknowledge(key, state.value.now)}>${t('acknowledge')}</button>` : nothing}
      </div>
    `;
  }

  private evaluate({ context, dossier, now }: FridaySource): Outcome | undefined {
    const procedureCode = dossier?.procedureCode ?? this.procedureCode;
    const agencyCode = dossier?.agencyCode ?? this.agencyCode;
    if (!procedureCode || !agencyCode || (dossier && stoppedStatuses.has(dossier.status))) return undefined;
    try {
      const procedure = context.procedure(procedureCode);
      const agency = context.agency(agencyCode);
      const proposed = parseInstantInput(this.proposedAppointment, 'proposedAppointment') ?? dossier?.appointmentAt;
      const receivedAt = dossier?.receivedAt ?? parseInstantInput(this.receivedAt, 'receivedAt') ?? now;
      const schedule = context.scheduleOf(agency);
      const verdict = checkFridayRule({
        procedure,
        agency,
        registeredSameDay: context.isRegisteredSameDay(agency.code, procedure.code),
        receivedAt,
        schedule,
        ...(proposed === undefined ? {} : { proposedAppointment: proposed }),
      });
      return { verdict, provisional: computedYearsBetween(schedule, receivedAt, proposed ?? receivedAt) };
    } catch (error) {
      if (error instanceof InvalidInstantInputError || error instanceof UnknownAgencyError || error instanceof UnknownProcedureError) {
        return { problem: error };
      }
      throw error;
    }
  }

  private dispatchCheck(verdict: FridayVerdict): boolean {
    return this.emit('cqtt-appointment-check', { verdict, ok: verdict.ok }, true);
  }

  private async acknowledge(key: string, now: Instant): Promise<void> {
    acknowledge(key, new Date(now).toISOString());
    this.requestUpdate();
    // The button is gone: keep keyboard and screen-reader users where they were, on the acknowledged warning.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="info"]')?.focus();
  }
}
