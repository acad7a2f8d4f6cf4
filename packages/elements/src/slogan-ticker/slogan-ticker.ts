/* eslint-disable lit-a11y/no-redundant-role -- Safari drops the list semantics of a <ul> styled `list-style: none`; role="list" restores them. */
import { html, nothing } from 'lit';
import { type Instant, type Message, type PortalAdapter, solarToLunar, vietnamDateOf } from '@cqtt/core';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { StreamController } from '../controllers/stream-controller.js';
import { lunarParts } from './lunar-label.js';
import { tickerMessages } from './messages.js';
import { ReducedMotionController } from './reduced-motion-controller.js';
import { RefreshTimer } from './refresh-timer.js';
import { sameDayBoard$ } from './same-day-board.js';
import { sloganTickerStyles } from './slogan-ticker.styles.js';
import { TickerLoop } from './ticker-loop.js';
import { type TickerItem, defaultItems, itemsFromMessages, sameItems } from './ticker-items.js';
import { vietnamClock, vietnamDateTimeAttribute, vietnamLongDate } from './vietnam-clock.js';

/** Default scrolling speed, in CSS pixels per second: readable from across a hall. */
export const DEFAULT_TICKER_SPEED = 80;
/** Default time between two refreshes of the messages, in milliseconds (5 minutes). */
export const DEFAULT_TICKER_REFRESH_INTERVAL = 300_000;

const kindIcons: Readonly<Record<string, string>> = { slogan: '★', reminder: '⚑', hotline: '☎' };

/**
 * The "4 xin, 4 luôn, 5 không" ticker: the portal's slogans, reminders and hotline numbers scrolling at a
 * constant speed, for a banner on staff pages or, with `led`, the lobby TV (clock, date and lunar date in
 * Vietnam time from the server's clock, and the agency's same-day procedures).
 *
 * The screen is never blank: with no adapter, or when the portal cannot be reached before any message
 * arrived, it shows the built-in slogans; after a network loss it keeps the last messages. Motion can be
 * paused with a visible button, and with "reduce motion" the ticker becomes a still list paged by buttons.
 * Screen readers get the messages once, as a list.
 *
 * @tagname cqtt-slogan-ticker
 * @summary Scrolling slogans and notices (and the lobby LED screen), pausable, reduced-motion aware.
 *
 * @slot heading - LED mode only: the agency's name or logo, above the clock.
 *
 * @csspart track - The list of messages (the scrolling strip, or the current page with reduced motion).
 * @csspart item - One message.
 * @csspart button - The pause/resume button, and the previous/next buttons of the paged list.
 * @csspart clock - LED mode: the time in Vietnam.
 * @csspart date - LED mode: the weekday and date in Vietnam.
 * @csspart lunar - LED mode: the lunar date.
 * @csspart same-day - LED mode: the list of the agency's same-day procedures.
 *
 * @cssprop [--cqtt-ticker-background=#0b3d91] - Background of the strip.
 * @cssprop [--cqtt-ticker-color=#ffffff] - Text colour of the strip.
 * @cssprop [--cqtt-ticker-accent=#ffd54f] - Colour of the kind icons and labels (must contrast with the background).
 * @cssprop [--cqtt-ticker-font-size=1.125rem] - Size of the scrolling text.
 * @cssprop [--cqtt-ticker-gap=3em] - Space after each message.
 * @cssprop [--cqtt-ticker-button-background=#ffffff] - Background of the buttons.
 * @cssprop [--cqtt-ticker-button-color=#0b3d91] - Text colour of the buttons.
 * @cssprop [--cqtt-ticker-focus-color=#ffbf47] - Colour of the keyboard focus ring.
 * @cssprop [--cqtt-ticker-led-background=#000000] - LED mode: background of the screen.
 * @cssprop [--cqtt-ticker-led-color=#ffffff] - LED mode: text colour.
 * @cssprop [--cqtt-ticker-led-accent=#ffeb3b] - LED mode: colour of the clock and icons.
 * @cssprop [--cqtt-ticker-led-font-size=clamp(2rem, 6vmin, 5rem)] - LED mode: size of the scrolling text.
 *
 * @fires {CustomEvent<TickerPauseChangeDetail>} cqtt-ticker-pause-change - The user paused or resumed the motion; `detail: { paused: boolean }`.
 */
export class SloganTicker extends LocalizedElement {
  static override styles = sloganTickerStyles;

  static override properties = {
    adapter: { attribute: false },
    locale: { type: String, reflect: true },
    led: { type: Boolean, reflect: true },
    speed: { type: Number },
    agencyCode: { type: String, attribute: 'agency-code' },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    paused: { type: Boolean, reflect: true },
  };

