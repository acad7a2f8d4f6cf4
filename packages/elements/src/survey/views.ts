import { type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Message, type SatisfactionLevel, type SurveyTokenErrorCode, isSurveyTokenErrorCode } from '@cqtt/core';
import { hotlineOf } from './hotline.js';
import type { SurveyMessageKey } from './messages.js';
import type { OutboxFailure } from './outbox/outbox.js';
import type { DeliveryNote, View } from './phase.js';
import type * as QrCodeModule from './qr-code.js';

/** The survey's words in the page's language. */
export interface SurveyText {
  readonly t: (key: SurveyMessageKey, params?: Readonly<Record<string, string | number>>) => string;
  readonly number: (value: number) => string;
  /** Why the server refused a survey token. */
  readonly tokenReason: (code: SurveyTokenErrorCode) => string;
}

export function card(content: unknown, labelled = false): TemplateResult {
  return html`<section class="card" part="card" aria-labelledby=${ifDefined(labelled ? 'title' : undefined)}>${content}</section>`;
}

export function heading(text: SurveyText, key: SurveyMessageKey): TemplateResult {
  return html`<h2 id="title" part="title" tabindex="-1">${text.t(key)}</h2>`;
}

/** Why a vote was not taken, in the citizen's words. */
export function reasonOf(text: SurveyText, failure: OutboxFailure | undefined): string {
  const code = failure?.code;
  if (isSurveyTokenErrorCode(code)) return text.tokenReason(code);
  switch (failure?.kind) {
    case 'unauthorized':
      return text.t('reasonUnauthorized');
    case 'forbidden':
      return text.t('reasonForbidden');
    case 'not-found':
      return text.t('reasonNotFound');
    case 'server':
    case 'rate-limited':
      return text.t('reasonServer');
    default:
      return text.t('reasonNetwork');
  }
}

/** Why the token was refused, and that the vote is kept meanwhile. */
export function tokenRefused(text: SurveyText, code: SurveyTokenErrorCode): string {
  return text.t('tokenRefused', { reason: text.tokenReason(code) });
}

export function renderHotline(text: SurveyText, attribute: string | undefined, messages: readonly Message[] | undefined): TemplateResult | typeof nothing {
  const hotline = hotlineOf(attribute, messages);
  if (!hotline) return nothing;
  return html`<p part="hotline">${text.t('hotline')} ${hotline.href ? html`<a href=${hotline.href}>${hotline.text}</a>` : hotline.text}</p>`;
}

function renderLoading(text: SurveyText, key: 'loading' | 'sending'): TemplateResult {
  return card(html`<p class=${ifDefined(key === 'loading' ? 'loading' : undefined)} role="status">${text.t(key)}</p>`);
}

function renderLoadError(text: SurveyText, retry: () => void, answerAnyway: () => void): TemplateResult {
  return card(
    html`${heading(text, 'title')}
      <p role="alert">${text.t('loadError')}</p>
      <div class="actions">
        <button type="button" @click=${retry}>${text.t('retry')}</button>
        <button type="button" class="secondary" @click=${answerAnyway}>${text.t('answerAnyway')}</button>
      </div>`,
    true,
  );
}

function deliveryText(text: SurveyText, note: DeliveryNote, showLevel: boolean): string {
  switch (note.state) {
    case 'sent':
      return text.t('deliveryDone');
    case 'answered-before':
      return note.keptLevel !== undefined && showLevel
        ? text.t('answeredBeforeLevel', { level: text.t(`level${note.keptLevel}`) })
        : text.t('answeredBefore');
    case 'blocked':
      return isSurveyTokenErrorCode(note.failure.code)
        ? tokenRefused(text, note.failure.code)
        : text.t('deliveryBlocked', { reason: reasonOf(text, note.failure) });
    case 'retrying':
      return `${text.t('deliveryPending')} ${text.t('deliveryRetrying', { reason: reasonOf(text, note.failure) })}`;
    case 'stored':
      return text.t('deliveryPending');
  }
}

