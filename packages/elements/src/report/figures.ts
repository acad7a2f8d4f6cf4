import type { ReportRow } from '@cqtt/core';

/** The columns of the briefing, in table and CSV order (the agency's name comes first). */
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

/** A column of figures. */
export type ColumnId = (typeof columnIds)[number];

/** A ratio: a count out of a base; `undefined` as a share when the base is 0. */
export interface Ratio {
  readonly count: number;
  readonly of: number;
}

/** A ratio as a share from 0 to 1, or `undefined` when there is nothing to divide by. */
export function share(ratio: Ratio): number | undefined {
  return ratio.of === 0 ? undefined : ratio.count / ratio.of;
}

const ratioColumns: Partial<Record<ColumnId, (row: ReportRow) => Ratio>> = {
  sameDayRate: (row) => ({ count: row.sameDayResolved, of: row.sameDayEligible }),
  fridayRate: (row) => ({ count: row.fridayReturned, of: row.fridayReceived }),
  surveyRate: (row) => ({ count: row.surveys, of: row.returned }),
  lowShare: (row) => ({ count: row.satisfaction[0] + row.satisfaction[1] + row.satisfaction[2], of: row.surveys }),
};

/** The value of a column for a row: a count, or a ratio for the rates (same day, Friday, surveys, "bình thường" or lower). */
export function figure(row: ReportRow, column: ColumnId): number | Ratio {
  const ratio = ratioColumns[column];
  if (ratio) return ratio(row);
  switch (column) {
    case 'level5':
      return row.satisfaction[4];
    case 'level4':
      return row.satisfaction[3];
    case 'level3':
      return row.satisfaction[2];
    case 'level2':
      return row.satisfaction[1];
    case 'level1':
      return row.satisfaction[0];
    default:
      return row[column as Exclude<ColumnId, 'sameDayRate' | 'fridayRate' | 'surveyRate' | 'lowShare' | `level${number}`>];
  }
}

/** What a column sorts by: the count, or the share (no share sorts below every share). */
export function sortValue(row: ReportRow, column: ColumnId): number {
  const value = figure(row, column);
  return typeof value === 'number' ? value : (share(value) ?? -1);
}

/** The sum of the rows, as one row of the given code. */
export function totalRow(rows: readonly ReportRow[], agencyCode: string): ReportRow {
  const sum = (pick: (row: ReportRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    agencyCode,
    received: sum((row) => row.received),
    resolved: sum((row) => row.resolved),
    returned: sum((row) => row.returned),
    early: sum((row) => row.early),
    onTime: sum((row) => row.onTime),
    late: sum((row) => row.late),
    sameDayEligible: sum((row) => row.sameDayEligible),
    sameDayResolved: sum((row) => row.sameDayResolved),
    fridayReceived: sum((row) => row.fridayReceived),
    fridayReturned: sum((row) => row.fridayReturned),
    resolvedNotClosed: sum((row) => row.resolvedNotClosed),
    surveys: sum((row) => row.surveys),
    satisfaction: [
      sum((row) => row.satisfaction[0]),
      sum((row) => row.satisfaction[1]),
      sum((row) => row.satisfaction[2]),
      sum((row) => row.satisfaction[3]),
      sum((row) => row.satisfaction[4]),
    ],
  };
}

/** True when nothing happened in the period: no dossier received, finished or returned, and no answer. */
export function isQuiet(total: ReportRow): boolean {
  return total.received === 0 && total.resolved === 0 && total.returned === 0 && total.surveys === 0 && total.resolvedNotClosed === 0;
}
