/** A calendar date in Vietnam, `YYYY-MM-DD`. Never a `Date`: a date has no time zone. */
export type LocalDate = string;

/** A wall-clock time in Vietnam, `HH:mm` (24-hour). */
export type LocalTime = string;

/** A moment in time, as epoch milliseconds. Shown to people in Vietnam time (UTC+7). */
export type Instant = number;

/**
 * Official data for one year, as the government publishes it: the days off (holidays, compensatory days,
 * bridge days) and the Saturdays or Sundays swapped into working days. It overrides the computed holidays.
 */
export interface CalendarYear {
  readonly year: number;
  readonly daysOff: readonly LocalDate[];
  readonly workingDays: readonly LocalDate[];
  /** Where the data comes from (the decision or notice), for people checking it. */
  readonly source?: string;
  /**
   * What a portal serves for the year: `published` by its administrators, its `official` built-in data, or
   * `computed` from the Labour Code's rules (a guess until the year is announced). Absent: the portal's own data.
   */
  readonly status?: CalendarYearStatus;
}

/** Which data a year's calendar comes from, most authoritative first. */
export type CalendarYearStatus = 'published' | 'official' | 'computed';
