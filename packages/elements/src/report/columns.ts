import type { ReportRow } from '@cqtt/core';
import { type Ratio, rates, share } from './figures.js';
import { type NumberLocale, formatCount, formatShare } from './format.js';

/** The columns of the full table, in table and CSV order (the agency's name comes first). */
export const columnIds = [
  'received',
  'resolved',
  'returned',
  'early',
  'onTime',
  'late',
  'sameDayRate',
  'fridayRate',
  'resolvedNotClosed',
  'surveyRate',
  'level5',
  'level4',
  'level3',
  'level2',
  'level1',
  'lowShare',
] as const;

/** A column of the full table. */
export type ColumnId = (typeof columnIds)[number];

type RateId = 'sameDayRate' | 'fridayRate' | 'surveyRate' | 'lowShare';
type LevelId = `level${1 | 2 | 3 | 4 | 5}`;

/** Whether a column is a rate (a share of a base) rather than a count. */
export function isRate(column: ColumnId): column is RateId {
  return column in rates;
}

/** The value of a column for a row: a count, or a ratio for the rates (same day, Friday, surveys, "bình thường" or lower). */
export function figure(row: ReportRow, column: ColumnId): number | Ratio {
  if (isRate(column)) return rates[column](row);
  if (column.startsWith('level')) return row.satisfaction[Number(column.slice(5)) - 1] ?? 0;
  return row[column as Exclude<ColumnId, RateId | LevelId>];
}

/** What a column sorts by: the count, or the share (no share sorts below every share). */
export function sortValue(row: ReportRow, column: ColumnId): number {
  const value = figure(row, column);
  return typeof value === 'number' ? value : (share(value) ?? -1);
}

/** A figure of the full table: a count, or a percentage with what it is out of, "66,7% (2/3)"; `none` without a base. */
export function formatFigure(value: number | Ratio, locale: NumberLocale, none: string): string {
  if (typeof value === 'number') return formatCount(value, locale);
  const percent = formatShare(value, locale);
  return percent === undefined ? none : `${percent} (${formatCount(value.count, locale)}/${formatCount(value.of, locale)})`;
}

/** A figure for a spreadsheet, in every language: a plain number, a share in percent with a dot ("66.7"), or empty. */
export function csvFigure(value: number | Ratio): number | '' {
  if (typeof value === 'number') return value;
  const ratio = share(value);
  return ratio === undefined ? '' : Math.round(ratio * 1000) / 10;
}
