import { html, nothing } from 'lit';
import { type PortalAdapter, defaultCutOff } from '@cqtt/core';
import { type LiveEvaluation, dossierEvaluation$ } from '../controllers/dossier-evaluation.js';
import { loadStateView, portalErrorCatalogs } from '../controllers/load-state-view.js';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { provisionalMark } from '../controllers/provisional.js';
import { provisionalMessages } from '../controllers/provisional-messages.js';
import { icon } from '../controllers/icons.js';
import { StreamController } from '../controllers/stream-controller.js';
import { vietnamDateTime } from '../controllers/vietnam-format.js';
import { dossierLabel } from './dossier-label.js';
import { sameDayBadgeMessages } from './messages.js';
import { type SameDayRegistrationInfo, sameDayRegistration$ } from './registration.js';
import { sameDayBadgeStyles } from './same-day-badge.styles.js';

/**
 * The same-day badge, in two modes.
 *
 * - **Procedure mode** (`procedure-code` and `agency-code`, for the public list and detail of procedures): a
 *   "Giải quyết trong ngày" badge when the agency registered the procedure, with a disclosure that explains the
 *   conditions (complete dossier; received before the cut-off; on a Friday, not deferred to next week). When the
 *   procedure is not registered, or while the catalog loads, the element takes no space.
 * - **Dossier mode** (`dossier-id`, for the back office; wins over procedure mode): the dossier's live state from
 *   `evaluateDossier` and the server's clock, evaluated again every minute, e.g. "Trả trong ngày · còn 1 giờ 20
 *   phút", "Quá hạn 2 ngày", "Đã trả đúng hạn": always an icon and text, never colour alone.
 *
 * Times come from the adapter's `serverTime$` and are shown in Vietnam time, whatever the PC's zone or clock.
 * An adapter failure shows a short message and a retry button.
 *
 * @tagname cqtt-same-day-badge
 * @summary "Giải quyết trong ngày" badge for a procedure, or the live deadline state of a dossier.
 *
 * @csspart badge - The pill: icon and text.
 * @csspart button - The "Điều kiện" disclosure button, and the retry button.
 * @csspart conditions - The list of conditions, when disclosed.
 * @csspart loading - The loading status (dossier mode).
 * @csspart error - The error message and its retry button.
 * @csspart provisional - "dự kiến" after an appointment computed on a year whose days off are not announced yet;
 *   focus or hover shows why.
 *
 * @cssprop [--cqtt-badge-background=#ffffff] - Background of the pill.
 * @cssprop [--cqtt-badge-ok-color=#1e6b34] - Text and border of a good state (registered, on track, on time).
 * @cssprop [--cqtt-badge-warning-color=#7a4a00] - Due today.
 * @cssprop [--cqtt-badge-late-color=#a4262c] - Overdue or late.
 * @cssprop [--cqtt-badge-neutral-color=#3b3b3b] - Waiting, stopped, no time limit.
 * @cssprop [--cqtt-staff-accent=#0b3d91] - Colour of the buttons' text.
 * @cssprop [--cqtt-staff-danger=#a4262c] - Colour of error messages.
 * @cssprop [--cqtt-staff-success=#1e6b34] - Colour of good news.
 * @cssprop [--cqtt-staff-focus-color=#ffbf47] - Keyboard focus ring.
 * @cssprop [--cqtt-staff-button-background=#ffffff] - Background of the buttons.
 * @cssprop [--cqtt-staff-button-color] - Text colour of the buttons (default: the accent).
 */
export class SameDayBadge extends LocalizedElement {
  static override styles = sameDayBadgeStyles;

  static override properties = {
    adapter: { attribute: false },
    locale: { type: String, reflect: true },
    procedureCode: { type: String, attribute: 'procedure-code' },
    agencyCode: { type: String, attribute: 'agency-code' },
    dossierId: { type: String, attribute: 'dossier-id' },
  };

