import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Message, PortalAdapter } from '@cqtt/core';
import { type AdminAdapter, type AdminMessage, type AdminMessageInput, adminMessageKinds, messageScreens } from '@cqtt/core/admin';
import { AdminResource } from './admin-resource.js';
import { AdminView } from './admin-view.js';
import { loadView, writeStateView } from './admin-feedback.js';
import { previewAdapter } from './preview-adapter.js';

type Draft = { -readonly [K in keyof AdminMessageInput]: AdminMessageInput[K] };

const emptyDraft = (agencyCode: string): Draft => ({ agencyCode, kind: 'slogan', textVi: '', textEn: '', screens: ['led'], position: 0 });

/**
 * The messages of an agency (or of the province, `*`): slogans, the closing reminder and hotlines, with their
 * screens and order, added and removed; the LED ticker plays the list with the draft being written, live.
 *
 * @tagname cqtt-admin-messages
 */
export class AdminMessagesView extends AdminView {
  private readonly data = new AdminResource<readonly [AdminAdapter | undefined, string | undefined], readonly AdminMessage[], AdminMessage>(this, {
    args: () => [this.admin, this.agencyCode],
    stream: ([admin, agencyCode]) => (admin && agencyCode ? admin.messages$({ agencyCode }) : undefined),
  });
  private draft: Draft = emptyDraft('');
  private preview: { readonly key: string; readonly adapter: PortalAdapter } | undefined;
  /** The message as this admin saw it when removing it: shown beside the server's after a conflict. */
  private removing: AdminMessage | undefined;


  protected override render() {
    const list = this.data.value;
    if (!list) return loadView(this.messages, this.data);
    const draft = this.draft;
    const set = (key: 'textVi' | 'textEn' | 'href' | 'from' | 'to') => (event: Event) => {
      this.draft = { ...this.draft, [key]: (event.target as HTMLInputElement).value };
      this.requestUpdate();
    };
    return html`
      ${list.length === 0
        ? html`<p>${this.t('noMessages')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${this.t('position')}</th>
                <th scope="col">${this.t('kind')}</th>
                <th scope="col">${this.t('textVi')}</th>
                <th scope="col">${this.t('screens')}</th>
                <td></td>
              </tr>
            </thead>
            <tbody>
              ${list.map(
                (message) => html`<tr>
                  <td>${message.position}</td>
                  <td>${this.t(message.kind)}</td>
                  <td>${message.textVi}</td>
                  <td>${message.screens.map((screen) => this.t(screen)).join(', ')}</td>
                  <td><button type="button" aria-label="${this.t('remove')}: ${message.textVi}" @click=${() => void this.removeMessage(message)}>${this.t('remove')}</button></td>
                </tr>`,
              )}
            </tbody>
          </table>`}
      <fieldset>
        <legend>${this.t('newMessage')}</legend>
        <label>
          ${this.t('kind')}
          <select id="kind" @change=${(event: Event) => (this.draft = { ...this.draft, kind: (event.target as HTMLSelectElement).value as Draft['kind'] })}>
            ${adminMessageKinds.map((kind) => html`<option value=${kind} ?selected=${kind === draft.kind}>${this.t(kind)}</option>`)}
          </select>
        </label>
        <label>${this.t('textVi')}<input id="text-vi" size="60" .value=${draft.textVi} @input=${set('textVi')} /></label>
        <label>${this.t('textEn')}<input id="text-en" size="60" .value=${draft.textEn} @input=${set('textEn')} /></label>
        <label>${this.t('link')}<input id="href" size="30" .value=${draft.href ?? ''} @input=${set('href')} /></label>
        <label>${this.t('from')}<input id="message-from" type="date" .value=${draft.from ?? ''} @input=${set('from')} /></label>
        <label>${this.t('to')}<input id="message-to" type="date" .value=${draft.to ?? ''} @input=${set('to')} /></label>
        ${messageScreens.map(
          (screen) => html`<label class="check">
            <input type="checkbox" .checked=${draft.screens.includes(screen)} @change=${() => this.toggleScreen(screen)} />${this.t(screen)}
          </label>`,
        )}
        <div class="actions"><button type="button" id="add-message" @click=${() => void this.add()}>${this.t('add')}</button></div>
      </fieldset>
      ${writeStateView(this.messages, this.data.state, {
        yours: this.removing ?? list[0]!,
        describe: (message) => html`<dl class="summary">
          <dt>${this.t('kind')}</dt><dd>${this.t(message.kind)}</dd>
          <dt>${this.t('textVi')}</dt><dd>${message.textVi}</dd>
          <dt>${this.t('screens')}</dt><dd>${message.screens.map((screen) => this.t(screen)).join(', ')}</dd>
        </dl>`,
        keepYours: () => {
          const state = this.data.state;
          if (state.kind === 'conflict') void this.removeMessage(state.theirs);
        },
        takeTheirs: () => {
          this.removing = undefined;
          this.data.settle();
          this.data.reload();
        },
      })}
      <section aria-labelledby="preview-title">
        <h3 id="preview-title">${this.t('preview')}</h3>
        ${this.portal ? this.ticker(this.portal, list) : ''}
      </section>
    `;
  }

  /** A ticker made anew whenever the lines change: a running ticker takes new lines only at the end of its loop. */
  private ticker(portal: PortalAdapter, list: readonly AdminMessage[]) {
    const adapter = this.previewOf(portal, list);
    return keyed(adapter, html`<cqtt-slogan-ticker .adapter=${adapter} locale=${this.messages.locale}></cqtt-slogan-ticker>`);
  }

  /** The ticker's adapter for the list plus the draft; the same one while they do not change. */
  private previewOf(portal: PortalAdapter, list: readonly AdminMessage[]): PortalAdapter {
    const english = this.messages.locale === 'en';
    const lines: Message[] = [...list.filter((message) => message.screens.includes('led')), ...(this.draft.textVi.trim() ? [{ ...this.draft, id: 'draft', version: '0' }] : [])]
      .sort((a, b) => a.position - b.position)
      .map((message) => ({ id: message.id, kind: message.kind, text: english ? message.textEn || message.textVi : message.textVi, ...(message.href ? { href: message.href } : {}) }));
    const key = JSON.stringify(lines);
    if (this.preview?.key !== key) this.preview = { key, adapter: previewAdapter(portal, lines) };
    return this.preview.adapter;
  }

  private toggleScreen(screen: Draft['screens'][number]): void {
    const screens = this.draft.screens.includes(screen) ? this.draft.screens.filter((item) => item !== screen) : [...this.draft.screens, screen];
    this.draft = { ...this.draft, screens };
    this.requestUpdate();
  }

  private async add(): Promise<void> {
    if (!this.admin || !this.agencyCode) return;
    const { href, from, to, ...rest } = this.draft;
    const input: AdminMessageInput = {
      ...rest,
      agencyCode: this.agencyCode,
      position: (this.data.value?.length ?? 0) + 1,
      ...(href ? { href } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    const done = await this.data.write(this.admin.createMessage(input), (created) => (this.data.value = [...(this.data.value ?? []), created]));
    if (done) this.draft = emptyDraft(this.agencyCode);
  }

  private async removeMessage(message: AdminMessage): Promise<void> {
    if (!this.admin) return;
    this.removing ??= message;
    const done = await this.data.write(this.admin.deleteMessage(message.id, message.version), () => {
      this.data.value = (this.data.value ?? []).filter((item) => item.id !== message.id);
    });
    if (done) this.removing = undefined;
  }
}
