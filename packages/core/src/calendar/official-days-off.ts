import type { CalendarYear } from './time-types.js';

/** A year as the government announced it. */
export type OfficialCalendarYear = CalendarYear;

/**
 * The days off and swapped working days as the government announced them for state agencies (cán bộ, công chức,
 * viên chức), per year; `officialDaysOff` gives them with the notice each comes from. Each year is complete: when a
 * year is here, it replaces the computed holidays for that year. Breaks are listed whole, weekends included, so that an agency working on Saturday mornings is off too.
 * Document numbers are not recorded here because we could not check them against the originals; the dates are
 * those widely published at the time. Check a new year against the notice of the Ministry of Home Affairs (Bộ Nội
 * vụ; Bộ Lao động - Thương binh và Xã hội until 2025) before adding it.
 */
export const officialDates: readonly OfficialCalendarYear[] = [
  {
    year: 2024,
    daysOff: [
      '2024-01-01',
      '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14',
      '2024-04-18',
      '2024-04-27', '2024-04-28', '2024-04-29', '2024-04-30', '2024-05-01',
      '2024-08-31', '2024-09-01', '2024-09-02', '2024-09-03',
    ],
    workingDays: ['2024-05-04'],
  },
  {
    year: 2025,
    daysOff: [
      '2025-01-01',
      '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02',
      '2025-04-07',
      '2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04',
      '2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02',
    ],
    workingDays: ['2025-04-26'],
  },
  {
    year: 2026,
    daysOff: [
      '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04',
      '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
      '2026-04-26', '2026-04-27',
      '2026-04-30', '2026-05-01',
      '2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02',
    ],
    workingDays: ['2026-01-10', '2026-08-22'],
  },
];

/**
 * Where each year's dates come from, for people checking them (the admin console and the server show it). Apart from
 * the dates so that a page that only counts days does not download them.
 */
const officialSources: Readonly<Record<number, string>> = {
  2024:
    'Announced by the Ministry of Labour (Bộ LĐ-TB&XH) in December 2023 for Tết Dương lịch, Tết Nguyên đán (8/2-14/2) and ' +
    'Quốc khánh (31/8-3/9); swap approved by the Prime Minister in April 2024: Monday 29/4 off, Saturday 4/5 worked.',
  2025:
    'Announced by the Ministry of Labour (Bộ LĐ-TB&XH) for 2025: Tết Nguyên đán 25/1-2/2 (9 days); Giỗ Tổ Monday 7/4; ' +
    '30/4-1/5 off 30/4-4/5 with Friday 2/5 swapped for Saturday 26/4 (Prime Minister\'s approval, April 2025); ' +
    'Quốc khánh 30/8-2/9 (Monday 1/9 and Tuesday 2/9 off, 80th anniversary).',
  2026:
    'Announced by the Ministry of Home Affairs (Bộ Nội vụ) for 2026: Tết Dương lịch 1/1-4/1 with Friday 2/1 swapped for ' +
    'Saturday 10/1; Tết Nguyên đán 14/2-22/2 (9 days); Giỗ Tổ Sunday 26/4 with compensatory Monday 27/4; 30/4 and 1/5 ' +
    '(Thursday, Friday). Quốc khánh per Thông báo 9441/TB-BNV ngày 16/10/2025: Saturday 29/8 to Wednesday 2/9 off ' +
    '(Monday 31/8 off, Saturday 22/8 worked in exchange).',
};

/** The announced years with the notice each comes from (`source`). */
export const officialDaysOff: readonly OfficialCalendarYear[] = /* @__PURE__ */ officialDates.map((year) => ({ ...year, source: officialSources[year.year] ?? '' }));
