import { type PropertyValues, type TemplateResult, adoptStyles } from 'lit';
import { type PortalAdapter, lazySurveyTokenErrorMessages } from '@cqtt/core';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { StreamController } from '../controllers/stream-controller.js';
import { SurveyDeliveryController } from './delivery-controller.js';
import type { SurveyDraft } from './draft.js';
import { SurveyFocusController } from './focus-controller.js';
import { SurveyForm } from './form-state.js';
import { firstProblemField, renderForm } from './form-view.js';
import { type KioskTiming, KioskIdleController, defaultKioskTiming } from './kiosk-idle.js';
import { surveyMessages } from './messages.js';
import { type SurveyClock, systemClock } from './outbox/clock.js';
import type { SurveyDeliveryOptions } from './outbox/delivery.js';
import type { DeliveryEvent } from './outbox/delivery-events.js';
import { type Phase, type PhaseEvent, type View, initialPhase, kioskWatchOf, nextPhase, viewOf } from './phase.js';
import { LazyModule } from './lazy-module.js';
import { SurveyStatusController } from './status-controller.js';
import { levelStyles } from './level-styles.js';
import { surveyStyles } from './survey-styles.js';
import { SurveyVoting } from './voting.js';
import { type SurveyText, renderHotline, renderIdleWarning, renderQr, renderScreen, tokenRefused } from './views.js';

/**
 * The satisfaction survey a citizen answers when receiving a result, online or at the counter's kiosk.
 * A vote is stored on the device before anything is sent, so the thank-you shows at once and the vote is
 * delivered (once) even through a lost connection or a reload.
 *
 * @summary Five-level satisfaction survey with the "4 xin, 4 luôn, 5 không" criteria and an offline outbox.
 * @tagname cqtt-survey
 *
 * @fires {CustomEvent<SurveySubmitDetail>} cqtt-survey-submit - The citizen voted and the vote is stored (or sent). `detail: { dossierId, level }`; no personal data.
 * @fires {CustomEvent<SurveyDeliveredDetail>} cqtt-survey-delivered - The vote is settled with the server. `detail: { dossierId, duplicate }`; `duplicate`: the dossier already had another answer, which the server kept.
 * @fires {CustomEvent<null>} cqtt-survey-reset - The kiosk handed over to the next citizen: the survey let go of the last dossier and its token; set the next `dossierId` (and `surveyToken`) now.
 *
 * @slot empty - Shown while no `dossier-id` is set (e.g. a kiosk waiting for the next citizen).
 *
 * @csspart card - The survey's box, in every state.
 * @csspart title - The heading of each state.
 * @csspart levels - The fieldset of the five levels.
 * @csspart level - One level's choice (face, label, radio).
 * @csspart criteria - The checklist of the 4 xin, 4 luôn, 5 không.
 * @csspart comment - The comment box.
 * @csspart phone - The phone number field.
 * @csspart submit - The "Gửi đánh giá" button.
 * @csspart hotline - The hotline line of the thank-you.
 * @csspart qr - The QR code block.
 * @csspart idle-warning - The kiosk's "are you still there?" warning.
 *
 * @cssprop --cqtt-survey-accent - Buttons, focus rings, the chosen level (default #0b5cad).
 * @cssprop --cqtt-survey-color - Text colour (default inherited).
 * @cssprop --cqtt-survey-background - The card's background (default transparent).
 * @cssprop --cqtt-survey-border - The card's border (default 1px solid currentColor).
 * @cssprop --cqtt-survey-radius - Corner radius (default 0.5rem).
 * @cssprop --cqtt-survey-padding - The card's padding (default 1rem).
 * @cssprop --cqtt-survey-gap - Space between blocks (default 0.75rem).
 * @cssprop --cqtt-survey-target-size - Smallest touch target (default 44px; 48px in kiosk mode, where checkboxes take it too).
 * @cssprop --cqtt-survey-kiosk-font-size - Text size in kiosk mode (default 1.25em).
 * @cssprop --cqtt-survey-error-color - Validation messages (default #b3261e).
 * @cssprop --cqtt-survey-selected-background - Background of the chosen level (default #e8f0fb).
 * @cssprop --cqtt-survey-level-border - Border of a level's choice (default #8a8a8a).
 * @cssprop --cqtt-survey-face-5 - Face colour of "Rất hài lòng" (default #6cc070).
 * @cssprop --cqtt-survey-face-4 - Face colour of "Hài lòng" (default #b5dc7a).
 * @cssprop --cqtt-survey-face-3 - Face colour of "Bình thường" (default #f5d76e).
 * @cssprop --cqtt-survey-face-2 - Face colour of "Không hài lòng" (default #f4a261).
 * @cssprop --cqtt-survey-face-1 - Face colour of "Rất không hài lòng" (default #e76f51).
 * @cssprop --cqtt-survey-input-background - Background of the text fields (default #fff).
 * @cssprop --cqtt-survey-input-border - Border of the text fields (default #6b6b6b).
 * @cssprop --cqtt-survey-button-color - Text of the main buttons (default #fff).
 * @cssprop --cqtt-survey-link-color - The hotline link (default the accent).
 * @cssprop --cqtt-survey-qr-size - Width of the QR code (default 10rem).
 */