  /** Where the messages, the server's clock and the catalog come from. Without it the built-in slogans show. */
  declare adapter: PortalAdapter | undefined;
  /** `vi` or `en`; when unset, the nearest `lang` of the page decides. */
  declare locale: string | undefined;
  /** Lobby TV mode: full screen, high contrast, very large type, with the clock and date. */
  declare led: boolean;
  /** Scrolling speed in CSS pixels per second, whatever the length of the text. */
  declare speed: number;
  /** LED mode: the agency (mã đơn vị) whose same-day procedures are listed; none listed when unset. */
  declare agencyCode: string | undefined;
  /** Milliseconds between two refreshes of the messages (and the same-day list); 0 turns refreshing off. */
  declare refreshInterval: number;
  /** Whether the motion is paused (by the user, with the button). */
  declare paused: boolean;

  private readonly messages = new LocaleController(this, tickerMessages);
  private readonly feed = new StreamController(this, { args: () => [this.adapter] as const, stream: ([adapter]) => adapter?.messages$ });
  private readonly clock = new StreamController(this, {
    args: () => [this.adapter, this.led] as const,
    stream: ([adapter, led]) => (led ? adapter?.serverTime$ : undefined),
  });
  private readonly board = new StreamController(this, {
    args: () => [this.adapter, this.led, this.agencyCode] as const,
    stream: ([adapter, led, agencyCode]) => (led && adapter && agencyCode ? sameDayBoard$(adapter, agencyCode) : undefined),
  });
  private readonly reducedMotion = new ReducedMotionController(this);
  private readonly refresher = new RefreshTimer(
    this,
    () => this.refreshInterval,
    () => this.refreshSources(),
  );
  private readonly loop = new TickerLoop(() => this.onLoopEnd());
  private readonly resizeObserver = new ResizeObserver(() => this.syncMotion());
  private observedTrack: Element | undefined;

  /** The portal's last usable messages, kept through a network loss. */
  private received: readonly TickerItem[] | undefined;
  private receivedFrom: readonly Message[] | undefined;
  /** What the track shows now, and what it will show from the next loop boundary. */
  private displayed: readonly TickerItem[] = [];
  private pending: readonly TickerItem[] | undefined;
  /** The pointer or the keyboard focus is in the strip: hold the motion so a link can be read and used. */
  private held = false;
  /** With reduced motion: the index of the message shown. */
  private page = 0;

  constructor() {
    super();
    this.led = false;
    this.speed = DEFAULT_TICKER_SPEED;
    this.refreshInterval = DEFAULT_TICKER_REFRESH_INTERVAL;
    this.paused = false;
  }

  /** True while a refresh timer is scheduled: lets hosts and tests check that nothing outlives the element. */
  get refreshing(): boolean {
    return this.refresher.active;
  }

  /** True while any subscription to the adapter is open. */
  get subscribed(): boolean {
    return this.feed.active || this.clock.active || this.board.active;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loop.stop();
    this.resizeObserver.disconnect();
    this.observedTrack = undefined;
  }

  protected override willUpdate(): void {
    const incoming = this.currentItems();
    if (sameItems(incoming, this.displayed)) {
      this.pending = undefined;
    } else if (this.loop.current && this.displayed.length > 0) {
      this.pending = incoming;
    } else {
      this.displayed = incoming;
      this.pending = undefined;
    }
  }

  protected override updated(): void {
    const track = this.renderRoot.querySelector('.track');
    if (track !== this.observedTrack) {
      if (this.observedTrack) this.resizeObserver.unobserve(this.observedTrack);
      if (track) this.resizeObserver.observe(track);
      this.observedTrack = track ?? undefined;
    }
    this.syncMotion();
  }

  protected override render() {
    const t = this.messages.t.bind(this.messages);
    return html`
      ${this.led ? this.renderBoard() : nothing}
      <section class="ticker" aria-label=${t('region')}>
        ${this.reducedMotion.value ? this.renderPaged() : this.renderMarquee()}
      </section>
    `;
  }

  private renderMarquee() {
    const t = this.messages.t.bind(this.messages);
    return html`
      <div
        class="viewport"
        @pointerenter=${() => this.hold(true)}
        @pointerleave=${() => this.hold(false)}
        @focusin=${() => this.hold(true)}
        @focusout=${() => this.hold(false)}
      >
        <div class="rail">
          <ul class="track" part="track" role="list">
            ${this.displayed.map((item) => this.renderItem(item))}
          </ul>
          <ul class="track" part="track" role="list" aria-hidden="true" inert>
            ${this.displayed.map((item) => this.renderItem(item))}
          </ul>
        </div>
      </div>
      <button class="control" part="button" type="button" @click=${this.togglePause}>
        <span class="icon" aria-hidden="true">${this.paused ? '▶' : '❚❚'}</span>
        <span>${this.paused ? t('play') : t('pause')}</span>
      </button>
    `;
  }

