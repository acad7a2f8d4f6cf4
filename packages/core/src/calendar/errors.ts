/** Base class of every error the Vietnam working calendar throws; catch it to handle any calendar input problem. */
export class CalendarError extends Error {
  override name = 'CalendarError';
}

/** A date (or instant) that is not a real `YYYY-MM-DD` calendar date, such as `2026-02-31` or `2026-13-01`. */
export class InvalidDateError extends CalendarError {
  override name = 'InvalidDateError';
  /** The offending input, as given. */
  readonly input: string;

  constructor(input: unknown, reason = 'not a valid date (expected YYYY-MM-DD)') {
    const text = String(input);
    super(`Invalid date "${text}": ${reason}`);
    this.input = text;
  }
}

/** A time of day that is not a real `HH:mm` wall-clock time, such as `24:00` or `7:60`. */
export class InvalidTimeError extends CalendarError {
  override name = 'InvalidTimeError';
  /** The offending input, as given. */
  readonly input: string;

  constructor(input: unknown, reason = 'not a valid time (expected HH:mm, 00:00-23:59)') {
    const text = String(input);
    super(`Invalid time "${text}": ${reason}`);
    this.input = text;
  }
}

/** A lunar date that does not exist: a leap month the year does not have, day 30 of a 29-day month, month 13… */
export class NonexistentLunarDateError extends CalendarError {
  override name = 'NonexistentLunarDateError';
  /** The lunar date that was asked for. */
  readonly lunar: { readonly year: number; readonly month: number; readonly day: number; readonly leap: boolean };

  constructor(lunar: { readonly year: number; readonly month: number; readonly day: number; readonly leap: boolean }, reason: string) {
    super(`Lunar date ${lunar.day}/${lunar.month}${lunar.leap ? ' (leap)' : ''}/${lunar.year} does not exist: ${reason}`);
    this.lunar = { year: lunar.year, month: lunar.month, day: lunar.day, leap: lunar.leap };
  }
}

/** A negative, fractional (where whole units are required) or non-finite duration. */
export class InvalidDurationError extends CalendarError {
  override name = 'InvalidDurationError';
  /** The offending amount. */
  readonly amount: number;
  /** Its unit. */
  readonly unit: 'minutes' | 'days';

  constructor(amount: number, unit: 'minutes' | 'days', reason: string) {
    super(`Invalid duration ${String(amount)} ${unit}: ${reason}`);
    this.amount = amount;
    this.unit = unit;
  }
}

/** Office hours or per-year calendar data that cannot be used; `path` names the bad field, e.g. `week.1[0].end`. */
export class InvalidCalendarDataError extends CalendarError {
  override name = 'InvalidCalendarDataError';
  /** Path of the bad field inside the data that was given. */
  readonly path: string;

  constructor(path: string, reason: string) {
    super(`Invalid calendar data at ${path}: ${reason}`);
    this.path = path;
  }
}

/** No working time could be found within a long search window (every day is a day off in this schedule). */
export class NoWorkingTimeError extends CalendarError {
  override name = 'NoWorkingTimeError';
  /** The date the search started from. */
  readonly from: string;

  constructor(from: string, days: number) {
    super(`No working time within ${days} days after ${from}: the schedule has no working days`);
    this.from = from;
  }
}
