import { dayNumberOfLocalDate, localDateOfDayNumber, weekdayOfDayNumber } from './day-number.js';
import { InvalidDurationError, NoWorkingTimeError } from './errors.js';
import { compileOfficeHours, defaultSchedule } from './office-hours.js';
import type { WorkSchedule } from './office-hours.js';
import type { Instant, LocalDate } from './time-types.js';
import { MINUTE_MS, startOfVietnamDay, vietnamDayNumberOf } from './vietnam-time.js';
import { DayStatus, dayStatusOf } from './working-calendar.js';

/**
 * Working time: office hours on working days, in Vietnam time. Intervals are half-open, `[start, end)`: at
 * 11:30 the morning is over. A moment is a *working moment* when it lies inside one.
 *
 * `addWorkingMinutes` with a positive duration returns a moment inside `(start, end]` of an interval: a task of
 * 30 minutes begun at 11:00 ends at 11:30, not at 13:30. With zero minutes it returns `nextWorkingMoment`.
 */

/** Longest run of days without any working time before giving up (a schedule that never works). */
const MAX_IDLE_DAYS = 800;

const NONE: readonly number[] = [];

/** Flat `[start, end…]` minute intervals of a day number under a schedule (empty when not working). */
function intervalsOf(dayNumber: number, schedule: WorkSchedule): readonly number[] {
  const hours = compileOfficeHours(schedule.officeHours);
  const status = dayStatusOf(schedule.calendar, dayNumber);
  if (status === DayStatus.OFF) return NONE;
  const weekday = weekdayOfDayNumber(dayNumber);
  const own = hours.byWeekday[weekday] as readonly number[];
  // A weekend day swapped into a working day replaces a weekday, so it keeps that weekday's (Monday-Friday) hours.
  if (status === DayStatus.SWAPPED_WORKING && (weekday >= 6 || own.length === 0)) return hours.swapped;
  return own;
}

function firstWorkingDayFrom(dayNumber: number, schedule: WorkSchedule): number {
  for (let day = dayNumber; day < dayNumber + MAX_IDLE_DAYS; day++) {
    if (intervalsOf(day, schedule).length > 0) return day;
  }
  throw new NoWorkingTimeError(localDateOfDayNumber(dayNumber), MAX_IDLE_DAYS);
}

/**
 * Whether a date has office hours under the schedule: not a day off, and either a weekday with office hours or a
 * weekend day swapped into a working day.
 * @throws InvalidDateError for an invalid date.
 */
export function isWorkingDay(date: LocalDate, schedule: WorkSchedule = defaultSchedule): boolean {
  return intervalsOf(dayNumberOfLocalDate(date), schedule).length > 0;
}

/**
 * The first working day strictly after `date`.
 * @throws InvalidDateError for an invalid date; NoWorkingTimeError if the schedule never works.
 */
export function nextWorkingDay(date: LocalDate, schedule: WorkSchedule = defaultSchedule): LocalDate {
  return localDateOfDayNumber(firstWorkingDayFrom(dayNumberOfLocalDate(date) + 1, schedule));
}

/**
 * The working day `days` working days after `date`. With 0: `date` itself if it is a working day, else the next
 * one; with 1 from a Friday: the next Monday (or the first working day after it).
 * @throws InvalidDurationError if `days` is negative or not a whole number.
 */
export function addWorkingDays(date: LocalDate, days: number, schedule: WorkSchedule = defaultSchedule): LocalDate {
  if (!Number.isInteger(days) || days < 0) throw new InvalidDurationError(days, 'days', 'must be a whole number, 0 or more');
  let day = firstWorkingDayFrom(dayNumberOfLocalDate(date), schedule);
  for (let i = 0; i < days; i++) day = firstWorkingDayFrom(day + 1, schedule);
  return localDateOfDayNumber(day);
}