  private renderPaged() {
    const t = this.messages.t.bind(this.messages);
    const total = this.displayed.length;
    const index = total === 0 ? 0 : ((this.page % total) + total) % total;
    const item = this.displayed[index];
    const position = { current: index + 1, total };
    return html`
      <div class="paged" aria-live="polite">
        <ul class="track" part="track" role="list">
          ${item ? this.renderItem(item) : nothing}
        </ul>
        <span class="visually-hidden">${t('pageLabel', position)}</span>
      </div>
      <div class="pager">
        <button class="control" part="button" type="button" @click=${() => this.turn(-1)}>
          <span class="icon" aria-hidden="true">‹</span>
          <span>${t('previous')}</span>
        </button>
        <span class="page-number" aria-hidden="true">${t('page', position)}</span>
        <button class="control" part="button" type="button" @click=${() => this.turn(1)}>
          <span>${t('next')}</span>
          <span class="icon" aria-hidden="true">›</span>
        </button>
      </div>
    `;
  }

  private renderItem(item: TickerItem) {
    const t = this.messages.t.bind(this.messages);
    const label = item.kind === 'hotline' ? t('kindHotline') : item.kind === 'reminder' ? t('kindReminder') : t('kindSlogan');
    return html`<li class="item" part="item" data-kind=${item.kind}>
      <span class="icon" aria-hidden="true">${kindIcons[item.kind] ?? '•'}</span>
      <span class=${item.kind === 'slogan' ? 'kind visually-hidden' : 'kind'}>${label}:</span>
      ${item.href === undefined ? html`<span class="text">${item.text}</span>` : html`<a class="text" href=${item.href}>${item.text}</a>`}
    </li>`;
  }

  private renderBoard() {
    const t = this.messages.t.bind(this.messages);
    const locale = this.messages.locale;
    const now = this.clock.state.status === 'ready' ? this.clock.state.value : undefined;
    return html`
      <div class="board">
        <slot name="heading"></slot>
        ${now === undefined
          ? nothing
          : html`
              <p class="clock" part="clock">
                <span class="visually-hidden">${t('clock')}:</span>
                <time datetime=${vietnamDateTimeAttribute(now)}>${vietnamClock(now, locale)}</time>
              </p>
              <p class="date" part="date">${vietnamLongDate(now, locale)}</p>
              <p class="lunar" part="lunar">${this.lunarText(now)}</p>
            `}
        ${this.renderSameDay()}
      </div>
    `;
  }

  private renderSameDay() {
    const board = this.board.latest;
    if (!this.agencyCode || !board || board.procedures.length === 0) return nothing;
    const t = this.messages.t.bind(this.messages);
    const heading = board.agencyName === undefined ? t('sameDayHeading') : t('sameDayHeadingAgency', { agency: board.agencyName });
    return html`
      <section class="same-day" part="same-day" aria-labelledby="same-day-heading">
        <h2 id="same-day-heading">${heading}</h2>
        <ul role="list">
          ${board.procedures.map((procedure) => html`<li>${procedure.name}</li>`)}
        </ul>
      </section>
    `;
  }

  private lunarText(now: Instant): string {
    const t = this.messages.t.bind(this.messages);
    const lunar = solarToLunar(vietnamDateOf(now));
    const parts = lunarParts(lunar, this.messages.locale);
    const month = lunar.leap ? t('lunarLeapMonth', { month: parts.month }) : parts.month;
    return t('lunar', { ...parts, month });
  }

  /** The portal's messages when it has some, else the last ones it sent, else the built-in slogans. */
  private currentItems(): readonly TickerItem[] {
    const messages = this.feed.latest;
    if (messages !== this.receivedFrom) {
      this.receivedFrom = messages;
      const items = messages ? itemsFromMessages(messages) : [];
      this.received = items.length > 0 ? items : undefined;
    }
    return this.received ?? defaultItems(this.messages.locale);
  }

  private refreshSources(): void {
    this.feed.retry();
    this.board.retry();
    if (this.clock.state.status === 'error') this.clock.retry();
  }

  private syncMotion(): void {
    const rail = this.renderRoot.querySelector<HTMLElement>('.rail');
    const track = rail?.querySelector('.track');
    const distance = track?.getBoundingClientRect().width ?? 0;
    if (!this.isConnected || this.reducedMotion.value || !rail || distance <= 0) {
      this.loop.stop();
      return;
    }
    const speed = Number.isFinite(this.speed) && this.speed > 0 ? this.speed : DEFAULT_TICKER_SPEED;
    this.loop.run(rail, distance, speed, this.paused || this.held);
  }

  /** At the end of a pass: show the new content from its start, or replay the same. */
  private onLoopEnd(): void {
    if (this.pending) {
      this.loop.stop();
      this.displayed = this.pending;
      this.pending = undefined;
      this.requestUpdate();
    } else {
      this.loop.replay();
    }
  }

  private hold(held: boolean): void {
    this.held = held;
    this.loop.setPaused(this.paused || held);
  }

  private readonly togglePause = (): void => {
    this.paused = !this.paused;
    this.emit('cqtt-ticker-pause-change', { paused: this.paused });
  };

  private turn(step: number): void {
    const total = this.displayed.length;
    if (total === 0) return;
    this.page = (((this.page + step) % total) + total) % total;
    this.requestUpdate();
  }
}
