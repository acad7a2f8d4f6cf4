import { type TemplateResult, html } from 'lit';
import { addDays, weekdayOf } from '@cqtt/core';

/** What the year view says about a day: as its weekday makes it, off, or worked (a swapped weekend day). */
export type DayMark = 'ordinary' | 'off' | 'working';

/** The next mark when the day is chosen: ordinary → off → (weekend only) working → ordinary. */
export function nextMark(date: string, mark: DayMark): DayMark {
  if (mark === 'ordinary') return 'off';
  return mark === 'off' && weekdayOf(date) >= 6 ? 'working' : 'ordinary';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The dates of a month, `YYYY-MM-DD`. */
function monthDates(year: number, month: number): string[] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`);
}

export interface GridTexts {
  readonly weekdays: readonly string[];
  readonly month: (month: number) => string;
  readonly label: (date: string, mark: DayMark) => string;
}

/**
 * A year as twelve month tables of day buttons (Monday first). One button is in the tab order (`focused`); the
 * arrow keys move a day or a week, Home/End to the week's ends, Page Up/Down a month (`move`).
 */
export function yearGrid(
  year: number,
  markOf: (date: string) => DayMark,
  focused: string,
  texts: GridTexts,
  choose: (date: string) => void,
  move: (date: string) => void,
): TemplateResult {
  const keydown = (event: KeyboardEvent): void => {
    const date = (event.target as HTMLElement).dataset['date'];
    if (!date) return;
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, PageUp: -30, PageDown: 30 };
    let step = steps[event.key];
    if (event.key === 'Home') step = 1 - weekdayOf(date);
    if (event.key === 'End') step = 7 - weekdayOf(date);
    if (step === undefined) return;
    event.preventDefault();
    const target = addDays(date, step);
    if (target.startsWith(`${year}-`)) move(target);
  };
  return html`<div class="year" @keydown=${keydown}>
    ${Array.from({ length: 12 }, (_, i) => {
      const dates = monthDates(year, i + 1);
      const lead = weekdayOf(dates[0] ?? `${year}-01-01`) - 1;
      const cells: (string | undefined)[] = [...Array.from({ length: lead }, () => undefined), ...dates];
      const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) => cells.slice(w * 7, w * 7 + 7));
      return html`<table class="month">
        <caption>${texts.month(i + 1)}</caption>
        <thead><tr>${texts.weekdays.map((day) => html`<th scope="col">${day}</th>`)}</tr></thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((date) => {
                if (!date) return html`<td></td>`;
                const mark = markOf(date);
                return html`<td>
                  <button
                    type="button"
                    class="day"
                    data-date=${date}
                    data-mark=${mark}
                    data-weekend=${String(weekdayOf(date) >= 6)}
                    tabindex=${date === focused ? 0 : -1}
                    aria-label=${texts.label(date, mark)}
                    @click=${() => choose(date)}
                  >
                    ${Number(date.slice(8))}
                  </button>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>`;
    })}
  </div>`;
}
