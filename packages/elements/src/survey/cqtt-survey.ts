import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { type Observable, type Subscription, defer, map, switchMap, take } from 'rxjs';
import {
  type PortalAdapter,
  type SatisfactionLevel,
  type SurveyResponse,
  type SurveyStatus,
  type SurveyTokenErrorCode,
  isSurveyTokenErrorCode,
  principleGroups,
  principles,
  lazySurveyTokenErrorMessages,
} from '@cqtt/core';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { StreamController } from '../controllers/stream-controller.js';
import {
  type DraftField,
  type DraftProblem,
  type DraftProblems,
  type SurveyDraft,
  asksWhy,
  commentLength,
  commentMaxLength,
  commentWarningRemaining,
  draftFields,
  draftOf,
  emptyDraft,
  fieldOfPath,
  responseOf,
  validateDraft,
} from './draft.js';
import { hotlineOf } from './hotline.js';
import { type KioskTiming, KioskIdleController, defaultKioskTiming } from './kiosk-idle.js';
import { faceOf, surveyLevels } from './levels.js';
import { type SurveyMessageKey, surveyMessages } from './messages.js';
import { type SurveyClock, systemClock } from './outbox/clock.js';
import { type DeliveryEvent, type SurveyDeliveryLease, type SurveyDeliveryOptions, startSurveyDelivery } from './outbox/delivery.js';
import { type AttemptVerdict, judgeAttempt } from './outbox/failure.js';
import type { OutboxEntry, OutboxFailure } from './outbox/outbox.js';
import type * as QrCodeModule from './qr-code.js';
import { surveyStyles } from './survey-styles.js';

/** What the survey knows about its dossier: a vote waiting on this device, or the server's status. */
interface LoadedStatus {
  readonly loadId: number;
  readonly entry?: OutboxEntry;
  readonly status?: SurveyStatus;
}

type Phase =
  | { readonly kind: 'auto' }
  | { readonly kind: 'form' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'thanks'; readonly key?: string; readonly delivered: boolean; readonly failure?: OutboxFailure; readonly blocked?: boolean }
  | { readonly kind: 'fix'; readonly key: string; readonly surveyToken?: string | undefined };

type View = 'empty' | 'loading' | 'error' | 'form' | 'sending' | 'thanks' | 'fix' | 'answered' | 'pending';

type FocusTarget = 'title' | 'first-problem' | 'idle-continue';

const levelKeys: Record<SatisfactionLevel, SurveyMessageKey> = { 5: 'level5', 4: 'level4', 3: 'level3', 2: 'level2', 1: 'level1' };

