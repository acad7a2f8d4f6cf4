import {
  dayNumberFromCivil,
  dayNumberOfLocalDate,
  daysInMonth,
  localDateOfDayNumber,
  MAX_YEAR,
  MIN_YEAR,
  weekdayOfDayNumber,
} from './day-number.js';
import { InvalidDateError, InvalidDurationError, InvalidTimeError } from './errors.js';
import type { Instant, LocalDate, LocalTime } from './time-types.js';

/** ISO weekday: 1 Monday … 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A moment as a clock on a wall in Vietnam shows it. */
export interface VietnamDateTime {
  /** The date in Vietnam, `YYYY-MM-DD`. */
  readonly date: LocalDate;
  /** The time in Vietnam, `HH:mm` (seconds dropped). */
  readonly time: LocalTime;
  /** ISO weekday of `date`. */
  readonly weekday: Weekday;
  /** Minutes since midnight in Vietnam, 0-1439 (`time` as a number). */
  readonly minuteOfDay: number;
}

/** Vietnam's offset from UTC: +7 hours all year (no daylight saving since 1975). */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
/** Milliseconds in a day. */
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Milliseconds in a minute. */
export const MINUTE_MS = 60 * 1000;

/** Largest instant whose Vietnam date is still within year 9999. */
const MAX_INSTANT = dayNumberFromCivil(MAX_YEAR + 1, 1, 1) * DAY_MS - VIETNAM_OFFSET_MS - 1;
const MIN_INSTANT = dayNumberFromCivil(MIN_YEAR, 1, 1) * DAY_MS - VIETNAM_OFFSET_MS;

function checkInstant(instant: Instant): void {
  if (typeof instant !== 'number' || !Number.isFinite(instant) || instant < MIN_INSTANT || instant > MAX_INSTANT) {
    throw new InvalidDateError(instant, 'not an instant (finite epoch milliseconds) within years 0001-9999');
  }
}

/** Day number (days since 1970-01-01) of the Vietnam date of an instant. */
export function vietnamDayNumberOf(instant: Instant): number {
  checkInstant(instant);
  return Math.floor((instant + VIETNAM_OFFSET_MS) / DAY_MS);
}

/** The instant at which a Vietnam day (by day number) starts, 00:00 UTC+7. */
export function startOfVietnamDay(dayNumber: number): Instant {
  return dayNumber * DAY_MS - VIETNAM_OFFSET_MS;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** `HH:mm` of a minute of the day (0-1439). */
export function localTimeOfMinute(minuteOfDay: number): LocalTime {
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

/**
 * The Vietnam date, time and weekday of an instant. Independent of the host's time zone.
 * @throws InvalidDateError if `instant` is not a finite number of epoch milliseconds within years 0001-9999.
 */
export function toVietnamDateTime(instant: Instant): VietnamDateTime {
  const dayNumber = vietnamDayNumberOf(instant);
  const minuteOfDay = Math.floor((instant + VIETNAM_OFFSET_MS - dayNumber * DAY_MS) / MINUTE_MS);
  return {
    date: localDateOfDayNumber(dayNumber),
    time: localTimeOfMinute(minuteOfDay),
    weekday: weekdayOfDayNumber(dayNumber),
    minuteOfDay,
  };
}

/** The Vietnam date (`YYYY-MM-DD`) of an instant. */
export function vietnamDateOf(instant: Instant): LocalDate {
  return localDateOfDayNumber(vietnamDayNumberOf(instant));
}

/** Minute of the day of a canonical or loose time (see `parseLocalTime`). */
export function minuteOfLocalTime(time: LocalTime): number {
  if (typeof time === 'string' && time.length === 5 && time.charCodeAt(2) === 58) {
    const h = time.charCodeAt(0) - 48;
    const h2 = time.charCodeAt(1) - 48;
    const m = time.charCodeAt(3) - 48;
    const m2 = time.charCodeAt(4) - 48;
    if (h >= 0 && h <= 2 && h2 >= 0 && h2 <= 9 && m >= 0 && m <= 5 && m2 >= 0 && m2 <= 9 && h * 10 + h2 < 24) {
      return (h * 10 + h2) * 60 + m * 10 + m2;
    }
  }
  const canonical = parseLocalTime(time);
  return Number(canonical.slice(0, 2)) * 60 + Number(canonical.slice(3, 5));
}

/**
 * The instant of a Vietnam wall-clock date and time (UTC+7). Independent of the host's time zone.
 * @param date - `YYYY-MM-DD`.
 * @param time - `HH:mm`; defaults to `'00:00'`.
 * @throws InvalidDateError or InvalidTimeError for a date or time that does not exist.
 */
export function fromVietnamDateTime(date: LocalDate, time: LocalTime = '00:00'): Instant {
  return startOfVietnamDay(dayNumberOfLocalDate(date)) + minuteOfLocalTime(time) * MINUTE_MS;
}

/**
 * ISO weekday (1 Monday … 7 Sunday) of a date.
 * @throws InvalidDateError if `date` is not a valid `YYYY-MM-DD`.
 */
export function weekdayOf(date: LocalDate): Weekday {
  return weekdayOfDayNumber(dayNumberOfLocalDate(date));
}

/**
 * The date `days` calendar days after `date` (before it when negative).
 * @throws InvalidDateError for an invalid date; InvalidDurationError if `days` is not a whole number.
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new InvalidDurationError(days, 'days', 'must be a whole number');
  return localDateOfDayNumber(dayNumberOfLocalDate(date) + days);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a date typed or sent by a person or a system: `YYYY-MM-DD` or the Vietnamese `D/M/YYYY` (`dd/MM/yyyy`),
 * surrounding spaces ignored. Returns the canonical `YYYY-MM-DD`.
 * @throws InvalidDateError for anything else, and for dates that do not exist (`31/2/2026`, `2026-13-01`).
 */
export function parseLocalDate(text: string): LocalDate {
  if (typeof text !== 'string') throw new InvalidDateError(text);
  const trimmed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(trimmed);
  const vietnamese = iso ? null : VIETNAMESE_DATE.exec(trimmed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (vietnamese) {
    [day, month, year] = [Number(vietnamese[1]), Number(vietnamese[2]), Number(vietnamese[3])];
  } else {
    throw new InvalidDateError(text);
  }
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidDateError(text, 'this day does not exist in the calendar');
  }
  return localDateOfDayNumber(dayNumberFromCivil(year, month, day));
}

const CLOCK_TIME = /^(\d{1,2})(?::(\d{2})|[hH](\d{2})?)$/;

/**
 * Reads a time of day: `HH:mm`, `H:mm`, or the Vietnamese `7h30` / `15h`, surrounding spaces ignored.
 * Returns the canonical `HH:mm`.
 * @throws InvalidTimeError for anything else, including `24:00` and minutes above 59.
 */
export function parseLocalTime(text: string): LocalTime {
  if (typeof text !== 'string') throw new InvalidTimeError(text);
  const match = CLOCK_TIME.exec(text.trim());
  if (!match) throw new InvalidTimeError(text);
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? '0');
  if (hour > 23 || minute > 59) throw new InvalidTimeError(text, 'this time does not exist (00:00-23:59)');
  return localTimeOfMinute(hour * 60 + minute);
}
