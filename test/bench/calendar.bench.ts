// Calls per second of the calendar's hot paths. Figures only, no assertions.
import { performance } from 'node:perf_hooks';
import {
  addDays,
  addWorkingMinutes,
  fromVietnamDateTime,
  isWorkingDay,
  lunarToSolar,
  solarToLunar,
  WorkingCalendar,
  workingMinutesBetween,
  officialDaysOff,
} from '@cqtt/core';
import { reportFigure } from './figures.js';

/** Results are kept here so that the engine cannot drop the calls as unused. */
const results: unknown[] = [];

function bench(name: string, inputs: readonly unknown[], run: (input: never) => unknown): void {
  for (const input of inputs) results[0] = run(input as never);
  const started = performance.now();
  let calls = 0;
  while (performance.now() - started < 1000) {
    for (const input of inputs) results[0] = run(input as never);
    calls += inputs.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${name.padEnd(58)} ${Math.round(calls / seconds).toLocaleString('en-US').padStart(12)} calls/s`);
  reportFigure(name, Math.round(calls / seconds), 'calls/s');
}

const dates = Array.from({ length: 10_000 }, (_, i) => addDays('1900-01-01', (i * 10957) % 109_572));
const recentDates = Array.from({ length: 10_000 }, (_, i) => addDays('2024-01-01', (i * 7) % 1461));
const instants = recentDates.map((date, i) => fromVietnamDateTime(date, `${String(6 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`));

const coldStarted = performance.now();
const fresh = new WorkingCalendar({ official: officialDaysOff });
fresh.isDayOff('2027-06-01');
const cold = performance.now() - coldStarted;
console.log(`${'first use of a computed year (holidays + lunar, cold)'.padEnd(58)} ${cold.toFixed(2).padStart(12)} ms`);
reportFigure('first use of a computed year (holidays + lunar, cold)', cold, 'ms');

bench('solarToLunar (1900-2199, spread)', dates, (date: string) => solarToLunar(date));
bench('lunarToSolar (1900-2199, spread)', dates.map((date) => solarToLunar(date)), (lunar: Parameters<typeof lunarToSolar>[0]) => lunarToSolar(lunar));
bench('isWorkingDay (2024-2027, default schedule)', recentDates, (date: string) => isWorkingDay(date));
bench('addWorkingMinutes 90 min (2024-2027)', instants, (instant: number) => addWorkingMinutes(instant, 90));
bench('addWorkingMinutes 5 working days (2024-2027)', instants, (instant: number) => addWorkingMinutes(instant, 2400));
bench('workingMinutesBetween over a week (2024-2027)', instants, (instant: number) => workingMinutesBetween(instant, instant + 7 * 86_400_000));
