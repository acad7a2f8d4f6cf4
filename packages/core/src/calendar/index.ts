export type { LocalDate, LocalTime, Instant, CalendarYear, CalendarYearStatus } from './time-types.js';
export {
  CalendarError,
  InvalidDateError,
  InvalidTimeError,
  NonexistentLunarDateError,
  InvalidDurationError,
  InvalidCalendarDataError,
  NoWorkingTimeError,
} from './errors.js';
export type { Weekday, VietnamDateTime } from './vietnam-time.js';
export {
  toVietnamDateTime,
  fromVietnamDateTime,
  vietnamDateOf,
  weekdayOf,
  addDays,
  parseLocalDate,
  parseLocalTime,
  VIETNAM_OFFSET_MS,
} from './vietnam-time.js';
export type { LunarDate } from './lunar.js';
export { solarToLunar, lunarToSolar, leapMonthOf, LUNAR_MIN_YEAR, LUNAR_MAX_YEAR } from './lunar.js';
export type { Holiday, HolidayOptions } from './holidays.js';
export { holidaysOf } from './holidays.js';
export type { OfficialCalendarYear } from './official-days-off.js';
export { officialDaysOff } from './official-days-off.js';
export { type BuiltInCalendarYear, builtInCalendarYear } from './built-in-year.js';
export type { WorkingCalendarOptions } from './working-calendar.js';
export { WorkingCalendar, defaultCalendar } from './working-calendar.js';
export type { WorkSchedule } from './office-hours.js';
export { defaultOfficeHours, saturdayMorningOfficeHours, defaultSchedule } from './office-hours.js';
export {
  isWorkingDay,
  nextWorkingDay,
  addWorkingDays,
  isWorkingMoment,
  nextWorkingMoment,
  addWorkingMinutes,
  workingMinutesBetween,
  closingTimeOf,
} from './working-time.js';
