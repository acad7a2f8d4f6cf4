import { officialDaysOff } from './official-days-off.js';
import type { CalendarYear } from './time-types.js';
import { addDays } from './vietnam-time.js';
import { defaultCalendar } from './working-calendar.js';

/** What a portal serves for a year nobody published: the built-in official data, or the computed days. */
export type BuiltInCalendarYear = CalendarYear & { readonly status: 'official' | 'computed'; readonly source: string };

const computedSource =
  'Tính theo Bộ luật Lao động 2019, Điều 112 (chưa có thông báo chính thức). / Computed from the Labour Code 2019, art. 112 (no announcement yet).';

/**
 * The days off and swapped working days of a year without published data: the announced days built into the
 * plugin (`officialDaysOff`, status `official`), else the days the Labour Code's rules give (art. 112) on the
 * Vietnamese lunar calendar (status `computed`: provisional until the government announces the year).
 */
export function builtInCalendarYear(year: number): BuiltInCalendarYear {
  const official = officialDaysOff.find((entry) => entry.year === year);
  if (official) {
    return { year, daysOff: [...official.daysOff], workingDays: [...official.workingDays], status: 'official', source: official.source ?? '' };
  }
  const workingDays: string[] = [];
  const first = `${String(year).padStart(4, '0')}-01-01`;
  for (let date = first; date.startsWith(first.slice(0, 4)); date = addDays(date, 1)) {
    if (defaultCalendar.isSwappedWorkingDay(date)) workingDays.push(date);
  }
  return { year, daysOff: defaultCalendar.daysOffOf(year).map((holiday) => holiday.date), workingDays, status: 'computed', source: computedSource };
}
