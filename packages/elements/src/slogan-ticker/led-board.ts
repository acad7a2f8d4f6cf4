/* eslint-disable lit-a11y/no-redundant-role -- Safari drops the list semantics of a <ul> styled `list-style: none`; role="list" restores them. */
import { html, nothing, type TemplateResult } from 'lit';
import { type Instant, solarToLunar, vietnamDateOf } from '@cqtt/core';
import { lunarParts } from './lunar-label.js';
import type { SameDayBoard } from './same-day-board.js';
import { checkIcon } from './ticker-icons.js';
import type { TickerTexts } from './ticker-view.js';
import { vietnamClock, vietnamDateTimeAttribute, vietnamLongDate } from './vietnam-clock.js';

/**
 * The lobby screen above the strip: the agency's heading (slotted), the time, date and lunar date in Vietnam from
 * the server's clock (nothing until it is known: never the PC's), and the agency's same-day procedures.
 */
export function ledBoardView(texts: TickerTexts, now: Instant | undefined, board: SameDayBoard | undefined): TemplateResult {
  const t = texts.t.bind(texts);
  const locale = texts.locale;
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
            <p class="lunar" part="lunar">${lunarText(texts, now)}</p>
          `}
      ${board && board.procedures.length > 0
        ? html`
            <section class="same-day" part="same-day" aria-labelledby="same-day-heading">
              <h2 id="same-day-heading">
                ${t('sameDayHeading')}${board.agencyName === undefined ? nothing : `: ${board.agencyName}`}
              </h2>
              <ul role="list">
                ${board.procedures.map((procedure) => html`<li>${checkIcon}${procedure.name}</li>`)}
              </ul>
            </section>
          `
        : nothing}
    </div>
  `;
}

function lunarText(texts: TickerTexts, now: Instant): string {
  const lunar = solarToLunar(vietnamDateOf(now));
  const parts = lunarParts(lunar, texts.locale);
  return texts.t('lunar', { ...parts, month: lunar.leap ? texts.t('lunarLeapMonth', { month: parts.month }) : parts.month });
}
