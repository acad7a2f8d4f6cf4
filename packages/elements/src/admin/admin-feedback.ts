import { type TemplateResult, html, nothing } from 'lit';
import { HttpStatusError, type Messages } from '@cqtt/core';
import type { LocaleController } from '../controllers/locale-controller.js';
import { portalErrorText } from '../controllers/load-state-view.js';
import type { StreamState } from '../controllers/stream-controller.js';
import type { WriteState } from './admin-resource.js';
import { type AdminMessageKey, adminMessages } from './messages.js';

type Texts = LocaleController<Messages>;

function t(messages: Texts, key: AdminMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return messages.text(adminMessages, key, params);
}

/** A refused read or write in plain words: who may do it (401, 403), which fields (400), or what went wrong. */
export function adminErrorView(messages: Texts, error: unknown): TemplateResult {
  if (error instanceof HttpStatusError && (error.status === 401 || error.status === 403)) {
    return html`<p class="error" role="alert">${t(messages, error.status === 401 ? 'unauthorized' : 'forbidden')}</p>`;
  }
  if (error instanceof HttpStatusError && error.status === 404) return html`<p class="error" role="alert">${t(messages, 'notFound')}</p>`;
  const fields = error instanceof HttpStatusError && error.status === 400 ? (error.body?.fields ?? []) : [];
  if (fields.length > 0) {
    return html`<div class="error" role="alert">
      <p>${t(messages, 'invalid')}</p>
      <ul>
        ${fields.map((field) => html`<li><code>${field.path}</code>: ${field.message}</li>`)}
      </ul>
    </div>`;
  }
  return html`<p class="error" role="alert">${t(messages, 'failed', { reason: portalErrorText(messages, error) })}</p>`;
}

/**
 * What the last write says: saved, refused, or a conflict with both versions side by side (`describe` shows one
 * version) and the choice of which to keep. Nothing while idle or saving.
 */
export function writeStateView<T>(
  messages: Texts,
  state: WriteState<T>,
  choices: { readonly yours: T; readonly describe: (version: T) => TemplateResult; readonly keepYours: () => void; readonly takeTheirs: () => void },
): TemplateResult | typeof nothing {
  if (state.kind === 'saved') return html`<p class="saved" role="status">${t(messages, 'saved')}</p>`;
  if (state.kind === 'error') return adminErrorView(messages, state.error);
  if (state.kind !== 'conflict') return nothing;
  return html`<section class="conflict" role="alert" aria-labelledby="conflict-title">
    <p id="conflict-title">${t(messages, 'conflict')}</p>
    <div class="versions">
      <section aria-labelledby="theirs-title" class="version" data-version="theirs">
        <h3 id="theirs-title">${t(messages, 'theirs')}</h3>
        ${choices.describe(state.theirs)}
      </section>
      <section aria-labelledby="yours-title" class="version" data-version="yours">
        <h3 id="yours-title">${t(messages, 'yours')}</h3>
        ${choices.describe(choices.yours)}
      </section>
    </div>
    <div class="actions">
      <button type="button" @click=${choices.keepYours}>${t(messages, 'keepYours')}</button>
      <button type="button" @click=${choices.takeTheirs}>${t(messages, 'takeTheirs')}</button>
    </div>
  </section>`;
}

/** The read's state: loading, or its error with a retry button; nothing once the data is there. */
export function loadView(messages: Texts, resource: { readonly read: StreamState<unknown>; reload(): void }): TemplateResult | typeof nothing {
  const read = resource.read;
  if (read.status === 'error') {
    return html`${adminErrorView(messages, read.error)}<button type="button" @click=${() => resource.reload()}>${t(messages, 'retry')}</button>`;
  }
  return read.status === 'loading' ? html`<p role="status">${t(messages, 'loading')}</p>` : nothing;
}
