import { css, html, type TemplateResult } from 'lit';
import type { ReportRow } from '@cqtt/core';
import { type ColumnId, columnIds, figure, formatFigure, sortValue } from './columns.js';
import type { NumberLocale } from './format.js';
import type { Translate } from './request.js';

/** What the full table is sorted by: the agency's name or a column, when the user chose one. */
export type SortColumn = ColumnId | 'agency';

/** The table's inputs: the rows, the user's sort and how to change it. */
export interface FullTable {
  readonly period: string;
  readonly rows: readonly ReportRow[];
  readonly total: ReportRow;
  readonly name: (code: string) => string;
  readonly locale: NumberLocale;
  readonly sort: { readonly column: SortColumn | undefined; readonly descending: boolean };
  readonly sortBy: (column: SortColumn) => void;
}

/** The full table's own styles, adopted by the element when the table has loaded. */
export const fullTableStyles = css`
  /* Seventeen columns do not fit a laptop: the table scrolls sideways (by keyboard too), the agency stays in view. */
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='table'] th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    background: Canvas;
  }
  thead th button {
    border: 0;
    padding: 0.125em 0.25em;
    background: transparent;
    color: inherit;
    font-weight: 600;
    text-align: inherit;
  }
  @media print {
    .table-wrap {
      overflow: visible;
    }
    thead th button {
      padding: 0;
    }
  }
`;

function sorted(table: FullTable): readonly ReportRow[] {
  const { column, descending } = table.sort;
  if (column === undefined) return table.rows;
  const sign = descending ? -1 : 1;
  const language = table.locale.slice(0, 2);
  return [...table.rows].sort(
    (a, b) => sign * (column === 'agency' ? table.name(a.agencyCode).localeCompare(table.name(b.agencyCode), language) : sortValue(a, column) - sortValue(b, column)),
  );
}

function header(table: FullTable, t: Translate, column: SortColumn, label: string): TemplateResult {
  const sorted = table.sort.column === column;
  const direction = table.sort.descending ? 'descending' : 'ascending';
  return html`<th scope="col" aria-sort=${sorted ? direction : 'none'}>
    <button type="button" @click=${() => table.sortBy(column)} title=${t('sortBy', { column: label })}>
      ${label}<span aria-hidden="true">${sorted ? (table.sort.descending ? ' ▼' : ' ▲') : ''}</span>
    </button>
  </th>`;
}

function line(row: ReportRow, name: string, locale: NumberLocale, none: string): TemplateResult {
  return html`<tr>
    <th scope="row">${name}</th>
    ${columnIds.map((id) => html`<td>${formatFigure(figure(row, id), locale, none)}</td>`)}
  </tr>`;
}

/**
 * Every indicator of the plan per agency, sortable by any column from the keyboard (`aria-sort`). Seventeen columns
 * do not fit a laptop: the table scrolls sideways in a named region reachable by Tab. Loaded when first needed.
 */
export function fullTable(table: FullTable, t: Translate): TemplateResult {
  const caption = t('tableCaption', { period: table.period });
  const none = t('notApplicable');
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${caption}>
    <table part="table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${header(table, t, 'agency', t('agencyColumn'))} ${columnIds.map((id) => header(table, t, id, t(id)))}
        </tr>
      </thead>
      <tbody>
        ${sorted(table).map((row) => line(row, table.name(row.agencyCode), table.locale, none))}
      </tbody>
      <tfoot>
        ${line(table.total, t('total'), table.locale, none)}
      </tfoot>
    </table>
  </div>`;
}
