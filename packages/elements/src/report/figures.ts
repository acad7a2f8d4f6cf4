import type { ReportRow } from '@cqtt/core';

/** A ratio: a count out of a base; `undefined` as a share when the base is 0. */
export interface Ratio {
  readonly count: number;
  readonly of: number;
}

/** A ratio as a share from 0 to 1, or `undefined` when there is nothing to divide by. */
export function share(ratio: Ratio): number | undefined {
  return ratio.of === 0 ? undefined : ratio.count / ratio.of;
}

/** The rates of the briefing, each a count out of a base. */
export const rates = {
  onTimeRate: (row: ReportRow): Ratio => ({ count: row.early + row.onTime, of: row.early + row.onTime + row.late }),
  sameDayRate: (row: ReportRow): Ratio => ({ count: row.sameDayResolved, of: row.sameDayEligible }),
  fridayRate: (row: ReportRow): Ratio => ({ count: row.fridayReturned, of: row.fridayReceived }),
  surveyRate: (row: ReportRow): Ratio => ({ count: row.surveys, of: row.returned }),
  lowShare: (row: ReportRow): Ratio => ({ count: row.satisfaction[0] + row.satisfaction[1] + row.satisfaction[2], of: row.surveys }),
  satisfiedShare: (row: ReportRow): Ratio => ({ count: row.satisfaction[3] + row.satisfaction[4], of: row.surveys }),
};

/** The summary's columns: what leaders look at first, one share or count per agency. */
export const summaryIds = ['onTimeRate', 'sameDayRate', 'fridayRate', 'resolvedNotClosed', 'satisfiedShare'] as const;

/** A column of the summary. */
export type SummaryId = (typeof summaryIds)[number];

/** The value of a summary column for a row: the dossiers not closed, or a rate. */
export function summaryFigure(row: ReportRow, id: SummaryId): number | Ratio {
  return id === 'resolvedNotClosed' ? row.resolvedNotClosed : rates[id](row);
}

/** The sum of the rows, as one row of the given code. */
export function totalRow(rows: readonly ReportRow[], agencyCode: string): ReportRow {
  const sum = (pick: (row: ReportRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const level = (index: number) => sum((row) => row.satisfaction[index] ?? 0);
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
    satisfaction: [level(0), level(1), level(2), level(3), level(4)],
  };
}

/** True when nothing happened in the period: no dossier received, finished or returned, and no answer. */
export function isQuiet(total: ReportRow): boolean {
  return total.received === 0 && total.resolved === 0 && total.returned === 0 && total.surveys === 0 && total.resolvedNotClosed === 0;
}
