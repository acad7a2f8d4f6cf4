import type { ReportRow } from '@cqtt/core';
import { columnIds, csvFigure, figure, isRate } from './columns.js';
import { toCsv } from './csv.js';
import type { Translate } from './request.js';

/**
 * The full table as CSV for Excel, machine-readable in every language: plain counts, rates as percentages with a
 * dot and no sign ("66.7", the heading says "(%)"), an empty cell where there is nothing to divide by. Headings
 * and agency names in the element's language.
 */
export function reportCsv(rows: readonly ReportRow[], total: ReportRow, name: (code: string) => string, t: Translate): string {
  const header = [t('agencyCodeColumn'), t('agencyColumn'), ...columnIds.map((id) => (isRate(id) ? `${t(id)} ${t('rateSuffix')}` : t(id)))];
  const line = (row: ReportRow, agency: string) => [row.agencyCode, agency, ...columnIds.map((id) => csvFigure(figure(row, id)))];
  return toCsv([header, ...rows.map((row) => line(row, name(row.agencyCode))), line(total, t('total'))]);
}

/** Saves `csv` as `filename` through a temporary link, as a download the browser asks no question about. */
export function download(csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
