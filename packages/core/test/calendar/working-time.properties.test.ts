import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  addWorkingMinutes,
  closingTimeOf,
  defaultCalendar,
  defaultSchedule,
  fromVietnamDateTime,
  isWorkingDay,
  isWorkingMoment,
  nextWorkingDay,
  nextWorkingMoment,
  saturdayMorningOfficeHours,
  workingMinutesBetween,
} from '../../src/calendar/index.js';
import type { WorkSchedule } from '../../src/calendar/index.js';

const schedules: readonly [string, WorkSchedule][] = [
  ['Monday-Friday', defaultSchedule],
  ['with Saturday mornings', { calendar: defaultCalendar, officeHours: saturdayMorningOfficeHours }],
];
// 2023-2028: announced years, computed years, and their boundaries. Any millisecond, not only whole minutes.
const instant = fc.integer({ min: fromVietnamDateTime('2023-06-01'), max: fromVietnamDateTime('2028-06-01') });
const minutes = fc.integer({ min: 0, max: 20 * 480 });
const date = fc.integer({ min: 0, max: 1800 }).map((offset) => addDays('2023-06-01', offset));

for (const [label, schedule] of schedules) {
  describe(`working-time arithmetic (${label}), properties`, () => {
    it('nextWorkingMoment is a working moment, not before the start, with no working time in between', () => {
      fc.assert(
        fc.property(instant, (a) => {
          const next = nextWorkingMoment(a, schedule);
          assert.ok(next >= a);
          assert.ok(isWorkingMoment(next, schedule));
          assert.equal(workingMinutesBetween(a, next, schedule), 0);
          if (isWorkingMoment(a, schedule)) assert.equal(next, a);
        }),
      );
    });

    it('adding 0 minutes gives the next working moment; adding more ends inside (start, end] of an interval', () => {
      fc.assert(
        fc.property(instant, minutes, (a, m) => {
          const end = addWorkingMinutes(a, m, schedule);
          if (m === 0) assert.equal(end, nextWorkingMoment(a, schedule));
          else assert.ok(isWorkingMoment(end - 1, schedule), 'the millisecond before the result is working time');
        }),
      );
    });

    it('workingMinutesBetween(a, addWorkingMinutes(a, m)) is m', () => {
      fc.assert(
        fc.property(instant, minutes, (a, m) => {
          assert.equal(workingMinutesBetween(a, addWorkingMinutes(a, m, schedule), schedule), m);
        }),
      );
    });

    it('adding is monotonic in the start and in the duration', () => {
      fc.assert(
        fc.property(instant, instant, minutes, minutes, (a, b, m, n) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const [short, long] = m <= n ? [m, n] : [n, m];
          assert.ok(addWorkingMinutes(early, m, schedule) <= addWorkingMinutes(late, m, schedule));
          assert.ok(addWorkingMinutes(a, short, schedule) <= addWorkingMinutes(a, long, schedule));
        }),
      );
    });

    it('adding in two steps is adding once', () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), (a, m, n) => {
          assert.equal(addWorkingMinutes(addWorkingMinutes(a, m, schedule), n, schedule), addWorkingMinutes(a, m + n, schedule));
        }),
      );
    });

    it('working minutes add up over consecutive spans and never exceed the elapsed time', () => {
      fc.assert(
        fc.property(instant, instant, instant, (x, y, z) => {
          const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
          const ab = workingMinutesBetween(a, b, schedule);
          assert.ok(ab >= 0 && ab <= (b - a) / 60_000);
          // Compared in milliseconds: minutes with fractions do not add exactly in floating point.
          const ms = (from: number, to: number) => Math.round(workingMinutesBetween(from, to, schedule) * 60_000);
          assert.equal(ms(a, b) + ms(b, c), ms(a, c));
          assert.equal(workingMinutesBetween(b, a, schedule), 0 - ab);
        }),
      );
    });

    it('working days: addWorkingDays steps through nextWorkingDay, and working days close', () => {
      fc.assert(
        fc.property(date, fc.integer({ min: 0, max: 30 }), (d, n) => {
          const result = addWorkingDays(d, n, schedule);
          assert.ok(isWorkingDay(result, schedule));
          assert.ok(result >= d);
          assert.equal(addWorkingDays(d, n + 1, schedule), nextWorkingDay(result, schedule));
          assert.equal(closingTimeOf(d, schedule) === undefined, !isWorkingDay(d, schedule));
        }),
      );
    });
  });
}
