import { css, html, nothing } from 'lit';
import type { Observable } from 'rxjs';
import type { AdminCalendarYear } from '@cqtt/core/admin';
import { AdminResource } from './admin-resource.js';
import { AdminView } from './admin-view.js';
import { loadView, writeStateView } from './admin-feedback.js';
import { type DayMark, nextMark, yearGrid } from './calendar-grid.js';

interface Draft {
  readonly year: number;
  readonly marks: Map<string, DayMark>;
  source: string;
}

const weekdaysVi = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
const weekdaysEn = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

function draftOf(year: AdminCalendarYear): Draft {
  const marks = new Map<string, DayMark>();
  for (const date of year.daysOff) marks.set(date, 'off');
  for (const date of year.workingDays) marks.set(date, 'working');
  return { year: year.year, marks, source: year.status === 'published' ? (year.source ?? '') : '' };
}

function listOf(draft: Draft, mark: DayMark): string[] {
  return [...draft.marks].filter(([, value]) => value === mark).map(([date]) => date).sort();
}

/**
 * The year view: the days off and swapped working days of a year on a calendar grid, with the document that
 * announced them, published for the whole province (`PUT /admin/calendar/{year}`) or withdrawn back to the
 * built-in or computed calendar. Keyboard: arrow keys move between days, Enter or Space changes a day.
 *
 * @tagname cqtt-admin-calendar
 */
export class AdminCalendarView extends AdminView {
  static override styles = [
    ...AdminView.styles,
    css`
      .year {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
        gap: 0.75em;
      }
      .month caption {
        font-weight: 600;
        text-align: start;
      }
      .month th,
      .month td {
        border: none;
        padding: 0;
        text-align: center;
      }
      .day {
        min-block-size: 2em;
        inline-size: 2.2em;
        padding: 0;
        border-color: transparent;
        color: inherit;
      }
      .day[data-weekend='true'] {
        color: #5a5a5a;
      }
      .day[data-mark='off'] {
        background: #a4262c;
        color: #ffffff;
        font-weight: 700;
      }
      .day[data-mark='working'] {
        background: #1e6b34;
        color: #ffffff;
        font-weight: 700;
        text-decoration: underline;
      }
    `,
  ];

  static override properties = { ...AdminView.properties, year: { type: Number } };

  /** The year shown. */
  declare year: number | undefined;

  private readonly data = new AdminResource(this, {
    args: () => [this.admin, this.year] as const,
    stream: ([admin, year]): Observable<AdminCalendarYear> | undefined => (admin && year ? admin.calendar$(year) : undefined),
  });
  private draft: Draft | undefined;
  private focused = '';

  protected override willUpdate(): void {
    const value = this.data.value;
    if (value && value.year === this.year && this.draft?.year !== value.year) {
      this.draft = draftOf(value);
      this.focused = `${value.year}-01-01`;
    }
  }

  protected override render() {
    const draft = this.draft;
    const value = this.data.value;
    if (!draft || !value || value.year !== this.year) return loadView(this.messages, this.data);
    const english = this.messages.locale === 'en';
    const off = listOf(draft, 'off');
    const working = listOf(draft, 'working');
    return html`
      <p class="status" role="status">${this.statusText(value)}</p>
      <p id="calendar-help">${this.t('calendarHelp')}</p>
      <p>${this.t('daysOffCount', { off: off.length, working: working.length })}</p>
      <div aria-describedby="calendar-help">
        ${yearGrid(
          draft.year,
          (date) => draft.marks.get(date) ?? 'ordinary',
          this.focused,
          {
            weekdays: english ? weekdaysEn : weekdaysVi,
            month: (month) => (english ? `Month ${month}` : `Tháng ${month}`),
            // The day's number first, as the button shows it, so that speech input can name the button.
            label: (date, mark) => `${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}${mark === 'ordinary' ? '' : `: ${this.t(mark === 'off' ? 'dayOff' : 'workingDay')}`}`,
          },
          (date) => this.choose(date),
          (date) => void this.moveTo(date),
        )}
      </div>
      <label>
        ${this.t('source')}
        <input id="source" size="60" .value=${draft.source} @input=${(event: Event) => (draft.source = (event.target as HTMLInputElement).value)} />
      </label>
      <div class="actions">
        <button type="button" id="publish" @click=${() => void this.publish()}>${this.t('publish', { year: draft.year })}</button>
        ${value.status === 'published' ? html`<button type="button" id="unpublish" @click=${() => void this.unpublish()}>${this.t('unpublish')}</button>` : nothing}
      </div>
      ${writeStateView(this.messages, this.data.state, {
        yours: { ...value, daysOff: off, workingDays: working, source: draft.source },
        describe: (year) => html`<dl class="summary">
          <dt>${this.t('source')}</dt><dd>${year.source ?? '—'}</dd>
          <dt>${this.t('dayOff')}</dt><dd>${year.daysOff.join(', ') || '—'}</dd>
          <dt>${this.t('workingDay')}</dt><dd>${year.workingDays.join(', ') || '—'}</dd>
        </dl>`,
        keepYours: () => {
          const state = this.data.state;
          if (state.kind === 'conflict') void this.publish(state.theirs.version);
        },
        takeTheirs: () => {
          const state = this.data.state;
          if (state.kind !== 'conflict') return;
          this.data.takeTheirs(state.theirs);
          this.draft = draftOf(state.theirs);
        },
      })}
    `;
  }

  private statusText(value: AdminCalendarYear): string {
    if (value.status === 'published') return this.t('published', { source: value.source ?? '', by: value.publishedBy ?? '', at: value.publishedAt ?? '' });
    return value.status === 'official' ? this.t('official', { source: value.source ?? '' }) : this.t('computed');
  }

  private choose(date: string): void {
    const draft = this.draft;
    if (!draft) return;
    const mark = nextMark(date, draft.marks.get(date) ?? 'ordinary');
    if (mark === 'ordinary') draft.marks.delete(date);
    else draft.marks.set(date, mark);
    this.focused = date;
    this.requestUpdate();
  }

  private async moveTo(date: string): Promise<void> {
    this.focused = date;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-date="${date}"]`)?.focus();
  }

  private async publish(version = this.data.value?.version): Promise<void> {
    const draft = this.draft;
    if (!this.admin || !draft || version === undefined) return;
    const input = { daysOff: listOf(draft, 'off'), workingDays: listOf(draft, 'working'), source: draft.source.trim() };
    await this.data.write(this.admin.publishCalendar(draft.year, input, version), (year) => (this.data.value = year));
  }

  private async unpublish(): Promise<void> {
    const value = this.data.value;
    if (!this.admin || !value) return;
    const done = await this.data.write(this.admin.unpublishCalendar(value.year, value.version), (year) => (this.data.value = year));
    if (done && this.data.value) this.draft = draftOf(this.data.value);
  }
}
