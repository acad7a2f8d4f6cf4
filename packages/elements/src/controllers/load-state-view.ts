import { html, type TemplateResult } from 'lit';
import { type Messages, lazyPortalErrorMessages, lazySurveyTokenErrorMessages, portalErrorMessageOf } from '@cqtt/core';
import { icon } from './icons.js';
import type { LocaleController } from './locale-controller.js';
import type { StreamState } from './stream-controller.js';

/** The texts `loadStateView` shows, in the element's language. */
export interface LoadStateTexts {
  readonly loading: string;
  readonly retry: string;
}

/** The catalogs `portalErrorText` reads: give them to the element's `LocaleController` as `also`. */
export const portalErrorCatalogs = [lazyPortalErrorMessages, lazySurveyTokenErrorMessages] as const;

/** An adapter error as a short sentence for a person, in the element's language (`portalErrorMessageOf`). */
export function portalErrorText(messages: LocaleController<Messages>, error: unknown): string {
  const message = portalErrorMessageOf(error);
  return message.catalog === 'portal'
    ? messages.text(lazyPortalErrorMessages, message.key, message.params)
    : messages.text(lazySurveyTokenErrorMessages, message.key);
}

/**
 * The loading and error views shared by the staff elements: a polite "loading" status, or the adapter error as a
 * short sentence (`portalErrorText`) with a retry button. `undefined` when there is a value (or nothing) to show.
 */
export function loadStateView(
  state: StreamState<unknown>,
  messages: LocaleController<Messages>,
  texts: LoadStateTexts,
  retry: () => void,
): TemplateResult | undefined {
  if (state.status === 'loading') return html`<p class="loading" part="loading" role="status">${texts.loading}</p>`;
  if (state.status !== 'error') return undefined;
  return html`<div class="error" part="error" role="alert">
    ${icon('warning')}
    <span>${portalErrorText(messages, state.error)}</span>
    <button type="button" part="button" @click=${retry}>${texts.retry}</button>
  </div>`;
}
