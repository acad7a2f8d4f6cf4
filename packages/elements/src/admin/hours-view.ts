import { html } from 'lit';
import type { Observable } from 'rxjs';
import { type AgencySettings, type AgencySettingsInput, type WeekdayKey, weekdayKeys } from '@cqtt/core/admin';
import { AdminResource } from './admin-resource.js';
import { AdminView } from './admin-view.js';
import { loadView, writeStateView } from './admin-feedback.js';

type Draft = { -readonly [K in keyof AgencySettingsInput]: AgencySettingsInput[K] };

function draftOf(settings: AgencySettings): Draft {
  const officeHours = Object.fromEntries(weekdayKeys.map((day) => [day, settings.officeHours[day].map(([start, end]) => [start, end] as [string, string])]));
  return { officeHours: officeHours as Draft['officeHours'], fridayRule: settings.fridayRule, cutoff: settings.cutoff, procedures: settings.procedures };
}

/**
 * An agency's office hours per weekday (a morning and an afternoon opening; both empty is closed, so Saturday
 * mornings are a morning opening on Saturday), its Friday rule and its same-day cut-off.
 *
 * @tagname cqtt-admin-hours
 */
export class AdminHoursView extends AdminView {
  private readonly data = new AdminResource(this, {
    args: () => [this.admin, this.agencyCode] as const,
    stream: ([admin, agencyCode]): Observable<AgencySettings> | undefined => (admin && agencyCode ? admin.settings$(agencyCode) : undefined),
  });
  private draft: Draft | undefined;
  private draftFor: string | undefined;

  protected override willUpdate(): void {
    const value = this.data.value;
    if (value && value.agencyCode === this.agencyCode && this.draftFor !== `${value.agencyCode}@${value.version}` && this.data.state.kind !== 'conflict') {
      this.draft = draftOf(value);
      this.draftFor = `${value.agencyCode}@${value.version}`;
    }
  }

  protected override render() {
    const draft = this.draft;
    const value = this.data.value;
    if (!draft || !value || value.agencyCode !== this.agencyCode) return loadView(this.messages, this.data);
    return html`
      <table>
        <thead>
          <tr>
            <th scope="col">${this.t('weekday')}</th>
            <th scope="col">${this.t('morning')}</th>
            <th scope="col">${this.t('afternoon')}</th>
          </tr>
        </thead>
        <tbody>
          ${weekdayKeys.map(
            (day) => html`<tr>
              <th scope="row">${this.t(day)}</th>
              ${[0, 1].map((slot) => this.openingCells(draft, day, slot))}
            </tr>`,
          )}
        </tbody>
      </table>
      <label class="check">
        <input type="checkbox" id="friday-rule" .checked=${draft.fridayRule} @change=${(event: Event) => (draft.fridayRule = (event.target as HTMLInputElement).checked)} />
        ${this.t('fridayRule')}
      </label>
      <label>
        ${this.t('cutoff')}
        <input type="time" id="cutoff" .value=${draft.cutoff} @input=${(event: Event) => (draft.cutoff = (event.target as HTMLInputElement).value)} />
      </label>
      <div class="actions"><button type="button" id="save" @click=${() => void this.save()}>${this.t('save')}</button></div>
      ${writeStateView(this.messages, this.data.state, {
        yours: { ...value, ...draft },
        describe: (settings) => html`<dl class="summary">
          ${weekdayKeys.map((day) => html`<dt>${this.t(day)}</dt><dd>${settings.officeHours[day].map(([a, b]) => `${a}–${b}`).join(', ') || this.t('closed')}</dd>`)}
          <dt>${this.t('fridayRule')}</dt><dd>${settings.fridayRule ? '✓' : '✗'}</dd>
          <dt>${this.t('cutoff')}</dt><dd>${settings.cutoff}</dd>
        </dl>`,
        keepYours: () => {
          const state = this.data.state;
          if (state.kind === 'conflict') void this.save(state.theirs.version);
        },
        takeTheirs: () => {
          const state = this.data.state;
          if (state.kind !== 'conflict') return;
          this.data.takeTheirs(state.theirs);
          this.draftFor = undefined;
        },
      })}
    `;
  }

  private openingCells(draft: Draft, day: WeekdayKey, slot: number) {
    const opening = draft.officeHours[day][slot];
    const set = (index: 0 | 1) => (event: Event) => {
      const time = (event.target as HTMLInputElement).value;
      const intervals = [...draft.officeHours[day]];
      const current: [string, string] = [...(intervals[slot] ?? ['', ''])] as [string, string];
      current[index] = time;
      intervals[slot] = current;
      draft.officeHours = { ...draft.officeHours, [day]: intervals };
    };
    const name = `${this.t(day)}, ${this.t(slot === 0 ? 'morning' : 'afternoon')}`;
    return html`<td>
      <input type="time" aria-label="${name}: ${this.t('opens')}" data-day=${day} data-slot=${slot} data-end="start" .value=${opening?.[0] ?? ''} @input=${set(0)} />
      –
      <input type="time" aria-label="${name}: ${this.t('closes')}" data-day=${day} data-slot=${slot} data-end="end" .value=${opening?.[1] ?? ''} @input=${set(1)} />
    </td>`;
  }

  private async save(version = this.data.value?.version): Promise<void> {
    const draft = this.draft;
    if (!this.admin || !this.agencyCode || !draft || version === undefined) return;
    const officeHours = Object.fromEntries(
      weekdayKeys.map((day) => [day, draft.officeHours[day].filter((opening) => opening[0] !== '' && opening[1] !== '')]),
    ) as AgencySettingsInput['officeHours'];
    const input: AgencySettingsInput = { ...draft, officeHours };
    const done = await this.data.write(this.admin.saveSettings(this.agencyCode, input, version), (settings) => (this.data.value = settings));
    if (done) this.draftFor = undefined;
  }
}
