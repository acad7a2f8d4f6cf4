import { css, html } from 'lit';
import { vietnamDateOf } from '@cqtt/core';
import { take } from 'rxjs';
import { StreamController } from '../controllers/stream-controller.js';
import { AdminView } from './admin-view.js';
import type { AdminMessageKey } from './messages.js';

const tabs = ['calendar', 'same-day', 'hours', 'messages', 'audit'] as const;
type Tab = (typeof tabs)[number];
const tabKeys: Record<Tab, AdminMessageKey> = {
  calendar: 'tabCalendar',
  'same-day': 'tabSameDay',
  hours: 'tabHours',
  messages: 'tabMessages',
  audit: 'tabAudit',
};

/**
 * The administration console: the office's calendar, same-day list, office hours, messages and audit trail, one
 * tab each (arrow keys move between tabs). Give it `admin` (the admin API) and `portal` (agencies, procedures,
 * the server's clock); the admin's token goes with the adapters. Loaded only on the administration page.
 *
 * @tagname cqtt-admin-console
 */
export class AdminConsole extends AdminView {
  static override styles = [
    ...AdminView.styles,
    css`
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        border-block-end: 2px solid var(--_accent);
        margin-block-end: 1em;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--_accent);
        color: #ffffff;
      }
    `,
  ];

  static override properties = { ...AdminView.properties, tab: { type: String, reflect: true }, year: { type: Number } };

  /** The tab shown: `calendar`, `same-day`, `hours`, `messages` or `audit`. */
  declare tab: Tab;
  /** The year the calendar tab opens on; default the server's current year. */
  declare year: number | undefined;

  private readonly agencies = new StreamController(this, { args: () => [this.portal] as const, stream: ([portal]) => portal?.agencies$ });
  private readonly today = new StreamController(this, { args: () => [this.portal] as const, stream: ([portal]) => portal?.serverTime$.pipe(take(1)) });

  constructor() {
    super();
    this.tab = 'calendar';
  }

  protected override willUpdate(): void {
    const state = this.agencies.state;
    if (this.agencyCode === undefined && state.status === 'ready') this.agencyCode = state.value[0]?.code;
  }

  protected override render() {
    const state = this.agencies.state;
    const agencies = state.status === 'ready' ? state.value : [];
    const today = this.today.state;
    const year = this.year ?? (today.status === 'ready' ? Number(vietnamDateOf(today.value).slice(0, 4)) : undefined);
    return html`
      <h2>${this.t('title')}</h2>
      <div role="tablist" aria-label=${this.t('tabs')} @keydown=${this.moveTab}>
        ${tabs.map(
          (tab) => html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            aria-selected=${String(tab === this.tab)}
            aria-controls="panel"
            tabindex=${tab === this.tab ? 0 : -1}
            @click=${() => (this.tab = tab)}
          >
            ${this.t(tabKeys[tab])}
          </button>`,
        )}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}">
        ${this.tab === 'calendar' || this.tab === 'audit'
          ? ''
          : html`<label>
              ${this.t('agency')}
              <select id="agency" @change=${(event: Event) => (this.agencyCode = (event.target as HTMLSelectElement).value)}>
                ${this.tab === 'messages' ? html`<option value="*" ?selected=${this.agencyCode === '*'}>${this.t('province')}</option>` : ''}
                ${agencies.map((agency) => html`<option value=${agency.code} ?selected=${agency.code === this.agencyCode}>${agency.name}</option>`)}
              </select>
            </label>`}
        ${this.panel(year)}
      </div>
    `;
  }

  private panel(year: number | undefined) {
    const { admin, portal, locale } = this;
    const agencyCode = this.agencyCode === '*' && this.tab !== 'messages' ? undefined : this.agencyCode;
    switch (this.tab) {
      case 'calendar':
        return html`<cqtt-admin-calendar .admin=${admin} .portal=${portal} .year=${year} .locale=${locale}></cqtt-admin-calendar>`;
      case 'same-day':
        return html`<cqtt-admin-same-day .admin=${admin} .portal=${portal} .agencyCode=${agencyCode} .locale=${locale}></cqtt-admin-same-day>`;
      case 'hours':
        return html`<cqtt-admin-hours .admin=${admin} .portal=${portal} .agencyCode=${agencyCode} .locale=${locale}></cqtt-admin-hours>`;
      case 'messages':
        return html`<cqtt-admin-messages .admin=${admin} .portal=${portal} .agencyCode=${this.agencyCode} .locale=${locale}></cqtt-admin-messages>`;
      case 'audit':
        return html`<cqtt-admin-audit .admin=${admin} .portal=${portal} .locale=${locale}></cqtt-admin-audit>`;
    }
  }

  private readonly moveTab = async (event: KeyboardEvent): Promise<void> => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    this.tab = tabs[(tabs.indexOf(this.tab) + step + tabs.length) % tabs.length] ?? 'calendar';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
  };
}
