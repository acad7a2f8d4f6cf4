import { type PropertyValues, html, nothing } from 'lit';
import { type Observable, map, startWith, take } from 'rxjs';
import { type LocalDate, type PortalAdapter, type ReportQuery, type ReportRow, vietnamDateOf } from '@cqtt/core';
import { loadStateView, portalErrorCatalogs } from '../controllers/load-state-view.js';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { StreamController } from '../controllers/stream-controller.js';
import { agencyTree, subtreeCodes } from './agency-tree.js';
import { reportChart } from './chart.js';
import { toCsv } from './csv.js';
import { type ColumnId, columnIds, figure, isQuiet, share, sortValue, totalRow } from './figures.js';
import { reportMessages, type ReportMessageKey } from './messages.js';
import { type Period, type PeriodKind, calendarPeriod, displayDate, periodKinds, periodProblem, shiftPeriod } from './period.js';
import { reportStyles } from './report.styles.js';

/** The rows of one request, or the marker that it is under way. */
type ReportLoad = { readonly loading: true } | { readonly loading: false; readonly rows: readonly ReportRow[] };

/** What the current inputs ask for, or why they cannot be reported. */
type Request =
  | { readonly kind: 'wait' }
  | { readonly kind: 'problem'; readonly message: string }
  | { readonly kind: 'query'; readonly period: Period; readonly query: ReportQuery; readonly within: ReadonlySet<string> | undefined };

type SortColumn = ColumnId | 'agency';

/**
 * The monthly briefing ("họp giao ban") of the plan's indicators, per agency and in total, for a month (by default
 * the current month in Vietnam by the **server's** clock), quarter, half-year, year or a custom range, for every
 * agency or one branch of the agency tree: dossiers received, resolved, returned; early / on time / late; the
 * same-day rate for registered procedures; Friday compliance; resolved but not closed; surveys per returned dossier
 * (target 100%); the five satisfaction levels and the share of "bình thường" or lower (target 0).
 *
 * A sortable table, a chart with a text alternative, CSV export for Excel and a print sheet. The figures come from
 * `adapter.report$`, computed by the portal with the core report rules.
 *
 * @tagname cqtt-report
 * @summary The leaders' monthly briefing: the plan's indicators per agency, sortable, exportable, printable.
 *
 * @fires {CustomEvent<ReportExportDetail>} cqtt-report-export - Before the CSV downloads; `detail` is `{ csv, filename }`. Cancel it to handle the file yourself.
 *
 * @csspart table - The table of figures.
 * @csspart chart - The chart and its legend.
 * @csspart button - The period, export, print and retry buttons.
 * @csspart loading - The progress while the figures are computed.
 * @csspart error - The error message and its retry button.
 * @csspart empty - The message for a period without dossiers.
 *
 * @cssprop [--cqtt-staff-accent=#0b3d91] - Colour of the buttons' text.
 * @cssprop [--cqtt-staff-danger=#a4262c] - Colour of error messages.
 * @cssprop [--cqtt-staff-success=#1e6b34] - Colour of success messages.
 * @cssprop [--cqtt-staff-focus-color=#ffbf47] - Keyboard focus ring.
 * @cssprop [--cqtt-staff-button-background=#ffffff] - Background of the buttons.
 * @cssprop [--cqtt-staff-button-color] - Text colour of the buttons (default: the accent).
 */
export class CqttReport extends LocalizedElement {
  static override styles = reportStyles;

  static override properties = {
    adapter: { attribute: false },
    locale: { type: String, reflect: true },
    period: { type: String, reflect: true },
    from: { type: String },
    to: { type: String },
    agencyCode: { type: String, attribute: 'agency-code' },
    anchor: { state: true },
    sortColumn: { state: true },
    sortDescending: { state: true },
  };

  /** Where the agencies, the server's clock and the figures come from. */
  declare adapter: PortalAdapter | undefined;
  /** `vi` or `en`; when unset, the nearest `lang` of the page decides. */
  declare locale: string | undefined;
  /** `month` (default), `quarter`, `half`, `year` or `custom`. */
  declare period: PeriodKind;
  /** First day (`YYYY-MM-DD`) of a custom period. */
  declare from: string;
  /** Last day (`YYYY-MM-DD`) of a custom period. */
  declare to: string;
  /** One agency and the agencies under it; empty for all. */
  declare agencyCode: string;
  /** A day in the calendar period shown; starts as today in Vietnam by the server's clock. */
  declare private anchor: LocalDate | undefined;
  declare private sortColumn: SortColumn | undefined;
  declare private sortDescending: boolean;

