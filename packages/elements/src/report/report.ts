import { type PropertyValues, html, nothing } from 'lit';
import { type Observable, map, startWith, take } from 'rxjs';
import { type LocalDate, type PortalAdapter, type ReportRow, vietnamDateOf } from '@cqtt/core';
import { loadStateView, portalErrorCatalogs } from '../controllers/load-state-view.js';
import { LocalizedElement } from '../base/localized-element.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { StreamController } from '../controllers/stream-controller.js';
import type * as ChartModule from './chart.js';
import { reportControls } from './controls.js';
import { isQuiet, totalRow } from './figures.js';
import { numberLocale } from './format.js';
import type * as FullTableModule from './full-table.js';
import type { SortColumn } from './full-table.js';
import { reportMessages } from './messages.js';
import { type Period, type PeriodKind, shiftPeriod } from './period.js';
import { type Choice, type Request, type Translate, calendarKind, currentPeriod, periodLabel, resolveRequest } from './request.js';
import { adoptReportPageSheet, reportStyles } from './report.styles.js';
import { reportSummary } from './summary.js';

/** The rows of one request, or the marker that it is under way. */
type ReportLoad = { readonly loading: true } | { readonly loading: false; readonly rows: readonly ReportRow[] };

/**
 * The monthly briefing ("họp giao ban") of the plan's indicators, per agency and in total, for a month (by default
 * the current month in Vietnam by the **server's** clock), quarter, half-year, year or a custom range, for every
 * agency or one branch of the agency tree. First a summary that fits a phone: per agency, the share on time, the
 * same-day rate for registered procedures, Friday compliance, resolved but not closed, and the share satisfied.
 * Behind a disclosure, the full table: dossiers received, resolved, returned; early / on time / late; the rates;
 * surveys per returned dossier (target 100%); the five satisfaction levels and the share of "bình thường" or lower
 * (target 0).
 *
 * A chart with a text alternative, CSV export for Excel and a print sheet on A4 landscape (summary, chart and the
 * full table, open or not). The figures come from `adapter.report$`, computed by the portal with the core report
 * rules. The full table and the CSV export load after the first figures are shown.
 *
 * @tagname cqtt-report
 * @summary The leaders' monthly briefing: a summary per agency, the full indicators behind it, exportable, printable.
 *
 * @fires {CustomEvent<ReportExportDetail>} cqtt-report-export - Before the CSV downloads; `detail` is `{ csv, filename }`. Cancel it to handle the file yourself.
 *
 * @csspart summary - The summary table.
 * @csspart table - The full table of figures.
 * @csspart chart - The chart and its legend.
 * @csspart button - The period, full table, export, print and retry buttons.
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
    tableOpen: { state: true },
    views: { state: true },
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
  declare private tableOpen: boolean;
  /** The views loaded after the first figures: the chart and the full table. */
  declare private views: { readonly chart: typeof ChartModule; readonly table: typeof FullTableModule } | undefined;

  private readonly messages = new LocaleController(this, reportMessages, portalErrorCatalogs);
  private readonly clock = new StreamController(this, { args: () => [this.adapter] as const, stream: ([adapter]) => adapter?.serverTime$.pipe(take(1)) });
  private readonly agencies = new StreamController(this, { args: () => [this.adapter] as const, stream: ([adapter]) => adapter?.agencies$ });
  /** Its inputs: the adapter and the request, as a key computed in `willUpdate`. */
  private readonly figures = new StreamController(this, { args: () => [this.adapter, this.requestKey] as const, stream: ([adapter]) => this.load(adapter) });
  private request: Request = { kind: 'wait' };
  private requestKey = '';
  private viewsLoad: Promise<void> | undefined;

  constructor() {
    super();
    this.period = 'month';
    this.from = '';
    this.to = '';
    this.agencyCode = '';
    this.sortDescending = false;
    this.tableOpen = false;
  }

  /** True while a subscription to the adapter is open: none is left once the element is removed. */
  get active(): boolean {
    return this.clock.active || this.agencies.active || this.figures.active;
  }

  /** The period being reported, once known. */
  get reportPeriod(): Period | undefined {
    return this.request.kind === 'query' ? this.request.period : undefined;
  }

  /** The full table as CSV for Excel (UTF-8 with BOM, CRLF, quoted), or `undefined` while there are no figures. */
  async csv(): Promise<string | undefined> {
    const { reportCsv } = await import('./csv-export.js');
    const rows = this.rows();
    return rows && reportCsv(rows, totalRow(rows, ''), this.agencyName, this.t);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptReportPageSheet();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another portal: today is read again from its clock.
    if (changed.has('adapter') && this.hasUpdated) this.anchor = undefined;
    const clock = this.clock.state;
    if (this.anchor === undefined && clock.status === 'ready') this.anchor = vietnamDateOf(clock.value);
    const agencies = this.agencies.state;
    this.request = resolveRequest(this.choice, agencies.status === 'ready' ? agencies.value : undefined, this.t);
    this.requestKey = JSON.stringify(this.request.kind === 'query' ? this.request.query : this.request.kind);
  }

  protected override updated(): void {
    // After the first figures, so that they are not delayed, and before anyone prints: the print shows both.
    if (this.rows()) this.viewsLoad ??= this.loadViews();
  }

  protected override render() {
    const t = this.t;
    const texts = { loading: t('loading'), retry: t('retry') };
    const setup = [this.clock, this.agencies].find((stream) => stream.state.status === 'error');
    const busy = this.request.kind === 'wait' || this.figures.state.status === 'loading' || (this.figures.state.status === 'ready' && this.figures.state.value.loading);
    const agencies = this.agencies.state;
    return html`
      <h2>${t('title')}</h2>
      ${reportControls(this.choice, agencies.status === 'ready' ? agencies.value : [], t, {
        label: periodLabel(this.choice, t),
        kind: this.choosePeriod,
        shift: (steps) => this.shift(steps),
        from: (value) => (this.from = value),
        to: (value) => (this.to = value),
        agency: (code) => (this.agencyCode = code),
      })}
      <section aria-busy=${busy ? 'true' : 'false'} aria-label=${periodLabel(this.choice, t)}>
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

  private renderFigures() {
    const t = this.t;
    const rows = this.rows();
    if (!rows) return nothing;
    const total = totalRow(rows, '');
    if (isQuiet(total)) return html`<p class="empty" part="empty" role="status">${t('empty')}</p>`;
    const period = periodLabel(this.choice, t);
    const locale = numberLocale(this.messages.locale);
    const views = this.views;
    const sort = { column: this.sortColumn, descending: this.sortDescending };
    // The full table is rendered while closed too: the print sheet shows it.
    return html`
      ${reportSummary(rows, total, this.agencyName, locale, period, t)}
      <p>${t('targets')}</p>
      ${views?.chart.reportChart(total, period, t)}
      <button type="button" part="button" class="disclosure" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="full-table" @click=${() => (this.tableOpen = !this.tableOpen)}>
        <span aria-hidden="true">${this.tableOpen ? '▾' : '▸'}</span> ${t('fullTable')}
      </button>
      <div id="full-table" class="full-table" ?hidden=${!this.tableOpen}>
        ${views
          ? views.table.fullTable({ period, rows, total, name: this.agencyName, locale, sort, sortBy: (column) => this.sortBy(column) }, t)
          : html`<p class="loading" role="status">${t('loading')}</p>`}
      </div>
      <div class="actions">
        <button type="button" part="button" @click=${this.exportCsv}>${t('exportCsv')}</button>
        <button type="button" part="button" @click=${() => window.print()}>${t('print')}</button>
      </div>
    `;
  }

  private async loadViews(): Promise<void> {
    const [chart, table] = await Promise.all([import('./chart.js'), import('./full-table.js')]);
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...[chart.chartStyles, table.fullTableStyles].flatMap((styles) => styles.styleSheet ?? [])];
    this.views = { chart, table };
  }

  /** The rows of the selected agency and the agencies under it, or `undefined` while there are none. */
  private rows(): readonly ReportRow[] | undefined {
    const state = this.figures.state;
    if (state.status !== 'ready' || state.value.loading || this.request.kind !== 'query') return undefined;
    const within = this.request.within;
    return within ? state.value.rows.filter((row) => within.has(row.agencyCode)) : state.value.rows;
  }

  private readonly agencyName = (code: string): string => {
    const state = this.agencies.state;
    return (state.status === 'ready' ? state.value.find((agency) => agency.code === code)?.name : undefined) ?? code;
  };

  private load(adapter: PortalAdapter | undefined): Observable<ReportLoad> | undefined {
    if (!adapter || this.request.kind !== 'query') return undefined;
    return adapter.report$(this.request.query).pipe(
      map((rows): ReportLoad => ({ loading: false, rows })),
      startWith<ReportLoad>({ loading: true }),
    );
  }

  private get choice(): Choice {
    return { period: this.period, from: this.from, to: this.to, anchor: this.anchor, agencyCode: this.agencyCode };
  }

  private get t(): Translate {
    return this.messages.t.bind(this.messages);
  }

  private readonly choosePeriod = (kind: PeriodKind): void => {
    const current = currentPeriod(this.choice);
    if (kind === 'custom' && this.from === '' && this.to === '' && current !== undefined) {
      this.from = current.from;
      this.to = current.to;
    }
    this.period = kind;
  };

  private shift(steps: number): void {
    if (this.anchor !== undefined) this.anchor = shiftPeriod(calendarKind(this.choice), this.anchor, steps).from;
  }

  private sortBy(column: SortColumn): void {
    this.sortDescending = this.sortColumn === column ? !this.sortDescending : column !== 'agency';
    this.sortColumn = column;
  }

  private readonly exportCsv = async (): Promise<void> => {
    const csv = await this.csv();
    const period = this.reportPeriod;
    if (csv === undefined || period === undefined) return;
    const filename = `bao-cao-giao-ban_${period.from}_${period.to}.csv`;
    if (this.emit('cqtt-report-export', { csv, filename }, true)) (await import('./csv-export.js')).download(csv, filename);
  };
}
