import { html, type TemplateResult } from 'lit';
import type { Agency } from '@cqtt/core';
import { agencyTree } from './agency-tree.js';
import { type PeriodKind, periodKinds } from './period.js';
import type { Choice, Translate } from './request.js';

/** What the controls change, and the period as shown between the previous and next buttons. */
export interface ControlActions {
  readonly label: string;
  readonly kind: (kind: PeriodKind) => void;
  readonly shift: (steps: number) => void;
  readonly from: (date: string) => void;
  readonly to: (date: string) => void;
  readonly agency: (code: string) => void;
}

const value = (event: Event): string => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** The period (a calendar period stepped back and forth, or a range of days) and the agency, from the tree. */
export function reportControls(choice: Choice, agencies: readonly Agency[], t: Translate, on: ControlActions): TemplateResult {
  const calendar = choice.period !== 'custom';
  return html`<fieldset class="controls">
    <legend>${t('periodLegend')}</legend>
    <label
      >${t('periodKind')}
      <select @change=${(event: Event) => on.kind(value(event) as PeriodKind)}>
        ${periodKinds.map((kind) => html`<option value=${kind} ?selected=${kind === choice.period}>${t(kind)}</option>`)}
      </select>
    </label>
    ${calendar
      ? html`<button type="button" part="button" @click=${() => on.shift(-1)} ?disabled=${!choice.anchor}>
            <span aria-hidden="true">‹</span> ${t('previous')}
          </button>
          <span class="period" aria-live="polite">${on.label}</span>
          <button type="button" part="button" @click=${() => on.shift(1)} ?disabled=${!choice.anchor}>
            ${t('next')} <span aria-hidden="true">›</span>
          </button>`
      : html`<label>${t('from')} <input type="date" name="from" .value=${choice.from} @change=${(event: Event) => on.from(value(event))} /></label>
          <label>${t('to')} <input type="date" name="to" .value=${choice.to} @change=${(event: Event) => on.to(value(event))} /></label>`}
    <label
      >${t('agency')}
      <select @change=${(event: Event) => on.agency(value(event))}>
        <option value="" ?selected=${choice.agencyCode === ''}>${t('allAgencies')}</option>
        ${agencyTree(agencies).map(
          ({ agency, depth }) =>
            html`<option value=${agency.code} ?selected=${agency.code === choice.agencyCode}>${'\u00a0\u00a0'.repeat(depth)}${agency.name}</option>`,
        )}
      </select>
    </label>
  </fieldset>`;
}
