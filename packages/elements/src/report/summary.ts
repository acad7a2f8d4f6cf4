import { html, type TemplateResult } from 'lit';
import type { ReportRow } from '@cqtt/core';
import { type SummaryId, summaryFigure, summaryIds } from './figures.js';
import { type NumberLocale, formatCount, formatShare } from './format.js';
import type { Translate } from './request.js';

function cell(row: ReportRow, id: SummaryId, locale: NumberLocale, none: string): string {
  const value = summaryFigure(row, id);
  return typeof value === 'number' ? formatCount(value, locale) : (formatShare(value, locale) ?? none);
}

function line(row: ReportRow, name: string, locale: NumberLocale, none: string): TemplateResult {
  return html`<tr>
    <th scope="row">${name}</th>
    ${summaryIds.map((id) => html`<td>${cell(row, id, locale, none)}</td>`)}
  </tr>`;
}

/**
 * What leaders read first: per agency and in total, the share on time, the same-day and Friday rates, the dossiers
 * not closed and the share satisfied or better. Six narrow columns that fit a phone: the table takes the width it
 * is given and wraps its headings instead of scrolling.
 */
export function reportSummary(
  rows: readonly ReportRow[],
  total: ReportRow,
  name: (code: string) => string,
  locale: NumberLocale,
  period: string,
  t: Translate,
): TemplateResult {
  const none = t('notApplicable');
  return html`<table class="summary" part="summary">
    <caption>
      ${t('summaryCaption', { period })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('agencyColumn')}</th>
        ${summaryIds.map((id) => html`<th scope="col">${t(id)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => line(row, name(row.agencyCode), locale, none))}
    </tbody>
    <tfoot>
      ${line(total, t('total'), locale, none)}
    </tfoot>
  </table>`;
}
