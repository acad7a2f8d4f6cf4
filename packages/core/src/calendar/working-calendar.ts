import { civilFromDayNumber, dayNumberFromCivil, dayNumberOfLocalDate, localDateOfDayNumber } from './day-number.js';
import { InvalidCalendarDataError } from './errors.js';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar.js';
import { checkHolidayOptions, holidaysOf } from './holidays.js';
import type { Holiday, HolidayOptions } from './holidays.js';
import { officialDates } from './official-days-off.js';
import type { CalendarYear, LocalDate } from './time-types.js';

/** How a `WorkingCalendar` computes the years it has no published data for. */
export interface WorkingCalendarOptions {
  /** Published per-year data; a year listed here replaces the computed holidays of that year. */
  readonly official?: readonly CalendarYear[];
  /** Tết days around lunar 1/1 for computed years (default 1 before, 3 after: 5 days). */
  readonly tet?: { readonly daysBefore?: number; readonly daysAfter?: number };
  /** The day joined to Quốc khánh 2/9 in computed years (default `'before'`, 1/9). */
  readonly nationalDayExtra?: 'before' | 'after';
}

/**
 * What a calendar says about one day, before office hours are applied: `ORDINARY` (the office hours of its weekday
 * apply), `OFF` (a holiday, compensatory or announced day off) or `SWAPPED_WORKING` (a Saturday or Sunday worked,
 * with Monday-Friday office hours).
 */
export const DayStatus = { ORDINARY: 0, OFF: 1, SWAPPED_WORKING: 2 } as const;
/** @see DayStatus */
export type DayStatus = (typeof DayStatus)[keyof typeof DayStatus];

interface YearData {
  readonly year: number;
  readonly daysOff: ReadonlySet<number>;
  readonly workingDays: ReadonlySet<number>;
}

interface YearStatus {
  readonly start: number;
  readonly status: Uint8Array;
}

function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

function compileYears(years: readonly CalendarYear[], label: string): Map<number, YearData> {
  if (!isList(years)) throw new InvalidCalendarDataError(label, 'expected an array of years');
  const compiled = new Map<number, YearData>();
  years.forEach((entry: CalendarYear | undefined, i) => {
    const path = `${label}[${i}]`;
    const year = entry?.year ?? Number.NaN;
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new InvalidCalendarDataError(`${path}.year`, 'expected a year 1-9999');
    if (compiled.has(year)) throw new InvalidCalendarDataError(`${path}.year`, `year ${year} is listed twice`);
    const days = (field: 'daysOff' | 'workingDays'): Set<number> => {
      const list: unknown = entry?.[field];
      if (!isList(list)) throw new InvalidCalendarDataError(`${path}.${field}`, 'expected an array of YYYY-MM-DD dates');
      return new Set(
        list.map((date, j) => {
          let day: number;
          try {
            day = dayNumberOfLocalDate(date as LocalDate);
          } catch {
            throw new InvalidCalendarDataError(`${path}.${field}[${j}]`, `"${String(date)}" is not a YYYY-MM-DD date`);
          }
          if (civilFromDayNumber(day).year !== year) {
            throw new InvalidCalendarDataError(`${path}.${field}[${j}]`, `${String(date)} is not in ${year}`);
          }
          return day;
        }),
      );
    };
    const daysOff = days('daysOff');
    const workingDays = days('workingDays');
    for (const day of workingDays) {
      if (daysOff.has(day)) throw new InvalidCalendarDataError(`${path}.workingDays`, `${localDateOfDayNumber(day)} is also a day off`);
    }
    compiled.set(year, { year, daysOff, workingDays });
  });
  return compiled;
}

let statusOfDay: (calendar: WorkingCalendar, dayNumber: number) => DayStatus;

/**
 * Which days are off and which weekend days are worked, in Vietnam, for state agencies. Each year comes from, in
 * order of precedence: the portal's own calendar (`withPortalData`), the published data given to the constructor,
 * or else the computed holidays of Labour Code 2019 art. 112 (`holidaysOf`). Immutable; per-year results are
 * cached inside the instance.
 */
export class WorkingCalendar {
  static {
    statusOfDay = (calendar, dayNumber) => calendar.#statusOf(dayNumber);
  }

  // Not readonly only so that `withPortalData` can fill in the copy it makes; never changed afterwards.
  #official: ReadonlyMap<number, YearData>;
  #portal: ReadonlyMap<number, YearData>;
  #holidayOptions: HolidayOptions;
  readonly #cache = new Map<number, YearStatus>();
  #last: YearStatus | undefined;

  /**
   * @param options - published years, and how computed years lay out Tết and Quốc khánh.
   * @throws InvalidCalendarDataError naming the bad field when the published data is malformed.
   */
  constructor(options: WorkingCalendarOptions = {}) {
    this.#official = compileYears(options.official ?? [], 'official');
    this.#portal = new Map();
    this.#holidayOptions = {
      ...(options.tet?.daysBefore === undefined ? {} : { tetDaysBefore: options.tet.daysBefore }),
      ...(options.tet?.daysAfter === undefined ? {} : { tetDaysAfter: options.tet.daysAfter }),
      ...(options.nationalDayExtra === undefined ? {} : { nationalDayExtra: options.nationalDayExtra }),
    };
    checkHolidayOptions(this.#holidayOptions);
  }

