import { InvalidDateError } from './errors.js';
import type { LocalDate } from './time-types.js';

/**
 * Day numbers: whole days since 1970-01-01 in the proleptic Gregorian calendar. The calendar works on them
 * internally so that no `Date` (and so no host time zone) is ever involved in date arithmetic.
 */

/** Smallest and largest years a `LocalDate` can carry (four digits). */
export const MIN_YEAR = 1;
/** @see MIN_YEAR */
export const MAX_YEAR = 9999;

/** Day number of a Gregorian date (Howard Hinnant's `days_from_civil`); the fields must already be valid. */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** A Gregorian date as numbers. */
export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Gregorian date of a day number (Howard Hinnant's `civil_from_days`). */
export function civilFromDayNumber(dayNumber: number): Civil {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday (1 Monday … 7 Sunday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD` of a day number; throws `InvalidDateError` outside years 1-9999. */
export function localDateOfDayNumber(dayNumber: number): LocalDate {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new InvalidDateError(`day ${dayNumber}`, 'outside years 0001-9999');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** Day number of a canonical `YYYY-MM-DD` date; throws `InvalidDateError` for anything else. */
export function dayNumberOfLocalDate(date: LocalDate): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    throw new InvalidDateError(date);
  }
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  if (!(year >= MIN_YEAR) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= daysInMonth(year, month))) {
    throw new InvalidDateError(date);
  }
  return dayNumberFromCivil(year, month, day);
}