/** Whether an instant lies inside office hours, `[start, end)` of an interval of a working day. */
export function isWorkingMoment(instant: Instant, schedule: WorkSchedule = defaultSchedule): boolean {
  const day = vietnamDayNumberOf(instant);
  const offset = instant - startOfVietnamDay(day);
  const intervals = intervalsOf(day, schedule);
  for (let i = 0; i < intervals.length; i += 2) {
    if (offset >= (intervals[i] as number) * MINUTE_MS && offset < (intervals[i + 1] as number) * MINUTE_MS) return true;
  }
  return false;
}

/**
 * The instant itself if it is inside office hours, else the start of the next office interval.
 * @throws InvalidDateError for an invalid instant; NoWorkingTimeError if the schedule never works.
 */
export function nextWorkingMoment(instant: Instant, schedule: WorkSchedule = defaultSchedule): Instant {
  return walk(instant, 0, schedule);
}

/**
 * The moment when `minutes` of working time have passed after `instant`, counting only office hours. A positive
 * duration ends inside `(start, end]` of an interval (so 4.5 hours from 07:00 is 11:30 the same day); 0 gives
 * `nextWorkingMoment(instant)`. Fractions of a minute are kept to the millisecond.
 * @throws InvalidDurationError for a negative or non-finite number of minutes.
 */
export function addWorkingMinutes(instant: Instant, minutes: number, schedule: WorkSchedule = defaultSchedule): Instant {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new InvalidDurationError(minutes, 'minutes', 'must be a finite number, 0 or more');
  }
  return walk(instant, Math.round(minutes * MINUTE_MS), schedule);
}

function walk(instant: Instant, durationMs: number, schedule: WorkSchedule): Instant {
  let day = vietnamDayNumberOf(instant);
  let cursor = instant;
  let remaining = durationMs;
  let idle = 0;
  for (;;) {
    const dayStart = startOfVietnamDay(day);
    const intervals = intervalsOf(day, schedule);
    for (let i = 0; i < intervals.length; i += 2) {
      const end = dayStart + (intervals[i + 1] as number) * MINUTE_MS;
      if (cursor >= end) continue;
      const from = Math.max(cursor, dayStart + (intervals[i] as number) * MINUTE_MS);
      if (remaining === 0) return from;
      if (remaining <= end - from) return from + remaining;
      remaining -= end - from;
      cursor = end;
    }
    idle = intervals.length === 0 ? idle + 1 : 0;
    if (idle >= MAX_IDLE_DAYS) throw new NoWorkingTimeError(localDateOfDayNumber(day), MAX_IDLE_DAYS);
    day++;
  }
}

/**
 * Working minutes (office hours only) from `from` to `to`; negative when `to` is before `from`. Fractions of a
 * minute appear when the instants are not on whole minutes.
 */
export function workingMinutesBetween(from: Instant, to: Instant, schedule: WorkSchedule = defaultSchedule): number {
  if (to < from) return 0 - workingMinutesBetween(to, from, schedule);
  const lastDay = vietnamDayNumberOf(to);
  let total = 0;
  for (let day = vietnamDayNumberOf(from); day <= lastDay; day++) {
    const dayStart = startOfVietnamDay(day);
    const intervals = intervalsOf(day, schedule);
    for (let i = 0; i < intervals.length; i += 2) {
      const start = Math.max(from, dayStart + (intervals[i] as number) * MINUTE_MS);
      const end = Math.min(to, dayStart + (intervals[i + 1] as number) * MINUTE_MS);
      if (end > start) total += end - start;
    }
  }
  return total / MINUTE_MS;
}

/**
 * The end of the last office interval of a date (e.g. 17:00, or 11:30 on a Saturday-morning day), or `undefined`
 * when the date is not a working day.
 */
export function closingTimeOf(date: LocalDate, schedule: WorkSchedule = defaultSchedule): Instant | undefined {
  const day = dayNumberOfLocalDate(date);
  const intervals = intervalsOf(day, schedule);
  const last = intervals[intervals.length - 1];
  return last === undefined ? undefined : startOfVietnamDay(day) + last * MINUTE_MS;
}
