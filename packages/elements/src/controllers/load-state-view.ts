import { html, type TemplateResult } from 'lit';
import { type Locale, portalErrorMessage } from '@cqtt/core';
import type { ObservableState } from './observable-controller.js';

/** The texts `loadStateView` shows, in the element's language. */
export interface LoadStateTexts {
  readonly loading: string;
  readonly retry: string;
}

/**
 * The loading and error views shared by the staff elements: a polite "loading" status, or the adapter error as a
 * short sentence (`portalErrorMessage`) with a retry button. `undefined` when there is a value (or nothing) to show.
 */
export function loadStateView(
  state: ObservableState<unknown>,
  locale: Locale,
  texts: LoadStateTexts,
  retry: () => void,
): TemplateResult | undefined {
  if (state.status === 'loading') return html`<p class="loading" part="loading" role="status">${texts.loading}</p>`;
  if (state.status !== 'error') return undefined;
  return html`<div class="error" part="error" role="alert">
    <span class="icon" aria-hidden="true">⚠</span>
    <span>${portalErrorMessage(state.error, locale)}</span>
    <button type="button" part="button" @click=${retry}>${texts.retry}</button>
  </div>`;
}
