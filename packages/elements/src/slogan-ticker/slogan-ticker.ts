import { html, nothing } from 'lit';
import { type Message, type PortalAdapter, lazyDefaultSlogans } from '@cqtt/core';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { StreamController } from '../controllers/stream-controller.js';
import { ledBoardView } from './led-board.js';
import { tickerMessages } from './messages.js';
import { ReducedMotionController } from './reduced-motion-controller.js';
import { RefreshTimer } from './refresh-timer.js';
import { sameDayBoard$ } from './same-day-board.js';
import { sloganTickerStyles } from './slogan-ticker.styles.js';
import { type TickerItem, defaultItems, itemsFromMessages, sameItems } from './ticker-items.js';
import { lineUp } from './ticker-lineup.js';
import { DEFAULT_TICKER_SPEED, TickerMotion } from './ticker-motion.js';
import { marqueeView, pagedView } from './ticker-view.js';

/** Default time between two refreshes of the messages, in milliseconds (5 minutes). */
const DEFAULT_TICKER_REFRESH_INTERVAL = 300_000;

/**
 * The "4 xin, 4 luôn, 5 không" ticker: the portal's slogans, reminders and hotline numbers scrolling at a
 * constant speed, for a banner on staff pages or, with `led`, the lobby TV (clock, date and lunar date in
 * Vietnam time from the server's clock, and the agency's same-day procedures).
 *
 * The screen is never blank: with no adapter, or when the portal cannot be reached before any message
 * arrived, it shows the built-in slogans; after a network loss it keeps the last messages. It starts moving
 * once the portal has first answered, with the portal's messages from the hotline; new messages come in at
 * the next item boundary, hotline first (`lineUp`). Motion can be paused with a visible button, and with
 * "reduce motion" the ticker becomes a still list paged by buttons. Screen readers get the messages once, as
 * a list.
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

  private readonly messages = new LocaleController(this, tickerMessages, [lazyDefaultSlogans]);
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
  private readonly motion = new TickerMotion(
    this,
    () => this.feed.state.status !== 'loading',
    () => this.reducedMotion.value,
  );

  /** The portal's last usable messages, kept through a network loss. */
  private received: readonly TickerItem[] | undefined;
  private receivedFrom: readonly Message[] | undefined;
  /** The list the strip loops over (the list screen readers get). */
  private displayed: readonly TickerItem[] = [];
  /** With reduced motion: the pages turned (the message shown is this one, modulo their number). */
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

  protected override willUpdate(): void {
    const incoming = this.currentItems();
    if (sameItems(incoming, this.displayed)) return;
    const lineup = lineUp(incoming, this.motion.view(this.displayed));
    this.displayed = incoming;
    this.motion.show(lineup.lead, lineup.offset);
  }

  protected override render() {
    return html`
      ${this.led ? ledBoardView(this.messages, this.clock.state.status === 'ready' ? this.clock.state.value : undefined, this.agencyCode ? this.board.latest : undefined) : nothing}
      <section class="ticker" aria-label=${this.messages.t('region')}>
        ${this.reducedMotion.value
          ? pagedView(this.messages, this.displayed, this.page, this.turn)
          : marqueeView(this.messages, { lead: this.motion.lead, items: this.displayed, paused: this.paused, hold: this.hold, togglePause: this.togglePause })}
      </section>
    `;
  }

  /** The portal's messages when it has some, else the last ones it sent, else the built-in slogans. */
  private currentItems(): readonly TickerItem[] {
    const messages = this.feed.latest;
    if (messages !== this.receivedFrom) {
      this.receivedFrom = messages;
      const items = messages ? itemsFromMessages(messages) : [];
      this.received = items.length > 0 ? items : undefined;
    }
    return this.received ?? defaultItems((id) => this.messages.text(lazyDefaultSlogans, id));
  }

  private refreshSources(): void {
    this.feed.retry();
    this.board.retry();
    if (this.clock.state.status === 'error') this.clock.retry();
  }

  /** The pointer or the keyboard focus came into the strip, or left it. */
  private readonly hold = (event: Event): void => this.motion.hold(event.type === 'pointerenter' || event.type === 'focusin');

  private readonly togglePause = (): void => {
    this.paused = !this.paused;
    this.emit('cqtt-ticker-pause-change', { paused: this.paused });
  };

  private readonly turn = (step: number): void => {
    this.page += step;
    this.requestUpdate();
  };
}