  /**
   * A copy of this calendar in which the portal's own per-year data wins over both the published data and the
   * computation (and over portal data given earlier, year by year).
   * @throws InvalidCalendarDataError naming the bad field (`portal[0].daysOff[3]`) when the data is malformed.
   */
  withPortalData(years: readonly CalendarYear[]): WorkingCalendar {
    const portal = compileYears(years, 'portal');
    const next = new WorkingCalendar();
    next.#official = this.#official;
    next.#holidayOptions = this.#holidayOptions;
    next.#portal = new Map([...this.#portal, ...portal]);
    return next;
  }

  /** Whether a date is a holiday, compensatory day or announced day off (weekends are not "days off" here). */
  isDayOff(date: LocalDate): boolean {
    return this.#statusOf(dayNumberOfLocalDate(date)) === DayStatus.OFF;
  }

  /**
   * Whether a date is a Saturday or Sunday swapped into a working day (it then uses Monday-Friday hours); also
   * true for a weekday that the portal's or the published data lists as a working day.
   */
  isSwappedWorkingDay(date: LocalDate): boolean {
    return this.#statusOf(dayNumberOfLocalDate(date)) === DayStatus.SWAPPED_WORKING;
  }

  /** Where the days of a year come from: `'portal'`, `'official'` (published data) or `'computed'`. */
  sourceOf(year: number): 'portal' | 'official' | 'computed' {
    return this.#portal.has(year) ? 'portal' : this.#official.has(year) ? 'official' : 'computed';
  }

  /**
   * The days off of a year, named, sorted by date. For a year with published or portal data these are its days
   * off (kind `'official'`), named after the computed holiday they fall on or near; otherwise the computed ones.
   */
  daysOffOf(year: number): Holiday[] {
    const data = this.#portal.get(year) ?? this.#official.get(year);
    if (!data) return holidaysOf(year, this.#holidayOptions);
    const computable = year >= LUNAR_MIN_YEAR && year <= LUNAR_MAX_YEAR;
    const computed = (computable ? holidaysOf(year, this.#holidayOptions) : []).map((holiday) => ({ day: dayNumberOfLocalDate(holiday.date), holiday }));
    return [...data.daysOff]
      .sort((a, b) => a - b)
      .map((day) => {
        const nearest = computed.reduce<{ day: number; holiday: Holiday } | undefined>(
          (best, c) => (!best || Math.abs(c.day - day) < Math.abs(best.day - day) ? c : best),
          undefined,
        );
        const date = localDateOfDayNumber(day);
        if (!nearest || Math.abs(nearest.day - day) > 10) return { date, kind: 'official', vi: 'Ngày nghỉ theo lịch công bố', en: 'Announced day off' };
        if (nearest.day === day) return { date, kind: 'official', vi: nearest.holiday.vi, en: nearest.holiday.en };
        const name = nearest.holiday.kind === 'compensatory' ? computed.find((c) => c.holiday.kind === 'holiday' && Math.abs(c.day - day) <= 10)?.holiday ?? nearest.holiday : nearest.holiday;
        return { date, kind: 'official', vi: `Nghỉ dịp ${name.vi}`, en: `Day off for ${name.en}` };
      });
  }

  #statusOf(dayNumber: number): DayStatus {
    const last = this.#last;
    if (last && dayNumber >= last.start && dayNumber - last.start < last.status.length) return last.status[dayNumber - last.start] as DayStatus;
    const entry = this.#yearStatus(civilFromDayNumber(dayNumber).year);
    this.#last = entry;
    return entry.status[dayNumber - entry.start] as DayStatus;
  }

  #yearStatus(year: number): YearStatus {
    const cached = this.#cache.get(year);
    if (cached) return cached;
    const start = dayNumberFromCivil(year, 1, 1);
    const status = new Uint8Array(dayNumberFromCivil(year + 1, 1, 1) - start);
    const data = this.#portal.get(year) ?? this.#official.get(year);
    if (data) {
      for (const day of data.daysOff) status[day - start] = DayStatus.OFF;
      for (const day of data.workingDays) status[day - start] = DayStatus.SWAPPED_WORKING;
    } else {
      for (const holiday of holidaysOf(year, this.#holidayOptions)) status[dayNumberOfLocalDate(holiday.date) - start] = DayStatus.OFF;
    }
    const entry = { start, status };
    this.#cache.set(year, entry);
    return entry;
  }
}

/** What `calendar` says about a day number (internal fast path for the working-time arithmetic). */
export function dayStatusOf(calendar: WorkingCalendar, dayNumber: number): DayStatus {
  return statusOfDay(calendar, dayNumber);
}

/** The calendar in force by default: the computed holidays, overridden by the published data for 2024-2026. */
export const defaultCalendar: WorkingCalendar = /* @__PURE__ */ new WorkingCalendar({ official: officialDates });