export class CqttSurvey extends LocalizedElement {
  static override styles = [surveyStyles, levelStyles];

  static override properties = {
    adapter: { attribute: false },
    dossierId: { type: String, attribute: 'dossier-id' },
    locale: { type: String },
    kiosk: { type: Boolean, reflect: true },
    qr: { type: String },
    surveyToken: { type: String, attribute: 'survey-token' },
    hotline: { type: String },
    clock: { attribute: false },
    deliveryOptions: { attribute: false },
    kioskTiming: { attribute: false },
    phase: { state: true },
  };

  /** Where statuses come from and votes go. */
  declare adapter: PortalAdapter | undefined;
  /** The dossier being rated (mã hồ sơ); undefined once a kiosk has handed over to the next citizen. */
  declare dossierId: string | undefined;
  /** `vi` or `en`; else the page's nearest `lang`. */
  declare locale: string | undefined;
  /** A shared kiosk at the counter: bigger targets and text, and handed over to the next citizen when done or idle. */
  declare kiosk: boolean;
  /**
   * Template of the survey's address for the QR code, e.g. `https://…/khao-sat?ho-so={dossierId}`; `https:` only.
   * `{surveyToken}` is replaced by the survey token; without it a known token is added as `survey-token=…`.
   */
  declare qr: string | undefined;
  /**
   * The dossier's survey token (mã khảo sát, from the QR code of the result), sent with the status request and the
   * vote, and kept with a vote stored on the device. A new token resends a vote refused for its token.
   */
  declare surveyToken: string | undefined;
  /** The hotline shown after voting; else the portal's message of kind `hotline`. */
  declare hotline: string | undefined;
  /** Time and timers (kiosk idle, delivery backoff); replace it in tests. */
  declare clock: SurveyClock;
  /** Delivery wiring (outbox name, jitter, locks); the first element or host to start the delivery sets it. */
  declare deliveryOptions: SurveyDeliveryOptions;
  /** The kiosk's waits. */
  declare kioskTiming: KioskTiming;

  declare private phase: Phase;

  private readonly messages = new LocaleController(this, surveyMessages, [lazySurveyTokenErrorMessages]);
  private readonly text: SurveyText = {
    t: (key, params) => this.messages.t(key, params),
    number: (value) => new Intl.NumberFormat(this.messages.locale === 'en' ? 'en-US' : 'vi-VN').format(value),
    tokenReason: (code) => this.messages.text(lazySurveyTokenErrorMessages, code),
  };
  private readonly deliveries = new SurveyDeliveryController(this, () => ({ adapter: this.adapter, clock: this.clock, options: this.deliveryOptions }), (event) =>
    this.onDelivery(event),
  );
  private readonly status = new SurveyStatusController(this, () => [this.adapter, this.dossierId, this.token(), this.deliveries.delivery]);
  private readonly portalMessages = new StreamController(this, {
    args: () => [this.adapter, this.hotline] as const,
    stream: ([adapter, hotline]) => (hotline ? undefined : adapter?.messages$),
  });
  private readonly form = new SurveyForm(this, this.text, () => this.deliveries.forgetDirectKey());
  private readonly kioskIdle = new KioskIdleController(this, () => this.clock, () => this.kioskTiming, () => this.reset());
  private readonly focusing = new SurveyFocusController(this, () => this.kioskIdle.warning, () => firstProblemField(this.renderRoot, this.form.problems));
  private readonly voting = new SurveyVoting(
    {
      dossierId: () => this.dossierId,
      canVote: () => !!this.adapter,
      phase: () => this.phase,
      token: () => this.token(),
      step: (event) => this.step(event),
      voted: (response) => this.emit('cqtt-survey-submit', { dossierId: response.dossierId, level: response.level }),
      delivered: (dossierId, duplicate) => this.emit('cqtt-survey-delivered', { dossierId, duplicate }),
    },
    this.deliveries, this.form, this.focusing, this.text,
  );
  /** The QR drawing code (with its encoder) loads only for a page that asks for a QR code. */
  private readonly qrCode = new LazyModule(this, () => import('./qr-code.js'));
  /** So does the kiosk's layout, for a survey in kiosk mode. */
  private readonly kioskLayout = new LazyModule(this, () =>
    import('./kiosk-styles.js').then(({ kioskStyles }) => adoptStyles(this.renderRoot as ShadowRoot, [...CqttSurvey.elementStyles, kioskStyles])),
  );

