import { html } from 'lit';
import type { Procedure } from '@cqtt/core';
import type { AdminAdapter, Registration, RegistrationInput } from '@cqtt/core/admin';
import { StreamController } from '../controllers/stream-controller.js';
import { AdminResource } from './admin-resource.js';
import { AdminView } from './admin-view.js';
import { loadView, writeStateView } from './admin-feedback.js';

/**
 * The same-day list of an agency: its registrations with their validity dates and document, removed one by one,
 * and a form to add one (a procedure found by name or code, from, optional to, the document).
 *
 * @tagname cqtt-admin-same-day
 */
export class AdminSameDayView extends AdminView {
  private readonly data = new AdminResource<readonly [AdminAdapter | undefined, string | undefined], readonly Registration[], Registration>(this, {
    args: () => [this.admin, this.agencyCode],
    stream: ([admin, agencyCode]) => (admin && agencyCode ? admin.registrations$({ agencyCode }) : undefined),
  });
  private readonly procedures = new StreamController(this, { args: () => [this.portal] as const, stream: ([portal]) => portal?.procedures$ });
  private draft: RegistrationInput & { procedureText: string } = { agencyCode: '', procedureCode: '', procedureText: '', from: '', document: '' };
  /** The registration as this admin saw it when removing it: shown beside the server's after a conflict. */
  private removing: Registration | undefined;


  protected override render() {
    const list = this.data.value;
    if (!list) return loadView(this.messages, this.data);
    const state = this.procedures.state;
    const procedures = state.status === 'ready' ? state.value : [];
    const name = (code: string): string => procedures.find((procedure) => procedure.code === code)?.name ?? code;
    const draft = this.draft;
    const field = (key: 'from' | 'to' | 'document' | 'procedureText') => (event: Event) => {
      this.draft = { ...this.draft, [key]: (event.target as HTMLInputElement).value };
    };
    return html`
      ${list.length === 0
        ? html`<p>${this.t('noRegistrations')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${this.t('procedure')}</th>
                <th scope="col">${this.t('from')}</th>
                <th scope="col">${this.t('to')}</th>
                <th scope="col">${this.t('document')}</th>
                <td></td>
              </tr>
            </thead>
            <tbody>
              ${list.map(
                (entry) => html`<tr>
                  <td>${name(entry.procedureCode)}</td>
                  <td>${entry.from}</td>
                  <td>${entry.to ?? this.t('stillValid')}</td>
                  <td>${entry.document}</td>
                  <td>
                    <button type="button" aria-label="${this.t('remove')}: ${name(entry.procedureCode)}" @click=${() => void this.removeEntry(entry)}>
                      ${this.t('remove')}
                    </button>
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`}
      <fieldset>
        <legend>${this.t('add')}</legend>
        <label>
          ${this.t('searchProcedure')}
          <input id="procedure" list="procedure-list" size="50" .value=${draft.procedureText} @input=${field('procedureText')} />
        </label>
        <datalist id="procedure-list">
          ${procedures.map((procedure) => html`<option value=${procedure.code}>${procedure.name}</option>`)}
        </datalist>
        <label>${this.t('from')}<input id="from" type="date" .value=${draft.from} @input=${field('from')} /></label>
        <label>${this.t('to')}<input id="to" type="date" .value=${draft.to ?? ''} @input=${field('to')} /></label>
        <label>${this.t('document')}<input id="document" size="40" .value=${draft.document} @input=${field('document')} /></label>
        <div class="actions"><button type="button" id="add" @click=${() => void this.add(procedures)}>${this.t('add')}</button></div>
      </fieldset>
      ${writeStateView(this.messages, this.data.state, {
        yours: this.removing ?? list[0]!,
        describe: (entry) => html`<dl class="summary">
          <dt>${this.t('procedure')}</dt><dd>${name(entry.procedureCode)}</dd>
          <dt>${this.t('from')}</dt><dd>${entry.from}</dd>
          <dt>${this.t('to')}</dt><dd>${entry.to ?? this.t('stillValid')}</dd>
          <dt>${this.t('document')}</dt><dd>${entry.document}</dd>
        </dl>`,
        keepYours: () => {
          const state = this.data.state;
          if (state.kind === 'conflict') void this.removeEntry(state.theirs);
        },
        takeTheirs: () => {
          this.removing = undefined;
          this.data.settle();
          this.data.reload();
        },
      })}
    `;
  }

  private async add(procedures: readonly Procedure[]): Promise<void> {
    if (!this.admin || !this.agencyCode) return;
    const text = this.draft.procedureText.trim();
    const found = procedures.find((procedure) => procedure.code === text || procedure.name.toLowerCase() === text.toLowerCase());
    const { to, from, document } = this.draft;
    const input: RegistrationInput = {
      agencyCode: this.agencyCode,
      procedureCode: found?.code ?? text,
      from,
      document: document.trim(),
      ...(to ? { to } : {}),
    };
    const done = await this.data.write(this.admin.createRegistration(input), (created) => (this.data.value = [...(this.data.value ?? []), created]));
    if (done) this.draft = { agencyCode: '', procedureCode: '', procedureText: '', from: '', document: '' };
  }

  private async removeEntry(entry: Registration): Promise<void> {
    if (!this.admin) return;
    this.removing ??= entry;
    const done = await this.data.write(this.admin.deleteRegistration(entry.id, entry.version), () => {
      this.data.value = (this.data.value ?? []).filter((item) => item.id !== entry.id);
    });
    if (done) this.removing = undefined;
  }
}
