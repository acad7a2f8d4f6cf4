import type { LocalDate } from '@cqtt/core';

/** How the briefing's period is chosen: a calendar month, quarter, half-year or year, or any range of days. */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'custom';

/** The period kinds, in the order the picker offers them. */
export const periodKinds: readonly PeriodKind[] = ['month', 'quarter', 'half', 'year', 'custom'];

/** A range of Vietnam calendar dates, both ends included. */
export interface Period {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

const monthsIn: Record<Exclude<PeriodKind, 'custom'>, number> = { month: 1, quarter: 3, half: 6, year: 12 };

const pad = (value: number): string => String(value).padStart(2, '0');

function yearMonth(date: LocalDate): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar period of `kind` that contains `date`, e.g. the quarter of 2026-11-30 is 2026-10-01 … 2026-12-31. */
export function calendarPeriod(kind: Exclude<PeriodKind, 'custom'>, date: LocalDate): Period {
  const length = monthsIn[kind];
  const { year, month } = yearMonth(date);
  const first = Math.floor((month - 1) / length) * length + 1;
  const last = first + length - 1;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}` };
}

/** The calendar period `steps` periods before (negative) or after (positive) the one containing `date`. */
export function shiftPeriod(kind: Exclude<PeriodKind, 'custom'>, date: LocalDate, steps: number): Period {
  const { year, month } = yearMonth(calendarPeriod(kind, date).from);
  const index = year * 12 + (month - 1) + steps * monthsIn[kind];
  return calendarPeriod(kind, `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`);
}

/** Why a custom period cannot be reported. */
export type PeriodProblem = 'missing' | 'end-before-start';

/** Checks a range typed by the user: both ends given (as `<input type="date">` gives them) and in order. */
export function periodProblem(from: string, to: string): PeriodProblem | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return 'missing';
  return to < from ? 'end-before-start' : undefined;
}

/** `DD/MM/YYYY` of a calendar date. */
export function displayDate(date: LocalDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
