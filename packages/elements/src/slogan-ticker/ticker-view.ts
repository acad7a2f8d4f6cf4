/* eslint-disable lit-a11y/no-redundant-role -- Safari drops the list semantics of a <ul> styled `list-style: none`; role="list" restores them. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../controllers/locale-controller.js';
import type { tickerMessagesVi } from './messages.js';
import { kindIcons, pauseIcon, playIcon } from './ticker-icons.js';
import type { TickerItem } from './ticker-items.js';

export type TickerTexts = LocaleController<typeof tickerMessagesVi>;

/** What the scrolling strip shows and what its controls do. */
export interface MarqueeModel {
  readonly lead: readonly TickerItem[];
  readonly items: readonly TickerItem[];
  readonly paused: boolean;
  /** Told when the pointer or the keyboard focus comes into the strip or leaves it. */
  readonly hold: (event: Event) => void;
  readonly togglePause: () => void;
}

/**
 * The strip: the lead (lines shown once before the loop), the list, and its copy for a seamless loop. Screen readers
 * get the list once: the lead and the copy are hidden from them and inert.
 */
export function marqueeView(texts: TickerTexts, { lead, items, paused, hold, togglePause }: MarqueeModel): TemplateResult {
  const list = (kind: string, lines: readonly TickerItem[], hidden = true) =>
    html`<ul class=${kind} part="track" role="list" aria-hidden=${hidden ? 'true' : nothing} ?inert=${hidden}>${lines.map((item) => lineView(texts, item))}</ul>`;
  return html`
    <div
      class="viewport"
      @pointerenter=${hold}
      @pointerleave=${hold}
      @focusin=${hold}
      @focusout=${hold}
    >
      <div class="rail">${lead.length > 0 ? list('lead', lead) : nothing}${list('track', items, false)}${list('track', items)}</div>
    </div>
    <button class="control" part="button" type="button" @click=${togglePause}>
      ${paused ? playIcon : pauseIcon}
      <span>${texts.t(paused ? 'play' : 'pause')}</span>
    </button>
  `;
}

/** With reduced motion: one message at a time, paged by buttons, announced politely. */
export function pagedView(texts: TickerTexts, items: readonly TickerItem[], page: number, turn: (step: number) => void): TemplateResult {
  const total = items.length;
  const index = total === 0 ? 0 : ((page % total) + total) % total;
  const item = items[index];
  const position = { current: index + 1, total };
  return html`
    <div class="paged" aria-live="polite">
      <ul class="track" part="track" role="list">
        ${item ? lineView(texts, item) : nothing}
      </ul>
      <span class="visually-hidden">${texts.t('pageLabel', position)}</span>
    </div>
    <div class="pager">
      <button class="control" part="button" type="button" @click=${() => turn(-1)}>
        <span class="icon" aria-hidden="true">‹</span>
        <span>${texts.t('previous')}</span>
      </button>
      <span class="page-number" aria-hidden="true">${index + 1}/${total}</span>
      <button class="control" part="button" type="button" @click=${() => turn(1)}>
        <span>${texts.t('next')}</span>
        <span class="icon" aria-hidden="true">›</span>
      </button>
    </div>
  `;
}

/** One message: its kind by an icon and a word (not colour alone; a slogan's word only for screen readers), its text. */
function lineView(texts: TickerTexts, item: TickerItem): TemplateResult {
  return html`<li class="item" part="item" data-kind=${item.kind}>
    ${kindIcons[item.kind]}
    <span class=${item.kind === 'slogan' ? 'kind visually-hidden' : 'kind'}>${texts.t(item.kind)}:</span>
    ${item.href === undefined ? html`<span class="text">${item.text}</span>` : html`<a class="text" href=${item.href}>${item.text}</a>`}
  </li>`;
}