  private readonly messages = new LocaleController(this, reportMessages, portalErrorCatalogs);
  private readonly clock = new StreamController(this, { args: () => [this.adapter] as const, stream: ([adapter]) => adapter?.serverTime$.pipe(take(1)) });
  private readonly agencies = new StreamController(this, { args: () => [this.adapter] as const, stream: ([adapter]) => adapter?.agencies$ });
  /** Its inputs: the adapter and the request, as a key computed in `willUpdate`. */
  private readonly figures = new StreamController(this, { args: () => [this.adapter, this.requestKey] as const, stream: ([adapter]) => this.load(adapter) });
  private request: Request = { kind: 'wait' };
  private requestKey = '';

  constructor() {
    super();
    this.period = 'month';
    this.from = '';
    this.to = '';
    this.agencyCode = '';
    this.sortDescending = false;
  }

  /** True while a subscription to the adapter is open: none is left once the element is removed. */
  get active(): boolean {
    return this.clock.active || this.agencies.active || this.figures.active;
  }

  /** The period being reported, once known. */
  get reportPeriod(): Period | undefined {
    return this.request.kind === 'query' ? this.request.period : undefined;
  }

  /** The table as CSV for Excel (UTF-8 with BOM, CRLF, quoted), or `undefined` while there are no figures. */
  csv(): string | undefined {
    const rows = this.rows();
    if (!rows) return undefined;
    const t = this.t;
    const header = [t('agencyCodeColumn'), t('agencyColumn'), ...columnIds.map((id) => this.columnLabel(id, true))];
    const line = (row: ReportRow, name: string) => [
      row.agencyCode,
      name,
      ...columnIds.map((id) => {
        const value = figure(row, id);
        if (typeof value === 'number') return value;
        const ratio = share(value);
        return ratio === undefined ? '' : Math.round(ratio * 1000) / 10;
      }),
    ];
    return toCsv([header, ...rows.map((row) => line(row, this.agencyName(row.agencyCode))), line(totalRow(rows, ''), t('total'))]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another portal: today is read again from its clock.
    if (changed.has('adapter') && this.hasUpdated) this.anchor = undefined;
    const clock = this.clock.state;
    if (this.anchor === undefined && clock.status === 'ready') this.anchor = vietnamDateOf(clock.value);
    this.request = this.resolveRequest();
    this.requestKey = JSON.stringify(this.request.kind === 'query' ? this.request.query : this.request.kind);
  }

  protected override render() {
    const t = this.t;
    const texts = { loading: t('loading'), retry: t('retry') };
    const setup = [this.clock, this.agencies].find((stream) => stream.state.status === 'error');
    const busy = this.request.kind === 'wait' || this.figures.state.status === 'loading' || (this.figures.state.status === 'ready' && this.figures.state.value.loading);
    return html`
      <h2>${t('title')}</h2>
      ${this.renderControls()}
      <section aria-busy=${busy ? 'true' : 'false'} aria-label=${this.periodLabel()}>
        ${setup
          ? loadStateView(setup.state, this.messages, texts, () => setup.retry())
          : this.request.kind === 'problem'
            ? html`<p class="problem" role="alert">${this.request.message}</p>`
            : this.figures.state.status === 'error'
              ? loadStateView(this.figures.state, this.messages, texts, () => this.figures.retry())
              : busy
                ? html`<p class="loading" part="loading" role="status"><progress aria-label=${t('loading')}></progress>${t('loading')}</p>`
                : this.renderFigures()}
      </section>
    `;
  }

  private renderControls() {
    const t = this.t;
    const agencies = this.agencies.state.status === 'ready' ? agencyTree(this.agencies.state.value) : [];
    const calendarKind = this.period !== 'custom';
    return html`<fieldset class="controls">
      <legend>${t('periodLegend')}</legend>
      <label
        >${t('periodKind')}
        <select @change=${this.choosePeriod}>
          ${periodKinds.map((kind) => html`<option value=${kind} ?selected=${kind === this.period}>${t(kind)}</option>`)}
        </select>
      </label>
      ${calendarKind
        ? html`<button type="button" part="button" @click=${() => this.shift(-1)} ?disabled=${!this.anchor}>
              <span aria-hidden="true">‹</span> ${t('previous')}
            </button>
            <span class="period" aria-live="polite">${this.periodLabel()}</span>
            <button type="button" part="button" @click=${() => this.shift(1)} ?disabled=${!this.anchor}>
              ${t('next')} <span aria-hidden="true">›</span>
            </button>`
        : html`<label>${t('from')} <input type="date" name="from" .value=${this.from} @change=${this.chooseFrom} /></label>
            <label>${t('to')} <input type="date" name="to" .value=${this.to} @change=${this.chooseTo} /></label>`}
      <label
        >${t('agency')}
        <select @change=${this.chooseAgency}>
          <option value="" ?selected=${this.agencyCode === ''}>${t('allAgencies')}</option>
          ${agencies.map(
            ({ agency, depth }) =>
              html`<option value=${agency.code} ?selected=${agency.code === this.agencyCode}>${'\u00a0\u00a0'.repeat(depth)}${agency.name}</option>`,
          )}
        </select>
      </label>
    </fieldset>`;
  }

  private renderFigures() {
    const t = this.t;
    const rows = this.rows();
    if (!rows) return nothing;
    const total = totalRow(rows, '');
    if (isQuiet(total)) return html`<p class="empty" part="empty" role="status">${t('empty')}</p>`;
    const period = this.periodLabel();
    const levels = [t('level1'), t('level2'), t('level3'), t('level4'), t('level5')] as const;
    const counts = { early: total.early, onTime: total.onTime, late: total.late };
    const satisfaction = { level1: total.satisfaction[0], level2: total.satisfaction[1], level3: total.satisfaction[2], level4: total.satisfaction[3], level5: total.satisfaction[4] };
    return html`
      <div class="table-wrap" role="region" tabindex="0" aria-label=${t('tableCaption', { period })}>
        <table part="table">
          <caption>
            ${t('tableCaption', { period })}
          </caption>
          <thead>
            <tr>
              ${this.renderHeader('agency', t('agencyColumn'))} ${columnIds.map((id) => this.renderHeader(id, this.columnLabel(id, false)))}
            </tr>
          </thead>
          <tbody>
            ${this.sorted(rows).map((row) => this.renderRow(row, this.agencyName(row.agencyCode)))}
          </tbody>
          <tfoot>
            ${this.renderRow(total, t('total'))}
          </tfoot>
        </table>
      </div>
      <p>${t('targets')}</p>
      ${reportChart(total, {
        title: t('chartTitle', { period }),
        timeliness: t('chartTimeliness'),
        satisfaction: t('chartSatisfaction'),
        description: `${t('chartTimelinessText', counts)} ${t('chartSatisfactionText', satisfaction)}`,
        labels: { early: t('early'), onTime: t('onTime'), late: t('late'), levels },
      })}
      <div class="actions">
        <button type="button" part="button" @click=${this.exportCsv}>${t('exportCsv')}</button>
        <button type="button" part="button" @click=${() => window.print()}>${t('print')}</button>
      </div>
    `;
  }

  private renderHeader(column: SortColumn, label: string) {
    const sorted = this.sortColumn === column;
    const direction = this.sortDescending ? 'descending' : 'ascending';
    return html`<th scope="col" aria-sort=${sorted ? direction : 'none'}>
      <button type="button" @click=${() => this.sortBy(column)} title=${this.t('sortBy', { column: label })}>
        ${label}<span aria-hidden="true">${sorted ? (this.sortDescending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>`;
  }

  private renderRow(row: ReportRow, name: string) {
    return html`<tr>
      <th scope="row">${name}</th>
      ${columnIds.map((id) => html`<td>${this.formatFigure(row, id)}</td>`)}
    </tr>`;
  }

  private formatFigure(row: ReportRow, id: ColumnId): string {
    const value = figure(row, id);
    const locale = this.messages.locale === 'vi' ? 'vi-VN' : 'en-GB';
    if (typeof value === 'number') return value.toLocaleString(locale);
    const ratio = share(value);
    if (ratio === undefined) return this.t('notApplicable');
    return `${ratio.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 })} (${value.count}/${value.of})`;
  }

  private columnLabel(id: ColumnId, forCsv: boolean): string {
    const rate = id === 'sameDayRate' || id === 'fridayRate' || id === 'surveyRate' || id === 'lowShare';
    return forCsv && rate ? `${this.t(id)} ${this.t('rateSuffix')}` : this.t(id);
  }

  private sorted(rows: readonly ReportRow[]): readonly ReportRow[] {
    const column = this.sortColumn;
    if (column === undefined) return rows;
    const locale = this.messages.locale;
    const sign = this.sortDescending ? -1 : 1;
    return [...rows].sort((a, b) =>
      sign * (column === 'agency' ? this.agencyName(a.agencyCode).localeCompare(this.agencyName(b.agencyCode), locale) : sortValue(a, column) - sortValue(b, column)),
    );
  }

  /** The rows of the selected agency and the agencies under it, or `undefined` while there are none. */
  private rows(): readonly ReportRow[] | undefined {
    const state = this.figures.state;
    if (state.status !== 'ready' || state.value.loading || this.request.kind !== 'query') return undefined;
    const within = this.request.within;
    return within ? state.value.rows.filter((row) => within.has(row.agencyCode)) : state.value.rows;
  }

  private agencyName(code: string): string {
    const state = this.agencies.state;
    return (state.status === 'ready' ? state.value.find((agency) => agency.code === code)?.name : undefined) ?? code;
  }

  private resolveRequest(): Request {
    const agencies = this.agencies.state;
    if (agencies.status !== 'ready') return { kind: 'wait' };
    let period: Period;
    if (this.period === 'custom') {
      const problem = periodProblem(this.from, this.to);
      if (problem) return { kind: 'problem', message: this.t(problem, { from: displayDate(this.from), to: displayDate(this.to) }) };
      period = { from: this.from, to: this.to };
    } else if (this.anchor === undefined) {
      return { kind: 'wait' };
    } else {
      period = calendarPeriod(this.calendarKind(), this.anchor);
    }
    if (this.agencyCode === '') return { kind: 'query', period, query: period, within: undefined };
    if (!agencies.value.some((agency) => agency.code === this.agencyCode)) {
      return { kind: 'problem', message: this.t('unknownAgency', { code: this.agencyCode }) };
    }
    const within = subtreeCodes(agencies.value, this.agencyCode);
    // A branch is asked for whole and narrowed here; a single agency is asked for by code.
    return within.size > 1 ? { kind: 'query', period, query: period, within } : { kind: 'query', period, query: { ...period, agencyCode: this.agencyCode }, within: undefined };
  }

  private load(adapter: PortalAdapter | undefined): Observable<ReportLoad> | undefined {
    if (!adapter || this.request.kind !== 'query') return undefined;
    return adapter.report$(this.request.query).pipe(
      map((rows): ReportLoad => ({ loading: false, rows })),
      startWith<ReportLoad>({ loading: true }),
    );
  }

  private periodLabel(): string {
    const t = this.t;
    if (this.period === 'custom') {
      return periodProblem(this.from, this.to) ? t('custom') : t('periodRange', { from: displayDate(this.from), to: displayDate(this.to) });
    }
    if (this.anchor === undefined) return t(this.period);
    const { from } = calendarPeriod(this.calendarKind(), this.anchor);
    const year = from.slice(0, 4);
    const month = Number(from.slice(5, 7));
    if (this.period === 'month') return t('periodMonth', { month, year });
    if (this.period === 'quarter') return t('periodQuarter', { quarter: (month + 2) / 3, year });
    if (this.period === 'half') return t('periodHalf', { half: t(month === 1 ? 'firstHalf' : 'secondHalf'), year });
    return t('periodYear', { year });
  }

  private calendarKind(): Exclude<PeriodKind, 'custom'> {
    return this.period === 'custom' ? 'month' : this.period;
  }

  private get t(): (key: ReportMessageKey, params?: Readonly<Record<string, string | number>>) => string {
    return this.messages.t.bind(this.messages);
  }

  private readonly choosePeriod = (event: Event): void => {
    const kind = (event.target as HTMLSelectElement).value as PeriodKind;
    if (kind === 'custom' && this.from === '' && this.to === '' && this.anchor !== undefined) {
      const current = calendarPeriod(this.calendarKind(), this.anchor);
      this.from = current.from;
      this.to = current.to;
    }
    this.period = kind;
  };

  private readonly chooseFrom = (event: Event): void => {
    this.from = (event.target as HTMLInputElement).value;
  };

  private readonly chooseTo = (event: Event): void => {
    this.to = (event.target as HTMLInputElement).value;
  };

  private readonly chooseAgency = (event: Event): void => {
    this.agencyCode = (event.target as HTMLSelectElement).value;
  };

  private shift(steps: number): void {
    if (this.anchor !== undefined) this.anchor = shiftPeriod(this.calendarKind(), this.anchor, steps).from;
  }

  private sortBy(column: SortColumn): void {
    this.sortDescending = this.sortColumn === column ? !this.sortDescending : column !== 'agency';
    this.sortColumn = column;
  }

  private readonly exportCsv = (): void => {
    const csv = this.csv();
    const period = this.reportPeriod;
    if (csv === undefined || period === undefined) return;
    const filename = `bao-cao-giao-ban_${period.from}_${period.to}.csv`;
    if (!this.emit('cqtt-report-export', { csv, filename }, true)) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    URL.revokeObjectURL(url);
  };
}
