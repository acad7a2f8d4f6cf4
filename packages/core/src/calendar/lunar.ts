import { civilFromDayNumber, dayNumberFromCivil, dayNumberOfLocalDate, localDateOfDayNumber } from './day-number.js';
import { InvalidDateError, NonexistentLunarDateError } from './errors.js';
import type { LocalDate } from './time-types.js';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7 with Hồ Ngọc Đức's algorithm:
 * new moons from Meeus' series, the sun's longitude for the major solar terms (trung khí), month 11 is the one
 * holding the winter solstice, and in a 13-month year the first month without a major term is the leap month.
 * Because Vietnam's midnight is one hour before China's, some years differ from the Chinese calendar
 * (Tết 1985, 2007, 2030…). Dates before 1968 are computed for UTC+7 as well (proleptically), although North
 * Vietnam used UTC+8 for its calendar until then.
 */

/** A date of the Vietnamese lunar calendar. `year` is the Gregorian year in which that lunar year's Tết falls. */
export interface LunarDate {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  /** 1-30. */
  readonly day: number;
  /** Whether the month is the leap (nhuận) month that repeats `month`. */
  readonly leap: boolean;
}

/** First and last Gregorian years the lunar calendar is computed for (Meeus' series stay accurate well beyond). */
export const LUNAR_MIN_YEAR = 1800;
/** @see LUNAR_MIN_YEAR */
export const LUNAR_MAX_YEAR = 2299;

const TIME_ZONE = 7;
const JULIAN_DAY_OF_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
const K_EPOCH = 2415021.076998695;
const DEG = Math.PI / 180;