/**
 * The satisfaction survey a citizen answers when receiving a result, online or at the counter's kiosk.
 * A vote is stored on the device before anything is sent, so the thank-you shows at once and the vote is
 * delivered (once) even through a lost connection or a reload.
 *
 * @summary Five-level satisfaction survey with the "4 xin, 4 luôn, 5 không" criteria and an offline outbox.
 * @tagname cqtt-survey
 *
 * @fires {CustomEvent<SurveySubmitDetail>} cqtt-survey-submit - The citizen voted and the vote is stored (or sent). `detail: { dossierId, level }`; no personal data.
 * @fires {CustomEvent<SurveyDeliveredDetail>} cqtt-survey-delivered - The server has the vote. `detail: { dossierId, duplicate }`.
 * @fires {CustomEvent<null>} cqtt-survey-reset - The kiosk cleared the form for the next citizen: set the next `dossierId` now.
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
 * @cssprop --cqtt-survey-target-size - Smallest touch target (default 44px; 64px in kiosk mode).
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
  static override styles = surveyStyles;

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
    draft: { state: true },
    problems: { state: true },
    generalProblem: { state: true },
    phase: { state: true },
    commentAnnouncement: { state: true },
    formGeneration: { state: true },
  };

  /** Where statuses come from and votes go. */
  declare adapter: PortalAdapter | undefined;
  /** The dossier being rated (mã hồ sơ). */
  declare dossierId: string | undefined;
  /** `vi` or `en`; else the page's nearest `lang`. */
  declare locale: string | undefined;
  /** A shared kiosk at the counter: bigger targets and text, and cleared for the next citizen when idle. */
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

  declare private draft: SurveyDraft;
  declare private problems: DraftProblems;
  declare private generalProblem: string | undefined;
  declare private phase: Phase;
  declare private commentAnnouncement: string;
  declare private formGeneration: number;

  private readonly messages = new LocaleController(this, surveyMessages, [lazySurveyTokenErrorMessages]);
  private readonly status = new StreamController<readonly [], LoadedStatus>(this, { args: () => [], stream: () => this.statusSource() });
  private readonly portalMessages = new StreamController(this, { args: () => [this.adapter, this.hotline] as const, stream: ([adapter, hotline]) => (hotline ? undefined : adapter?.messages$) });
  private readonly kioskIdle = new KioskIdleController(
    this,
    () => this.clock,
    () => this.kioskTiming,
    () => this.reset(),
  );

  private lease: SurveyDeliveryLease | undefined;
  private leaseAdapter: PortalAdapter | undefined;
  private deliveryEvents: Subscription | undefined;
  private directSubmission: Subscription | undefined;
  private serverTime: Subscription | undefined;
  /** How far the server's clock is ahead of `clock` (kiosk PCs are often wrong); 0 until known. */
  private serverOffsetMs = 0;
  private directKey: string | undefined;
  private submitting = false;
  private loadId = 0;
  private loadedInputs: { adapter: PortalAdapter | undefined; dossierId: string | undefined; surveyToken: string | undefined } | undefined;
  /** The dossier and token last offered to the stored vote (`adoptToken`), so each new token is offered once. */
  private offeredToken: string | undefined;
  private focusAfterRender: FocusTarget | undefined;
  private focusBeforeWarning: HTMLElement | undefined;
  private warningRendered = false;
  private readonly onActivity = () => this.kioskIdle.activity();
  /** The QR drawing code (with its encoder) loads only for a page that asks for a QR code. */
  private qrCode: typeof QrCodeModule | undefined;
  private qrLoading: Promise<void> | undefined;

  constructor() {
    super();
    this.kiosk = false;
    this.clock = systemClock;
    this.deliveryOptions = {};
    this.kioskTiming = defaultKioskTiming;
    this.draft = emptyDraft();
    this.problems = {};
    this.phase = { kind: 'auto' };
    this.commentAnnouncement = '';
    this.formGeneration = 0;
  }

  /** True while the element holds a subscription, a delivery or a timer: false once it has left the page. */
  get busy(): boolean {
    return (
      this.status.active ||
      this.portalMessages.active ||
      this.kioskIdle.active ||
      this.lease !== undefined ||
      (this.deliveryEvents !== undefined && !this.deliveryEvents.closed) ||
      (this.serverTime !== undefined && !this.serverTime.closed) ||
      (this.directSubmission !== undefined && !this.directSubmission.closed)
    );
  }

  override connectedCallback(): void {
    this.syncDelivery();
    super.connectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input']) this.addEventListener(type, this.onActivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input']) this.removeEventListener(type, this.onActivity);
    this.directSubmission?.unsubscribe();
    this.releaseDelivery();
  }

  /** Clears everything the last citizen entered and shows a fresh survey; the kiosk calls it when idle. */
  reset(): void {
    const hadFocus = this.shadowRoot?.activeElement != null;
    this.directSubmission?.unsubscribe();
    this.directKey = undefined;
    this.draft = emptyDraft();
    this.problems = {};
    this.generalProblem = undefined;
    this.commentAnnouncement = '';
    this.phase = { kind: 'auto' };
    this.formGeneration += 1;
    this.focusBeforeWarning = undefined;
    // The token is the last citizen's: the page sets the next one with the next dossier, in this event.
    this.surveyToken = undefined;
    this.emit('cqtt-survey-reset', null);
    this.loadedInputs = undefined;
    this.requestUpdate();
    if (hadFocus) this.focusAfterRender = 'title';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.syncDelivery();
    if (changed.has('dossierId') && changed.get('dossierId') !== undefined) this.clearForNewDossier();
    const inputs = this.loadedInputs;
    if (this.isConnected && (!inputs || inputs.adapter !== this.adapter || inputs.dossierId !== this.dossierId || inputs.surveyToken !== this.token())) {
      this.status.retry();
    }
    this.offerToken();
    if (this.qr && !this.qrLoading) {
      this.qrLoading = import('./qr-code.js').then(
        (module) => {
          this.qrCode = module;
          this.requestUpdate();
        },
        // A chunk that fails to load only costs the QR code; the survey itself works without it.
        () => undefined,
      );
    }
    const loaded = this.loaded();
    // A shared kiosk never brings back a previous citizen's rejected answer; a personal screen offers to fix it.
    if (!this.kiosk && this.phase.kind === 'auto' && loaded?.entry?.state === 'needs-fix') this.enterFix(loaded.entry);
  }

  protected override updated(): void {
    const view = this.view();
    const dirty = this.isDirty();
    this.kioskIdle.watch(!this.kiosk ? 'none' : view === 'thanks' ? 'thanks' : (view === 'form' || view === 'fix') && dirty ? 'form' : 'none');
    if (this.kioskIdle.warning && !this.warningRendered) {
      const active = this.shadowRoot?.activeElement;
      this.focusBeforeWarning = active instanceof HTMLElement ? active : undefined;
      this.focusAfterRender = 'idle-continue';
    }
    this.warningRendered = this.kioskIdle.warning;
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (target === 'title') this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    if (target === 'first-problem') this.focusFirstProblem();
    if (target === 'idle-continue') this.renderRoot.querySelector<HTMLElement>('#idle-continue')?.focus();
  }

  override render(): TemplateResult {
    switch (this.view()) {
      case 'empty':
        return html`<slot name="empty"></slot>`;
      case 'loading':
        return this.card(html`<p class="loading" role="status">${this.t('loading')}</p>`);
      case 'error':
        return this.renderLoadError();
      case 'sending':
        return this.card(html`<p role="status">${this.t('sending')}</p>`);
      case 'thanks':
        return this.renderThanks();
      case 'answered':
      case 'pending':
        return this.renderAnswered();
      case 'form':
      case 'fix':
        return this.renderForm();
    }
  }

  private t(key: SurveyMessageKey, params?: Readonly<Record<string, string | number>>): string {
    return this.messages.t(key, params);
  }

  /** The survey token to send: an empty attribute means none. */
  private token(): string | undefined {
    return this.surveyToken || undefined;
  }

  private statusSource(): Observable<LoadedStatus> | undefined {
    const { adapter, dossierId } = this;
    const surveyToken = this.token();
    this.loadedInputs = { adapter, dossierId, surveyToken };
    if (!adapter || !dossierId) return undefined;
    const loadId = ++this.loadId;
    const delivery = this.lease?.delivery;
    return defer(() => (delivery ? delivery.entryFor(dossierId) : Promise.resolve(undefined))).pipe(
      switchMap((entry) => (entry ? [{ loadId, entry }] : adapter.surveyStatus$(dossierId, surveyToken).pipe(map((status) => ({ loadId, status }))))),
    );
  }

  private loaded(): LoadedStatus | undefined {
    const state = this.status.state;
    return state.status === 'ready' && state.value.loadId === this.loadId ? state.value : undefined;
  }

  private view(): View {
    if (!this.dossierId) return 'empty';
    if (this.phase.kind !== 'auto') return this.phase.kind;
    if (!this.adapter) return 'loading';
    // A refused survey token does not stop the vote: it is kept on the device until a token is given.
    if (this.status.state.status === 'error') return this.statusRefusal() ? 'form' : 'error';
    const loaded = this.loaded();
    if (!loaded) return 'loading';
    if (loaded.entry) return 'pending';
    return loaded.status?.answered ? 'answered' : 'form';
  }

  private isDirty(): boolean {
    const draft = this.draft;
    return draft.level !== undefined || draft.comment !== '' || draft.phone !== '' || draft.consent || draft.shortcomings.length > 0 || draft.praise.length > 0;
  }

  /** The survey-token code with which the server refused the status request, if it did. */
  private statusRefusal(): SurveyTokenErrorCode | undefined {
    const state = this.status.state;
    const code = state.status === 'error' ? (state.error as { body?: { code?: unknown } } | null)?.body?.code : undefined;
    return isSurveyTokenErrorCode(code) ? code : undefined;
  }

  /** Hands a new token to this dossier's stored vote, which is then sent at once if it was waiting for one. */
  private offerToken(): void {
    const { lease, dossierId } = this;
    const surveyToken = this.token();
    const offer = `${dossierId}\n${surveyToken}`;
    if (!lease || !dossierId || !surveyToken || offer === this.offeredToken) return;
    this.offeredToken = offer;
    void lease.delivery.adoptToken(dossierId, surveyToken);
  }

  private syncDelivery(): void {
    if (!this.isConnected || this.adapter === this.leaseAdapter) return;
    this.releaseDelivery();
    if (!this.adapter) return;
    this.leaseAdapter = this.adapter;
    this.lease = startSurveyDelivery(this.adapter, { clock: this.clock, ...this.deliveryOptions });
    this.deliveryEvents = this.lease.delivery.events$.subscribe((event) => this.onDelivery(event));
    this.serverOffsetMs = 0;
    this.serverTime = this.adapter.serverTime$.pipe(take(1)).subscribe({
      next: (serverNow) => (this.serverOffsetMs = serverNow - this.clock.now()),
      // Without the server's time the vote keeps the device's: better than no vote.
      error: () => undefined,
    });
  }

  private releaseDelivery(): void {
    this.deliveryEvents?.unsubscribe();
    this.deliveryEvents = undefined;
    this.serverTime?.unsubscribe();
    this.serverTime = undefined;
    this.lease?.release();
    this.lease = undefined;
    this.leaseAdapter = undefined;
    this.offeredToken = undefined;
  }

  private clearForNewDossier(): void {
    this.directSubmission?.unsubscribe();
    this.directKey = undefined;
    this.draft = emptyDraft();
    this.problems = {};
    this.generalProblem = undefined;
    this.phase = { kind: 'auto' };
    this.formGeneration += 1;
  }

  private onDelivery(event: DeliveryEvent): void {
    const phase = this.phase;
    if (event.type === 'delivered') {
      if (event.dossierId !== this.dossierId) return;
      this.emit('cqtt-survey-delivered', { dossierId: event.dossierId, duplicate: event.duplicate });
      if (phase.kind === 'thanks' && phase.key === event.key) this.phase = { kind: 'thanks', key: event.key, delivered: true };
      else if (phase.kind === 'auto') this.status.retry();
      return;
    }
    const entry = event.entry;
    if (entry.response.dossierId !== this.dossierId || phase.kind !== 'thanks' || phase.key !== entry.key) return;
    if (entry.state === 'needs-fix') {
      this.enterFix(entry);
      this.focusAfterRender = 'title';
      return;
    }
    this.phase = entry.lastError
      ? { kind: 'thanks', key: entry.key, delivered: false, failure: entry.lastError, blocked: entry.state === 'blocked' }
      : { kind: 'thanks', key: entry.key, delivered: false };
  }

  private enterFix(entry: OutboxEntry): void {
    this.phase = { kind: 'fix', key: entry.key, surveyToken: entry.surveyToken };
    this.draft = draftOf(entry.response);
    this.showServerProblems(entry.lastError);
  }

  private showServerProblems(failure: OutboxFailure | undefined): void {
    const problems: DraftProblems = {};
    const general: string[] = [];
    for (const field of failure?.fields ?? []) {
      const name = fieldOfPath(field.path);
      if (name && problems[name] === undefined) problems[name] = { server: field.message };
      else general.push(field.message);
    }
    if (failure && Object.keys(problems).length === 0 && general.length === 0) general.push(failure.message);
    this.problems = problems;
    this.generalProblem = general.length > 0 ? this.t('fixGeneral', { message: general.join('; ') }) : undefined;
  }

  private updateDraft(change: Partial<SurveyDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.directKey = undefined;
  }

  private chooseLevel(level: SatisfactionLevel): void {
    this.updateDraft({ level });
    if (this.problems.level) {
      const others: DraftProblems = { ...this.problems };
      delete others.level;
      this.problems = others;
    }
  }

  private toggleCriterion(id: string): void {
    const listName = asksWhy(this.draft.level) ? 'shortcomings' : 'praise';
    const list = this.draft[listName];
    this.updateDraft({ [listName]: list.includes(id) ? list.filter((item) => item !== id) : [...list, id] });
  }

  private onCommentInput(event: Event): void {
    const before = commentMaxLength - commentLength(this.draft.comment);
    const comment = (event.target as HTMLTextAreaElement).value;
    this.updateDraft({ comment });
    const remaining = commentMaxLength - commentLength(comment);
    // Speak only when a threshold is crossed, never on every keystroke.
    if (remaining < 0 && before >= 0) this.commentAnnouncement = this.t('commentOver', { max: this.formatNumber(commentMaxLength) });
    else if (remaining >= 0 && remaining <= commentWarningRemaining && (before > commentWarningRemaining || before < 0)) {
      this.commentAnnouncement = this.t('commentRemaining', { remaining: this.formatNumber(remaining) });
    } else if (remaining > commentWarningRemaining) this.commentAnnouncement = '';
  }

  private onFormKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLInputElement;
    // Enter on a level or a checkbox must not send the form: sending is its own deliberate action.
    if (event.key === 'Enter' && (target.type === 'radio' || target.type === 'checkbox')) event.preventDefault();
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting || !this.adapter || !this.dossierId || !this.lease) return;
    const problems = validateDraft(this.draft);
    this.problems = problems;
    this.generalProblem = undefined;
    const level = this.draft.level;
    if (Object.keys(problems).length > 0 || level === undefined) {
      this.focusAfterRender = 'first-problem';
      return;
    }
    const response = responseOf({ ...this.draft, level }, this.dossierId, this.clock.now() + this.serverOffsetMs);
    const fixing = this.phase.kind === 'fix' ? this.phase : undefined;
    const delivery = this.lease.delivery;
    this.submitting = true;
    try {
      const entry = await delivery.enqueue(response, fixing?.key, this.token() ?? fixing?.surveyToken);
      this.afterVote(response, { kind: 'thanks', key: entry.key, delivered: false });
    } catch {
      this.submitDirectly(response, delivery.newKey());
    } finally {
      this.submitting = false;
    }
  }

  /** Without an outbox the vote goes straight to the server, and the citizen is told if that fails. */
  private submitDirectly(response: SurveyResponse, freshKey: string): void {
    const adapter = this.adapter;
    if (!adapter) return;
    const key = (this.directKey ??= freshKey);
    this.phase = { kind: 'sending' };
    this.directSubmission = adapter
      .submitSurvey(response, key, this.token())
      .pipe(take(1))
      .subscribe({
        next: (receipt) => {
          this.directKey = undefined;
          this.afterVote(response, { kind: 'thanks', delivered: true });
          this.emit('cqtt-survey-delivered', { dossierId: response.dossierId, duplicate: receipt.duplicate });
        },
        error: (error: unknown) => this.afterDirectFailure(response, judgeAttempt(error)),
      });
  }

  private afterDirectFailure(response: SurveyResponse, verdict: AttemptVerdict): void {
    if (verdict.outcome === 'delivered') {
      this.afterVote(response, { kind: 'thanks', delivered: true });
      return;
    }
    this.phase = { kind: 'form' };
    if (verdict.outcome === 'hold' && verdict.state === 'needs-fix') {
      this.directKey = undefined;
      this.showServerProblems(verdict.failure);
    } else {
      this.problems = {};
      this.generalProblem = this.t('directFailed', { reason: this.reasonOf(verdict.failure) });
    }
    this.focusAfterRender = 'first-problem';
  }

  private afterVote(response: SurveyResponse, phase: Phase): void {
    this.phase = phase;
    this.problems = {};
    this.generalProblem = undefined;
    this.focusAfterRender = 'title';
    this.emit('cqtt-survey-submit', { dossierId: response.dossierId, level: response.level });
  }

  private focusFirstProblem(): void {
    const root = this.renderRoot;
    const first = draftFields.find((field) => this.problems[field] !== undefined);
    const target =
      first === 'level'
        ? root.querySelector<HTMLElement>('input[name="level"]')
        : first
          ? root.querySelector<HTMLElement>(`#${first}`)
          : root.querySelector<HTMLElement>('#general-problem');
    target?.focus();
  }

  private continueAfterWarning(): void {
    this.kioskIdle.activity();
    const previous = this.focusBeforeWarning;
    this.focusBeforeWarning = undefined;
    previous?.focus();
  }

  private formatNumber(value: number): string {
    return new Intl.NumberFormat(this.messages.locale === 'en' ? 'en-US' : 'vi-VN').format(value);
  }

  private reasonOf(failure: OutboxFailure | undefined): string {
    const code = failure?.code;
    if (isSurveyTokenErrorCode(code)) return this.messages.text(lazySurveyTokenErrorMessages, code);
    switch (failure?.kind) {
      case 'unauthorized':
        return this.t('reasonUnauthorized');
      case 'forbidden':
        return this.t('reasonForbidden');
      case 'not-found':
        return this.t('reasonNotFound');
      case 'server':
      case 'rate-limited':
        return this.t('reasonServer');
      default:
        return this.t('reasonNetwork');
    }
  }

  /** Why the token was refused, and that the vote is kept meanwhile. */
  private tokenRefused(code: SurveyTokenErrorCode): string {
    return this.t('tokenRefused', { reason: this.messages.text(lazySurveyTokenErrorMessages, code) });
  }

  private problemText(field: DraftField, problem: DraftProblem | undefined): string {
    if (problem === undefined) return '';
    if (typeof problem === 'object') return this.t('errorServerField', { message: problem.server });
    if (field === 'level') return this.t('errorLevel');
    if (field === 'comment') {
      const count = commentLength(this.draft.comment.trim());
      return this.t('errorCommentTooLong', {
        count: this.formatNumber(count),
        max: this.formatNumber(commentMaxLength),
        over: this.formatNumber(count - commentMaxLength),
      });
    }
    if (field === 'phone') return this.t(problem === 'missing-phone' ? 'errorPhoneMissing' : 'errorPhoneInvalid');
    return this.t('errorConsentMissing');
  }

  private card(content: unknown, labelled = false): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby=${ifDefined(labelled ? 'title' : undefined)}>${content}</section>`;
  }

  private heading(key: SurveyMessageKey): TemplateResult {
    return html`<h2 id="title" part="title" tabindex="-1">${this.t(key)}</h2>`;
  }

  private renderHotline(): TemplateResult | typeof nothing {
    const messages = this.portalMessages.state;
    const hotline = hotlineOf(this.hotline, messages.status === 'ready' ? messages.value : undefined);
    if (!hotline) return nothing;
    return html`<p part="hotline">${this.t('hotline')} ${hotline.href ? html`<a href=${hotline.href}>${hotline.text}</a>` : hotline.text}</p>`;
  }

  private renderLoadError(): TemplateResult {
    return this.card(
      html`${this.heading('title')}
        <p role="alert">${this.t('loadError')}</p>
        <div class="actions">
          <button type="button" @click=${() => this.status.retry()}>${this.t('retry')}</button>
          <button type="button" class="secondary" @click=${() => (this.phase = { kind: 'form' })}>${this.t('answerAnyway')}</button>
        </div>`,
      true,
    );
  }

  private renderThanks(): TemplateResult {
    const phase = this.phase.kind === 'thanks' ? this.phase : undefined;
    const failure = phase?.failure;
    const delivery = phase?.delivered
      ? this.t('deliveryDone')
      : failure && phase?.blocked
        ? isSurveyTokenErrorCode(failure.code)
          ? this.tokenRefused(failure.code)
          : this.t('deliveryBlocked', { reason: this.reasonOf(failure) })
        : failure
          ? `${this.t('deliveryPending')} ${this.t('deliveryRetrying', { reason: this.reasonOf(failure) })}`
          : this.t('deliveryPending');
    return this.card(
      html`${this.heading('thanksTitle')}
        <p>${this.t('thanksBody')}</p>
        <p class="notice ${phase?.blocked ? 'warn' : ''}" role="status">${delivery}</p>
        ${this.renderHotline()}
        ${this.kiosk ? html`<div class="actions"><button type="button" @click=${() => this.reset()}>${this.t('done')}</button></div>` : nothing}`,
      true,
    );
  }

  private renderAnswered(): TemplateResult {
    const loaded = this.loaded();
    const level = loaded?.status?.level;
    return this.card(
      html`${this.heading('answeredTitle')}
        ${loaded?.entry ? html`<p>${this.t('answeredPending')}</p>` : nothing}
        ${level !== undefined && !this.kiosk ? html`<p>${this.t('answeredLevel', { level: this.t(levelKeys[level]) })}</p>` : nothing}
        ${this.renderHotline()}`,
      true,
    );
  }

  private renderIdleWarning(): TemplateResult | typeof nothing {
    if (!this.kioskIdle.warning) return nothing;
    const seconds = Math.round(Math.max(20_000, this.kioskTiming.warningMs) / 1000);
    return html`<div class="idle" part="idle-warning" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-body">
      <p id="idle-title"><strong>${this.t('idleTitle')}</strong></p>
      <p id="idle-body">${this.t('idleBody', { seconds })}</p>
      <div class="actions">
        <button id="idle-continue" type="button" @click=${() => this.continueAfterWarning()}>${this.t('idleContinue')}</button>
      </div>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const fixing = this.phase.kind === 'fix';
    const refusal = this.statusRefusal();
    return this.card(
      html`${this.renderIdleWarning()} ${this.heading(fixing ? 'fixTitle' : 'title')}
        <p>${this.t(fixing ? 'fixBody' : 'intro')}</p>
        ${refusal
          ? html`<p class="notice warn" role="alert">${this.tokenRefused(refusal)}</p>`
          : nothing}
        ${keyed(
          this.formGeneration,
          html`<form novalidate @submit=${(event: Event) => this.onSubmit(event)} @keydown=${(event: KeyboardEvent) => this.onFormKeydown(event)}>
            <div class="stack">
              ${this.renderLevels()} ${this.renderCriteria()} ${this.renderComment()} ${this.renderPhone()}
              <p id="general-problem" class="error" role="alert" tabindex="-1">${this.generalProblem ?? ''}</p>
              <div class="actions">
                <button type="submit" part="submit">${this.t('submit')}</button>
              </div>
            </div>
          </form>`,
        )}
        ${this.renderQr()}`,
      true,
    );
  }

  private describedBy(...ids: (string | false)[]): string | undefined {
    const list = ids.filter((id): id is string => id !== false);
    return list.length > 0 ? list.join(' ') : undefined;
  }

  private renderLevels(): TemplateResult {
    const problem = this.problems.level;
    return html`<fieldset part="levels" role="radiogroup" aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${ifDefined(this.describedBy(!!problem && 'level-error'))}>
      <legend>${this.t('levelLegend')}</legend>
      <div class="levels">
        ${surveyLevels.map(
          (level) => html`<label class="level level-${level}" part="level">
            <svg class="face-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${faceOf(level)}</svg>
            <input type="radio" name="level" .value=${String(level)} .checked=${live(this.draft.level === level)} @change=${() => this.chooseLevel(level)} />
            <span>${this.t(levelKeys[level])}</span>
          </label>`,
        )}
      </div>
      <p id="level-error" class="error">${this.problemText('level', problem)}</p>
    </fieldset>`;
  }

  private renderCriteria(): TemplateResult | typeof nothing {
    const level = this.draft.level;
    if (level === undefined) return nothing;
    const why = asksWhy(level);
    const chosen = why ? this.draft.shortcomings : this.draft.praise;
    const locale = this.messages.locale;
    return html`<fieldset class="criteria" part="criteria">
      <legend>${this.t(why ? 'shortcomingsLegend' : 'praiseLegend')}</legend>
      ${principleGroups.map(
        (group) => html`<fieldset>
          <legend>${group[locale]}</legend>
          <div class="checks">
          ${principles
            .filter((principle) => principle.group === group.id)
            .map(
              (principle) => html`<label class="check">
                <input type="checkbox" .checked=${live(chosen.includes(principle.id))} @change=${() => this.toggleCriterion(principle.id)} />
                <span>${principle[locale]}</span>
              </label>`,
            )}
          </div>
        </fieldset>`,
      )}
    </fieldset>`;
  }

  private renderComment(): TemplateResult {
    const problem = this.problems.comment;
    const count = commentLength(this.draft.comment);
    const max = this.formatNumber(commentMaxLength);
    return html`<div class="field">
      <label class="field-label" for="comment">${this.t('commentLabel')}</label>
      <textarea
        id="comment"
        part="comment"
        rows="4"
        .value=${live(this.draft.comment)}
        @input=${(event: Event) => this.onCommentInput(event)}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy('comment-hint', !!problem && 'comment-error'))}
      ></textarea>
      <p id="comment-hint" class="hint">${this.t('commentHint', { max })}</p>
      <p class="counter ${count > commentMaxLength ? 'over' : ''}">${this.t('commentCount', { count: this.formatNumber(count), max })}</p>
      <p class="visually-hidden" role="status">${this.commentAnnouncement}</p>
      <p id="comment-error" class="error">${this.problemText('comment', problem)}</p>
    </div>`;
  }

  private renderPhone(): TemplateResult {
    const phone = this.problems.phone;
    const consent = this.problems.consent;
    return html`<div class="field">
        <label class="field-label" for="phone">${this.t('phoneLabel')}</label>
        <input
          id="phone"
          part="phone"
          type="tel"
          autocomplete="tel"
          .value=${live(this.draft.phone)}
          @input=${(event: Event) => this.updateDraft({ phone: (event.target as HTMLInputElement).value })}
          aria-invalid=${phone ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy('phone-hint', !!phone && 'phone-error'))}
        />
        <p id="phone-hint" class="hint">${this.t('phoneHint')}</p>
        <p id="phone-error" class="error">${this.problemText('phone', phone)}</p>
      </div>
      <div class="field">
        <label class="consent">
          <input
            id="consent"
            type="checkbox"
            .checked=${live(this.draft.consent)}
            @change=${(event: Event) => this.updateDraft({ consent: (event.target as HTMLInputElement).checked })}
            aria-invalid=${consent ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.describedBy(!!consent && 'consent-error'))}
          />
          <span>${this.t('consentLabel')}</span>
        </label>
        <p id="consent-error" class="error">${this.problemText('consent', consent)}</p>
      </div>`;
  }

  private renderQr(): TemplateResult | typeof nothing {
    if (!this.qr || !this.dossierId || !this.qrCode) return nothing;
    const url = this.qrCode.surveyUrlOf(this.qr, this.dossierId, this.token());
    const drawing = url === undefined ? undefined : this.qrCode.drawQrCode(url);
    if (!url || !drawing) return nothing;
    return html`<div class="qr" part="qr">
      <p>${this.t('qrCaption')}</p>
      <svg role="img" aria-label=${this.t('qrLabel')} viewBox="0 0 ${drawing.size} ${drawing.size}" shape-rendering="crispEdges">${drawing.content}</svg>
      <p class="qr-url">${url}</p>
    </div>`;
  }
}
