import {
  type Instant,
  type LocalDate,
  type WorkSchedule,
  InvalidDateError,
  appointmentDate,
  isWorkingDay,
  nextWorkingDay,
  parseLocalDate,
  vietnamDateOf,
} from '@cqtt/core';
import type { LiveEvaluation } from '../controllers/dossier-evaluation.js';

/**
 * The new return date the slip proposes: the procedure's own time limit counted again from now (the server's time),
 * and at least the next working day, since the dossier will not be ready today.
 */
export function proposedNewDate({ evaluation, now, schedule }: LiveEvaluation): LocalDate {
  const { procedure, agency, registeredSameDay } = evaluation;
  const recomputed = appointmentDate(procedure, now, { agency, schedule, registeredSameDay });
  const tomorrow = nextWorkingDay(vietnamDateOf(now), schedule);
  const again = recomputed === undefined ? tomorrow : vietnamDateOf(recomputed);
  return again > tomorrow ? again : tomorrow;
}

/** Why a new date is refused. */
export type NewDateProblem = 'dateInvalid' | 'dateNotWorking' | 'dateTooEarly';

/** Checks the date the staff typed: a real date, a working day of the agency, after today (Vietnam). */
export function newDateProblem(text: string, now: Instant, schedule: WorkSchedule): NewDateProblem | undefined {
  let date: LocalDate;
  try {
    date = parseLocalDate(text);
  } catch (error) {
    if (error instanceof InvalidDateError) return 'dateInvalid';
    throw error;
  }
  if (date <= vietnamDateOf(now)) return 'dateTooEarly';
  return isWorkingDay(date, schedule) ? undefined : 'dateNotWorking';
}

/** The date as printed on the slip, `DD/MM/YYYY`; what the staff typed when it is not a date. */
export function printedDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}` : text;
}
