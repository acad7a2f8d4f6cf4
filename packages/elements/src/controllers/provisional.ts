import { type TemplateResult, css, html, nothing } from 'lit';
import { type Instant, type LocalDate, type Messages, type WorkSchedule, vietnamDateOf } from '@cqtt/core';
import type { LocaleController } from './locale-controller.js';
import { provisionalMessages } from './provisional-messages.js';

function yearOf(when: Instant | LocalDate): number {
  return Number((typeof when === 'string' ? when : vietnamDateOf(when)).slice(0, 4));
}

/**
 * The years from `from` to `to` (instants or dates, in Vietnam, both included) whose days off the schedule's calendar only
 * computes: a date counted across them is provisional until those years are announced.
 */
export function computedYearsBetween(schedule: WorkSchedule, from: Instant | LocalDate, to: Instant | LocalDate): number[] {
  const years: number[] = [];
  for (let year = Math.min(yearOf(from), yearOf(to)); year <= Math.max(yearOf(from), yearOf(to)); year += 1) {
    if (schedule.calendar.sourceOf(year) === 'computed') years.push(year);
  }
  return years;
}

/**
 * The "dự kiến" mark after a provisional date, nothing when `years` is empty. The reason (which years are not
 * announced) is part of the text for screen readers, and pops up on hover and on keyboard focus: the mark is
 * focusable and described by it. `id` must be unique in the element's shadow root.
 */
export function provisionalMark(years: readonly number[], messages: LocaleController<Messages>, id: string): TemplateResult | typeof nothing {
  if (years.length === 0) return nothing;
  return html`<span class="provisional"
    ><span part="provisional" tabindex="0" aria-describedby=${id}>${messages.text(provisionalMessages, 'provisional')}</span
    ><span id=${id} class="provisional-reason">${messages.text(provisionalMessages, 'provisionalReason', { years: years.join(', ') })}</span
  ></span>`;
}

/** The mark's styles: a dotted underline; the reason visually hidden until hover or focus (and on paper). */
export const provisionalStyles = css`
  .provisional {
    position: relative;
    margin-inline-start: 0.35em;
  }

  .provisional > [tabindex] {
    font-style: italic;
    text-decoration: underline dotted;
    cursor: help;
  }

  .provisional-reason {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 1.5em;
    z-index: 1;
    inline-size: 20em;
    padding: 0.4em;
    background: #1f1f1f;
    color: #ffffff;
    clip-path: inset(50%);
  }

  .provisional:hover .provisional-reason,
  :focus + .provisional-reason {
    clip-path: none;
  }

  @media print {
    .provisional-reason {
      position: static;
      clip-path: none;
      background: none;
      color: inherit;
    }
  }
`;
