import { addDays, defaultCalendar, officialDaysOff, type CalendarYear } from '@cqtt/core';

/**
 * The days off and swapped working days of a year: the published data when there is some, else the days the
 * Labour Code's rules give (art. 112), computed on the Vietnamese lunar calendar.
 */
export function calendarYearOf(year: number): CalendarYear {
  const published = officialDaysOff.find((entry) => entry.year === year);
  if (published) {
    return {
      year,
      daysOff: [...published.daysOff],
      workingDays: [...published.workingDays],
      ...(published.source !== undefined && { source: published.source }),
    };
  }
  const workingDays: string[] = [];
  const first = `${String(year).padStart(4, '0')}-01-01`;
  for (let date = first; date.startsWith(first.slice(0, 4)); date = addDays(date, 1)) {
    if (defaultCalendar.isSwappedWorkingDay(date)) workingDays.push(date);
  }
  return {
    year,
    daysOff: defaultCalendar.daysOffOf(year).map((holiday) => holiday.date),
    workingDays,
    source: 'Tính theo Bộ luật Lao động 2019, Điều 112 (chưa có thông báo chính thức). / Computed from the Labour Code 2019, art. 112 (no announcement yet).',
  };
}