/** Julian day of the k-th new moon after 1900-01-01 (Meeus, "Astronomical Algorithms", ch. 49, short series). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c = (0.1734 - 0.000393 * t) * Math.sin(m * DEG) + 0.0021 * Math.sin(2 * DEG * m);
  c = c - 0.4068 * Math.sin(mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * mpr);
  c -= 0.0004 * Math.sin(DEG * 3 * mpr);
  c = c + 0.0104 * Math.sin(DEG * 2 * f) - 0.0051 * Math.sin(DEG * (m + mpr));
  c = c - 0.0074 * Math.sin(DEG * (m - mpr)) + 0.0004 * Math.sin(DEG * (2 * f + m));
  c = c - 0.0004 * Math.sin(DEG * (2 * f - m)) - 0.0006 * Math.sin(DEG * (2 * f + mpr));
  c = c + 0.001 * Math.sin(DEG * (2 * f - mpr)) + 0.0005 * Math.sin(DEG * (2 * mpr + m));
  // ΔT (TT - UT) in days; Hồ Ngọc Đức's polynomial for years after about 800 (t >= -11), all we compute.
  const deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** The sun's apparent longitude in radians, [0, 2π), at a Julian day (Meeus ch. 25, low accuracy). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEG * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DEG * 2 * m) + 0.00029 * Math.sin(DEG * 3 * m);
  const l = (l0 + dl) * DEG;
  return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
}

/** Which 30° sector (0-11) the sun is in at the start (00:00 UTC+7) of a Julian day number. */
function sunSector(julianDay: number): number {
  return Math.floor((sunLongitude(julianDay - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** Julian day number of the day (UTC+7) of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Julian day number of the first day of lunar month 11 that starts in or before December of `year`. */
function month11(year: number): number {
  const offset = dayNumberFromCivil(year, 12, 31) + JULIAN_DAY_OF_EPOCH - 2415021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const day = newMoonDay(k);
  return sunSector(day) >= 9 ? newMoonDay(k - 1) : day;
}

interface LunarMonth {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  /** Day number (days since 1970-01-01) of its first day. */
  readonly start: number;
  readonly length: number;
}

/** The lunar months from month 11 of `year - 1` up to (not including) month 11 of `year`, keyed by `year`. */
const windows = new Map<number, readonly LunarMonth[]>();

function monthsOfWindow(year: number): readonly LunarMonth[] {
  const cached = windows.get(year);
  if (cached) return cached;
  const from = month11(year - 1);
  const to = month11(year);
  const k0 = Math.floor((from - K_EPOCH) / SYNODIC_MONTH + 0.5);
  const count = Math.round((to - from) / SYNODIC_MONTH);
  const starts: number[] = [];
  for (let i = 0; i < count; i++) starts.push(i === 0 ? from : newMoonDay(k0 + i));
  starts.push(to);
  let leapOffset = -1;
  if (count === 13) {
    for (let i = 1; i < 13; i++) {
      if (sunSector(starts[i] as number) === sunSector(starts[i + 1] as number)) {
        leapOffset = i;
        break;
      }
    }
  }
  const months: LunarMonth[] = [];
  for (let i = 0; i < count; i++) {
    const shifted = leapOffset !== -1 && i >= leapOffset ? i - 1 : i;
    const month = ((10 + shifted) % 12) + 1;
    const start = starts[i] as number;
    months.push({
      year: month >= 11 && i < 4 ? year - 1 : year,
      month,
      leap: i === leapOffset,
      start: start - JULIAN_DAY_OF_EPOCH,
      length: (starts[i + 1] as number) - start,
    });
  }
  windows.set(year, months);
  return months;
}

function checkRange(year: number, input: unknown): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new InvalidDateError(input, `the lunar calendar is computed for years ${LUNAR_MIN_YEAR}-${LUNAR_MAX_YEAR}`);
  }
}

/** The lunar date of a day number; see `solarToLunar`. */
export function lunarOfDayNumber(dayNumber: number): LunarDate {
  const { year } = civilFromDayNumber(dayNumber);
  checkRange(year, localDateOfDayNumber(dayNumber));
  let months = monthsOfWindow(year + 1);
  if ((months[0] as LunarMonth).start > dayNumber) months = monthsOfWindow(year);
  for (let i = months.length - 1; i >= 0; i--) {
    const month = months[i] as LunarMonth;
    if (month.start <= dayNumber) return { year: month.year, month: month.month, day: dayNumber - month.start + 1, leap: month.leap };
  }
  throw new InvalidDateError(localDateOfDayNumber(dayNumber), 'no lunar month found');
}

/**
 * The Vietnamese lunar date of a Gregorian date.
 * @throws InvalidDateError for an invalid date or one outside 1800-2299.
 */
export function solarToLunar(date: LocalDate): LunarDate {
  return lunarOfDayNumber(dayNumberOfLocalDate(date));
}

/** Day number of a lunar date; see `lunarToSolar`. */
export function dayNumberOfLunar(lunar: LunarDate): number {
  const { year, month, day, leap } = lunar;
  checkRange(year, `${day}/${month}/${year} (lunar)`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new NonexistentLunarDateError(lunar, 'months are 1-12');
  const months = monthsOfWindow(month >= 11 ? year + 1 : year);
  const found = months.find((m) => m.year === year && m.month === month && m.leap === leap);
  if (!found) throw new NonexistentLunarDateError(lunar, `lunar year ${year} has no leap month ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > found.length) {
    throw new NonexistentLunarDateError(lunar, `that month has ${found.length} days`);
  }
  return found.start + day - 1;
}

/**
 * The Gregorian date of a Vietnamese lunar date.
 * @throws NonexistentLunarDateError for a lunar date that does not exist (a leap month the year does not have,
 *   day 30 of a 29-day month, month 13…); InvalidDateError for a year outside 1800-2299.
 */
export function lunarToSolar(lunar: LunarDate): LocalDate {
  return localDateOfDayNumber(dayNumberOfLunar(lunar));
}

/** The leap month (1-12) of a lunar year, or `undefined` when the year has twelve months. */
export function leapMonthOf(year: number): number | undefined {
  checkRange(year, year);
  const months = [...monthsOfWindow(year), ...monthsOfWindow(year + 1)];
  return months.find((m) => m.year === year && m.leap)?.month;
}
