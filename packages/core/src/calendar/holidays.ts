import { dayNumberFromCivil, localDateOfDayNumber, weekdayOfDayNumber } from './day-number.js';
import { InvalidDurationError } from './errors.js';
import { dayNumberOfLunar } from './lunar.js';
import type { LocalDate } from './time-types.js';

/** A day off in the public calendar, with its name in Vietnamese and English. */
export interface Holiday {
  readonly date: LocalDate;
  /**
   * `holiday`: a public holiday of Labour Code 2019 art. 112; `compensatory`: the working day given back for a
   * holiday that fell on a weekly rest day (art. 111(3)); `official`: a day off from the government's published
   * calendar for the year (or the portal's), including bridge days.
   */
  readonly kind: 'holiday' | 'compensatory' | 'official';
  readonly vi: string;
  readonly en: string;
}

/** How the computed public holidays are laid out; every field is optional. */
export interface HolidayOptions {
  /** Tết days before lunar 1/1 (the last day or days of the lunar year). Default 1. */
  readonly tetDaysBefore?: number;
  /** Tết days after lunar 1/1 (1/1 itself not counted). Default 3, so 5 days in all, as art. 112 grants. */
  readonly tetDaysAfter?: number;
  /**
   * The day joined to Quốc khánh 2/9 (art. 112(1)(đ): "02/9 and one adjacent day before or after"); the
   * government picks it each year. Default `'before'` (1/9), which official or portal data overrides.
   */
  readonly nationalDayExtra?: 'before' | 'after';
}

function wholeDays(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 15) {
    throw new InvalidDurationError(value, 'days', `${field} must be a whole number of days, 0-15`);
  }
  return value;
}

/**
 * Checks holiday options without computing anything.
 * @throws InvalidDurationError for Tết days that are not whole numbers 0-15.
 */
export function checkHolidayOptions(options: HolidayOptions): void {
  wholeDays(options.tetDaysBefore ?? 1, 'tetDaysBefore');
  wholeDays(options.tetDaysAfter ?? 3, 'tetDaysAfter');
}

const TET = { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' };

/**
 * The public holidays of Labour Code 2019 art. 112 for one Gregorian year, computed (not the government's
 * announced schedule, which `WorkingCalendar` applies on top): Tết Dương lịch 1/1; Tết Nguyên đán (by default
 * the last day of the lunar year through lunar 4/1); Giỗ Tổ Hùng Vương 10/3 lunar; Ngày Chiến thắng 30/4; Quốc tế
 * Lao động 1/5; Quốc khánh 2/9 and one adjacent day; and, for each holiday on a Saturday or Sunday, a compensatory
 * day on the next working day (art. 111(3)). Sorted by date.
 * @throws InvalidDurationError for Tết options that are not whole days 0-15; InvalidDateError outside 1800-2299.
 */
export function holidaysOf(year: number, options: HolidayOptions = {}): Holiday[] {
  const before = wholeDays(options.tetDaysBefore ?? 1, 'tetDaysBefore');
  const after = wholeDays(options.tetDaysAfter ?? 3, 'tetDaysAfter');
  const holidays = new Map<number, { vi: string; en: string }>();
  const add = (day: number, name: { vi: string; en: string }) => holidays.set(day, name);

  add(dayNumberFromCivil(year, 1, 1), { vi: 'Tết Dương lịch', en: "New Year's Day" });
  const tet = dayNumberOfLunar({ year, month: 1, day: 1, leap: false });
  for (let d = tet - before; d <= tet + after; d++) add(d, TET);
  add(dayNumberOfLunar({ year, month: 3, day: 10, leap: false }), { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hung Kings Commemoration Day' });
  add(dayNumberFromCivil(year, 4, 30), { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day' });
  add(dayNumberFromCivil(year, 5, 1), { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day' });
  const nationalDay = dayNumberFromCivil(year, 9, 2);
  const nationalName = { vi: 'Quốc khánh (2/9)', en: 'National Day' };
  add(nationalDay, nationalName);
  add(nationalDay + ((options.nationalDayExtra ?? 'before') === 'before' ? -1 : 1), nationalName);

  const result: Holiday[] = [];
  const taken = new Set(holidays.keys());
  const isRestDay = (day: number) => weekdayOfDayNumber(day) >= 6;
  for (const day of [...holidays.keys()].sort((a, b) => a - b)) {
    const name = holidays.get(day) as { vi: string; en: string };
    result.push({ date: localDateOfDayNumber(day), kind: 'holiday', ...name });
    if (!isRestDay(day)) continue;
    let compensatory = day + 1;
    while (isRestDay(compensatory) || taken.has(compensatory)) compensatory++;
    taken.add(compensatory);
    result.push({ date: localDateOfDayNumber(compensatory), kind: 'compensatory', vi: `Nghỉ bù ${name.vi}`, en: `${name.en} (compensatory day off)` });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
