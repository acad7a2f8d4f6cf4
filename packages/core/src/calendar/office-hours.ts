import type { OfficeHours } from '../catalog/model.js';
import { InvalidCalendarDataError } from './errors.js';
import type { InvalidTimeError } from './errors.js';
import { minuteOfLocalTime } from './vietnam-time.js';
import { defaultCalendar } from './working-calendar.js';
import type { WorkingCalendar } from './working-calendar.js';

const MORNING = { start: '07:00', end: '11:30' } as const;
const AFTERNOON = { start: '13:30', end: '17:00' } as const;
const WEEKDAY = /* @__PURE__ */ Object.freeze([MORNING, AFTERNOON]);

/** Office hours of state agencies by default: Monday to Friday, 07:00-11:30 and 13:30-17:00. */
export const defaultOfficeHours: OfficeHours = /* @__PURE__ */ Object.freeze({
  week: Object.freeze({ 1: WEEKDAY, 2: WEEKDAY, 3: WEEKDAY, 4: WEEKDAY, 5: WEEKDAY }),
});

/** The default office hours plus Saturday morning 07:00-11:30, as some one-stop counters work. */
export const saturdayMorningOfficeHours: OfficeHours = /* @__PURE__ */ Object.freeze({
  week: Object.freeze({ ...defaultOfficeHours.week, 6: Object.freeze([MORNING]) }),
});

/** Where an agency's working time comes from: the days (calendar) and the hours (office hours). */
export interface WorkSchedule {
  readonly calendar: WorkingCalendar;
  readonly officeHours: OfficeHours;
}

/** The default calendar with the default office hours. */
export const defaultSchedule: WorkSchedule = /* @__PURE__ */ Object.freeze({ calendar: defaultCalendar, officeHours: defaultOfficeHours });

/** Office hours as minute offsets: per weekday (index 1-7) a flat list `[start, end, start, end…]`. */
export interface CompiledOfficeHours {
  readonly byWeekday: readonly (readonly number[])[];
  /** The intervals of a swapped weekend working day: Monday's, or the first weekday (Monday-Friday) that has hours. */
  readonly swapped: readonly number[];
}

type Interval = { readonly start?: unknown; readonly end?: unknown } | undefined;

function isIntervalList(value: unknown): value is readonly Interval[] {
  return Array.isArray(value);
}

const compiled = new WeakMap<OfficeHours, CompiledOfficeHours>();
const NONE: readonly number[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Checks and compiles office hours (cached per object: treat `OfficeHours` as immutable once used).
 * @throws InvalidCalendarDataError naming the bad field (`week.1[0].end`) for a bad time, an empty or reversed
 *   interval, overlapping intervals, or a week without any working time.
 */
export function compileOfficeHours(hours: OfficeHours): CompiledOfficeHours {
  const cached = compiled.get(hours);
  if (cached) return cached;
  const byWeekday: (readonly number[])[] = [NONE];
  for (let weekday = 1 as 1 | 2 | 3 | 4 | 5 | 6 | 7; weekday <= 7; weekday++) {
    const intervals: unknown = hours?.week?.[weekday];
    if (intervals === undefined) {
      byWeekday.push(NONE);
      continue;
    }
    if (!isIntervalList(intervals)) throw new InvalidCalendarDataError(`week.${weekday}`, 'expected a list of {start, end} intervals');
    const flat: number[] = [];
    intervals.forEach((interval, i) => {
      const minute = (field: 'start' | 'end') => {
        try {
          return minuteOfLocalTime(interval?.[field] as string);
        } catch (error) {
          throw new InvalidCalendarDataError(`week.${weekday}[${i}].${field}`, (error as InvalidTimeError).message);
        }
      };
      const start = minute('start');
      const end = minute('end');
      if (end <= start) throw new InvalidCalendarDataError(`week.${weekday}[${i}].end`, 'must be after start');
      if (flat.length > 0 && start < (flat[flat.length - 1] as number)) {
        throw new InvalidCalendarDataError(`week.${weekday}[${i}].start`, 'intervals must be in order and must not overlap');
      }
      flat.push(start, end);
    });
    byWeekday.push(Object.freeze(flat));
  }
  const swapped = [1, 2, 3, 4, 5].map((weekday) => byWeekday[weekday] as readonly number[]).find((list) => list.length > 0);
  if (!swapped && byWeekday.every((list) => list.length === 0)) throw new InvalidCalendarDataError('week', 'no working time on any weekday');
  const result = { byWeekday, swapped: swapped ?? NONE };
  compiled.set(hours, result);
  return result;
}
