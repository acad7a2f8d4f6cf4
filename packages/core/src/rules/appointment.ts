import {
  addWorkingDays,
  addWorkingMinutes,
  CalendarError,
  closingTimeOf,
  fromVietnamDateTime,
  nextWorkingDay,
  nextWorkingMoment,
  parseLocalTime,
  vietnamDateOf,
  weekdayOf,
  type Instant,
  type LocalDate,
  type WorkSchedule,
} from '../calendar/index.js';
import type { Agency, Procedure } from '../catalog/model.js';
import { RuleError } from './errors.js';
import { scheduleFor } from './schedule.js';

/** The same-day cut-off when a procedure has none: 15:00 (Law on Civil Status 2014 art. 5(3); Decree 23/2015 art. 7). */
export const defaultCutOff = '15:00';

/** Options of `appointmentDate`. */
export interface AppointmentOptions {
  /** The receiving agency: its office hours and its Friday rule apply. */
  readonly agency?: Agency;
  /** Calendar and default office hours; `defaultSchedule` when absent. The agency's own office hours replace the hours. */
  readonly schedule?: WorkSchedule;
  /**
   * The agency registered this procedure as same-day: the commitment replaces the legal time limit, and with the
   * agency's Friday rule on, a dossier received on a working Friday is due that Friday even after the cut-off.
   */
  readonly registeredSameDay?: boolean;
}

/** @throws {RuleError} `invalid-instant` unless the instant is a finite number of epoch milliseconds. */
export function checkInstant(instant: Instant, path: string): void {
  if (typeof instant !== 'number' || !Number.isFinite(instant)) {
    throw new RuleError('invalid-instant', `${path} must be a finite number of epoch milliseconds, not ${String(instant)}.`, path);
  }
}

function checkCount(value: number, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RuleError('invalid-duration', `${path} must be a whole number, 0 or more, not ${String(value)}.`, path);
  }
  return value;
}

function cutOffOf(procedure: Procedure): string {
  try {
    return parseLocalTime(procedure.cutOff ?? defaultCutOff);
  } catch (error) {
    if (error instanceof CalendarError) {
      throw new RuleError('invalid-cut-off', `cutOff of ${procedure.code} must be HH:mm, not ${String(procedure.cutOff)}.`, 'cutOff');
    }
    throw error;
  }
}

/** The closing time of a working day. */
export function closingOf(date: LocalDate, schedule: WorkSchedule): Instant {
  const closing = closingTimeOf(date, schedule);
  if (closing === undefined) throw new RuleError('no-office-hours', `${date} has no office hours in this schedule.`);
  return closing;
}

/**
 * The receiving day: the Vietnam date of the first working moment at or after `receivedAt`. A dossier received
 * outside office hours or on a day off counts as received when the office next opens.
 */
export function receivingDayOf(receivedAt: Instant, schedule: WorkSchedule): LocalDate {
  return vietnamDateOf(nextWorkingMoment(receivedAt, schedule));
}

/** Whether the Friday rule makes a same-day dossier due on its receiving day, a working Friday. */
function fridayRuleHolds(agency: Agency | undefined, registeredSameDay: boolean | undefined, receivingDay: LocalDate): boolean {
  return registeredSameDay === true && agency?.fridayRule === true && weekdayOf(receivingDay) === 5;
}

function sameDayDue(procedure: Procedure, receivedAt: Instant, schedule: WorkSchedule, options: AppointmentOptions): Instant {
  const cutOff = cutOffOf(procedure);
  const start = nextWorkingMoment(receivedAt, schedule);
  const day = vietnamDateOf(start);
  if (fridayRuleHolds(options.agency, options.registeredSameDay, day)) return closingOf(day, schedule);
  return closingOf(start > fromVietnamDateTime(day, cutOff) ? nextWorkingDay(day, schedule) : day, schedule);
}

/**
 * The appointment (ngày hẹn trả) of a complete dossier of `procedure` received at `receivedAt`, in Vietnam time:
 *
 * - **same-day** (or any procedure the agency registered as same-day): closing time of the receiving day; received
 *   after the cut-off (the procedure's `cutOff`, default 15:00), closing time of the next working day. Received
 *   outside office hours or on a day off, it counts from the next working moment (so 06:30 is before the cut-off,
 *   17:30 is the next day's dossier). With the agency's Friday rule on and `registeredSameDay`, a dossier received
 *   on a working Friday is due that Friday even after the cut-off ("thứ 6 không hẹn qua tuần").
 * - **N working days**: closing time of the Nth working day after the receiving day (N = 0: the receiving day).
 *   The day of receipt is not counted, whatever the hour: 3 working days from Monday 10:00 is Thursday 17:00.
 * - **N working hours**: N × 60 working minutes after the next working moment (only office hours count).
 * - **none**: `undefined`, no fixed date.
 *
 * The result is an instant; show it with its Vietnam date and time.
 *
 * @throws {RuleError} `invalid-duration` for negative or non-integer durations, `unknown-time-limit` for another
 *   kind, `invalid-cut-off`, `invalid-instant`; calendar errors for a schedule that never works.
 */
export function appointmentDate(procedure: Procedure, receivedAt: Instant, options: AppointmentOptions = {}): Instant | undefined {
  checkInstant(receivedAt, 'receivedAt');
  const schedule = scheduleFor(options.agency, options.schedule);
  if (options.registeredSameDay === true) return sameDayDue(procedure, receivedAt, schedule, options);
  const limit = procedure.timeLimit;
  switch (limit.kind) {
    case 'same-day':
      return sameDayDue(procedure, receivedAt, schedule, options);
    case 'working-days': {
      const days = checkCount(limit.days, 'timeLimit.days');
      return closingOf(addWorkingDays(receivingDayOf(receivedAt, schedule), days, schedule), schedule);
    }
    case 'working-hours': {
      const hours = checkCount(limit.hours, 'timeLimit.hours');
      return addWorkingMinutes(nextWorkingMoment(receivedAt, schedule), hours * 60, schedule);
    }
    case 'none':
      return undefined;
    default: {
      const kind: unknown = (limit as { kind?: unknown }).kind;
      throw new RuleError('unknown-time-limit', `Unknown time limit kind "${String(kind)}".`, 'timeLimit.kind');
    }
  }
}