/**
 * The thank-you, saying where the vote stands; when the dossier had been answered before, it says so instead, with
 * the answer the server kept (but never at a shared kiosk, where it may be another citizen's).
 */
function renderThanks(text: SurveyText, note: DeliveryNote, kiosk: boolean, hotline: unknown, done: () => void): TemplateResult {
  const answeredBefore = note.state === 'answered-before';
  return card(
    html`${heading(text, answeredBefore ? 'answeredTitle' : 'thanksTitle')}
      ${answeredBefore ? nothing : html`<p>${text.t('thanksBody')}</p>`}
      <p class="notice ${note.state === 'blocked' || answeredBefore ? 'warn' : ''}" role="status">${deliveryText(text, note, !kiosk)}</p>
      ${hotline}
      ${kiosk ? html`<div class="actions"><button type="button" @click=${done}>${text.t('done')}</button></div>` : nothing}`,
    true,
  );
}

/** A dossier already rated (its level only on a personal screen), or whose vote waits on this device. */
function renderAnswered(text: SurveyText, pending: boolean, level: SatisfactionLevel | undefined, hotline: unknown): TemplateResult {
  return card(
    html`${heading(text, 'answeredTitle')}
      ${pending ? html`<p>${text.t('answeredPending')}</p>` : nothing}
      ${level !== undefined ? html`<p>${text.t('answeredLevel', { level: text.t(`level${level}`) })}</p>` : nothing}
      ${hotline}`,
    true,
  );
}

export function renderIdleWarning(text: SurveyText, warningMs: number, onContinue: () => void): TemplateResult {
  const seconds = Math.round(Math.max(20_000, warningMs) / 1000);
  return html`<div class="idle" part="idle-warning" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-body">
    <p id="idle-title"><strong>${text.t('idleTitle')}</strong></p>
    <p id="idle-body">${text.t('idleBody', { seconds })}</p>
    <div class="actions">
      <button id="idle-continue" type="button" @click=${onContinue}>${text.t('idleContinue')}</button>
    </div>
  </div>`;
}

/** The QR code of the survey's address for a phone, once its drawing code has loaded. */
export function renderQr(text: SurveyText, qrCode: typeof QrCodeModule | undefined, template: string, dossierId: string, surveyToken: string | undefined): TemplateResult | typeof nothing {
  const url = qrCode?.surveyUrlOf(template, dossierId, surveyToken);
  const drawing = url === undefined ? undefined : qrCode?.drawQrCode(url);
  if (!url || !drawing) return nothing;
  return html`<div class="qr" part="qr">
    <p>${text.t('qrCaption')}</p>
    <svg role="img" aria-label=${text.t('qrLabel')} viewBox="0 0 ${drawing.size} ${drawing.size}" shape-rendering="crispEdges">${drawing.content}</svg>
    <p class="qr-url">${url}</p>
  </div>`;
}

/** What the survey's screens show, and what their buttons do. */
export interface SurveyScreen {
  readonly text: SurveyText;
  readonly view: View;
  /** Where the vote just cast stands, for the thank-you. */
  readonly note: DeliveryNote;
  readonly kiosk: boolean;
  /** The level the server has for the dossier; never shown at a shared kiosk. */
  readonly level: SatisfactionLevel | undefined;
  readonly hotline: unknown;
  readonly form: () => TemplateResult;
  readonly retry: () => void;
  readonly answerAnyway: () => void;
  readonly done: () => void;
}

/** The screen of the survey's view. */
export function renderScreen(screen: SurveyScreen): TemplateResult {
  const { text, view } = screen;
  switch (view) {
    case 'empty':
      return html`<slot name="empty"></slot>`;
    case 'loading':
    case 'sending':
      return renderLoading(text, view);
    case 'error':
      return renderLoadError(text, screen.retry, screen.answerAnyway);
    case 'thanks':
      return renderThanks(text, screen.note, screen.kiosk, screen.hotline, screen.done);
    case 'answered':
    case 'pending':
      return renderAnswered(text, view === 'pending', screen.kiosk ? undefined : screen.level, screen.hotline);
    case 'form':
    case 'fix':
      return screen.form();
  }
}