  constructor() {
    super();
    this.kiosk = false;
    this.clock = systemClock;
    this.deliveryOptions = {};
    this.kioskTiming = defaultKioskTiming;
    this.phase = initialPhase;
  }

  /** True while the element holds a subscription, a delivery or a timer: false once it has left the page. */
  get busy(): boolean {
    return this.status.active || this.portalMessages.active || this.kioskIdle.active || this.deliveries.busy;
  }

  /** What the citizen has entered so far; blank again after every handover. */
  get draft(): SurveyDraft {
    return this.form.draft;
  }

  /**
   * Hands the survey over to the next citizen: clears everything the last one entered and lets go of the dossier and
   * its survey token, so nothing more can be sent for that dossier until its code is entered again. The kiosk calls
   * it after "Hoàn tất", after the thank-you and when left idle; the page sets the next dossier in `cqtt-survey-reset`.
   */
  reset(): void {
    this.focusing.requestIfInside('title');
    this.handOver();
    this.dossierId = undefined;
    this.surveyToken = undefined;
    this.emit('cqtt-survey-reset', null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dossierId')) this.handOver();
    if (this.kiosk) this.kioskLayout.get();
    const entry = this.status.entry;
    if (entry) this.step({ type: 'found', entry, kiosk: this.kiosk });
  }

  protected override updated(): void {
    this.kioskIdle.watch(this.kiosk ? kioskWatchOf(this.view(), this.form.dirty) : 'none');
    this.deliveries.offerToken(this.dossierId, this.token());
  }

  override render(): TemplateResult {
    const { phase, text } = this;
    return renderScreen({
      text,
      view: this.view(),
      note: phase.kind === 'thanks' ? phase.delivery : { state: 'stored' },
      kiosk: this.kiosk,
      level: this.status.level,
      hotline: renderHotline(text, this.hotline, this.portalMessages.latest),
      form: () => this.renderForm(),
      retry: () => this.status.retry(),
      answerAnyway: () => this.step({ type: 'answer-anyway' }),
      done: () => this.reset(),
    });
  }

  private renderForm(): TemplateResult {
    const refusal = this.status.refusal;
    return renderForm({
      text: this.text,
      locale: this.messages.locale,
      form: this.form,
      fixing: this.phase.kind === 'fix',
      refusal: refusal ? tokenRefused(this.text, refusal) : undefined,
      onSubmit: (event) => void this.voting.submit(event),
      warning: this.kioskIdle.warning ? renderIdleWarning(this.text, this.kioskTiming.warningMs, () => this.continueAfterWarning()) : undefined,
      qr: this.qr && this.dossierId ? renderQr(this.text, this.qrCode.get(), this.qr, this.dossierId, this.token()) : undefined,
    });
  }

  private view(): View {
    return viewOf(this.phase, this.status.view, !!this.dossierId);
  }

  /** The survey token to send: an empty attribute means none. */
  private token(): string | undefined {
    return this.surveyToken || undefined;
  }

  private step(event: PhaseEvent): void {
    const before = this.phase;
    this.phase = nextPhase(before, event);
    if (this.phase.kind !== 'fix' || before.kind === 'fix') return;
    // A stored vote the server rejected comes back into the form, marked where the server said.
    const entry = event.type === 'found' ? event.entry : event.type === 'delivery' && event.event.type === 'failed' ? event.event.entry : undefined;
    if (entry) this.form.load(entry.response, entry.lastError);
    if (event.type === 'delivery') this.focusing.request('title');
  }

  /** Nothing of the last vote stays: no form input, no thank-you, no request in flight. */
  private handOver(): void {
    this.deliveries.cancelDirect();
    this.form.clear();
    this.focusing.forget();
    this.phase = initialPhase;
  }

  private onDelivery(event: DeliveryEvent): void {
    if (event.type === 'delivered' && event.dossierId === this.dossierId) {
      this.emit('cqtt-survey-delivered', { dossierId: event.dossierId, duplicate: event.duplicate });
      if (this.phase.kind === 'auto') this.status.retry();
    }
    this.step({ type: 'delivery', event });
  }

  private continueAfterWarning(): void {
    this.kioskIdle.activity();
    this.focusing.continueAfterWarning();
  }
}