  /** Where the catalog, the dossier and the server's clock come from. */
  declare adapter: PortalAdapter | undefined;
  /** `vi` or `en`; when unset, the nearest `lang` of the page decides. */
  declare locale: string | undefined;
  /** Procedure mode: the procedure's code (mã TTHC). */
  declare procedureCode: string | undefined;
  /** Procedure mode: the agency's code (mã đơn vị). */
  declare agencyCode: string | undefined;
  /** Dossier mode: the dossier's id (mã hồ sơ). */
  declare dossierId: string | undefined;

  private readonly messages = new LocaleController(this, sameDayBadgeMessages, [...portalErrorCatalogs, provisionalMessages]);
  private readonly registration = new StreamController(this, {
    args: () => [this.adapter, this.dossierId, this.agencyCode, this.procedureCode] as const,
    stream: ([adapter, dossierId, agencyCode, procedureCode]) =>
      adapter && !dossierId && agencyCode && procedureCode ? sameDayRegistration$(adapter, agencyCode, procedureCode) : undefined,
  });
  private readonly live = new StreamController(this, {
    args: () => [this.adapter, this.dossierId] as const,
    stream: ([adapter, dossierId]) => (adapter && dossierId ? dossierEvaluation$(adapter, dossierId) : undefined),
  });
  /** Whether the conditions are disclosed. */
  private expanded = false;

  /** True while a subscription to the adapter (and so the server's clock) is open. */
  get active(): boolean {
    return this.registration.active || this.live.active;
  }

  protected override willUpdate(): void {
    const registration = this.registration.state;
    const silent = registration.status === 'loading' || (registration.status === 'ready' && registration.value === null);
    this.toggleAttribute('empty', this.live.state.status === 'idle' && (registration.status === 'idle' || silent));
  }

  protected override render() {
    const t = this.messages.t.bind(this.messages);
    const texts = { loading: t('loading'), retry: t('retry') };
    if (this.live.state.status !== 'idle') {
      const state = this.live.state;
      return state.status === 'ready' ? this.renderDossier(state.value) : loadStateView(state, this.messages, texts, () => this.live.retry());
    }
    const state = this.registration.state;
    if (state.status === 'error') return loadStateView(state, this.messages, texts, () => this.registration.retry());
    return state.status === 'ready' && state.value ? this.renderRegistered(state.value) : nothing;
  }

  private renderDossier(live: LiveEvaluation) {
    const locale = this.messages.locale;
    const label = dossierLabel(live, this.messages.t.bind(this.messages), (instant) => vietnamDateTime(instant, locale));
    const provisional = live.evaluation.state.kind === 'on-track' ? live.provisional : [];
    return html`<span class="badge" part="badge" data-tone=${label.tone}>
      ${icon(label.icon)}${label.text}${provisionalMark(provisional, this.messages, 'provisional-reason')}
    </span>`;
  }

  private renderRegistered({ procedure, agency }: SameDayRegistrationInfo) {
    const t = this.messages.t.bind(this.messages);
    return html`
      <span class="row">
        <span class="badge" part="badge" data-tone="ok">${icon('check')}${t('sameDay')}</span>
        <button type="button" part="button" aria-expanded=${String(this.expanded)} aria-controls="conditions" @click=${this.toggle} @keydown=${this.closeOnEscape}>
          ${t('conditions')}
        </button>
      </span>
      <ul
        id="conditions"
        class="conditions"
        part="conditions"
        aria-label=${t('conditionsLabel')}
        ?hidden=${!this.expanded}
      >
        <li>${t('conditionComplete')}</li>
        <li>${t('conditionCutOff', { cutOff: procedure.cutOff ?? defaultCutOff })}</li>
        ${agency.fridayRule ? html`<li>${t('conditionFriday')}</li>` : nothing}
      </ul>
    `;
  }

  private readonly toggle = (): void => {
    this.disclose(!this.expanded);
  };

  private readonly closeOnEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.disclose(false);
  };

  private disclose(expanded: boolean): void {
    this.expanded = expanded;
    this.requestUpdate();
  }
}
