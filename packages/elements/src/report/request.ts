import type { Agency, LocalDate, ReportQuery } from '@cqtt/core';
import { subtreeCodes } from './agency-tree.js';
import type { ReportMessageKey } from './messages.js';
import { type Period, type PeriodKind, calendarPeriod, displayDate, periodProblem } from './period.js';

/** What the current inputs ask for, or why they cannot be reported. */
export type Request =
  | { readonly kind: 'wait' }
  | { readonly kind: 'problem'; readonly message: string }
  | { readonly kind: 'query'; readonly period: Period; readonly query: ReportQuery; readonly within: ReadonlySet<string> | undefined };

/** The user's choices: the kind of period, a custom range, a day of the calendar period, an agency. */
export interface Choice {
  readonly period: PeriodKind;
  readonly from: string;
  readonly to: string;
  /** A day in the calendar period shown, once the server's clock has said which day it is. */
  readonly anchor: LocalDate | undefined;
  readonly agencyCode: string;
}

/** The report's texts, in the element's language. */
export type Translate = (key: ReportMessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** The calendar kind the period buttons step by (a custom range steps by month). */
export function calendarKind(choice: Choice): Exclude<PeriodKind, 'custom'> {
  return choice.period === 'custom' ? 'month' : choice.period;
}

/** The calendar period around the anchor, once there is one. */
export function currentPeriod(choice: Choice): Period | undefined {
  return choice.anchor === undefined ? undefined : calendarPeriod(calendarKind(choice), choice.anchor);
}

/** The request for `choice` once the agencies are known: a query, or the sentence that says why there is none. */
export function resolveRequest(choice: Choice, agencies: readonly Agency[] | undefined, t: Translate): Request {
  if (agencies === undefined) return { kind: 'wait' };
  let period: Period | undefined;
  if (choice.period === 'custom') {
    const problem = periodProblem(choice.from, choice.to);
    if (problem) return { kind: 'problem', message: t(problem, { from: displayDate(choice.from), to: displayDate(choice.to) }) };
    period = { from: choice.from, to: choice.to };
  } else {
    period = currentPeriod(choice);
    if (period === undefined) return { kind: 'wait' };
  }
  const code = choice.agencyCode;
  if (code === '') return { kind: 'query', period, query: period, within: undefined };
  if (!agencies.some((agency) => agency.code === code)) return { kind: 'problem', message: t('unknownAgency', { code }) };
  const within = subtreeCodes(agencies, code);
  // A branch is asked for whole and narrowed here; a single agency is asked for by code.
  return within.size > 1 ? { kind: 'query', period, query: period, within } : { kind: 'query', period, query: { ...period, agencyCode: code }, within: undefined };
}

/** The period as leaders say it: "Tháng 11/2026", "Quý 4/2026", "Từ 02/11/2026 đến 27/11/2026". */
export function periodLabel(choice: Choice, t: Translate): string {
  if (choice.period === 'custom') {
    return periodProblem(choice.from, choice.to) ? t('custom') : t('periodRange', { from: displayDate(choice.from), to: displayDate(choice.to) });
  }
  const from = currentPeriod(choice)?.from;
  if (from === undefined) return t(choice.period);
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  if (choice.period === 'month') return t('periodMonth', { month, year });
  if (choice.period === 'quarter') return t('periodQuarter', { quarter: (month + 2) / 3, year });
  if (choice.period === 'half') return t('periodHalf', { half: t(month === 1 ? 'firstHalf' : 'secondHalf'), year });
  return t('periodYear', { year });
}
