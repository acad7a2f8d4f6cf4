import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addWorkingDays,
  addWorkingMinutes,
  closingTimeOf,
  defaultCalendar,
  defaultOfficeHours,
  defaultSchedule,
  fromVietnamDateTime,
  InvalidCalendarDataError,
  InvalidDurationError,
  isWorkingDay,
  isWorkingMoment,
  nextWorkingDay,
  nextWorkingMoment,
  NoWorkingTimeError,
  saturdayMorningOfficeHours,
  toVietnamDateTime,
  workingMinutesBetween,
  WorkingCalendar,
} from '../../src/calendar/index.js';
import type { WorkSchedule } from '../../src/calendar/index.js';

const at = fromVietnamDateTime;
const show = (instant: number) => {
  const { date, time } = toVietnamDateTime(instant);
  return `${date} ${time}`;
};
const saturdays: WorkSchedule = { calendar: defaultCalendar, officeHours: saturdayMorningOfficeHours };

describe('working days', () => {
  it('follow the announced calendar', () => {
    assert.ok(isWorkingDay('2026-01-10'), 'Saturday 10/1/2026 was worked');
    assert.ok(!isWorkingDay('2026-01-02'), 'Friday 2/1/2026 was swapped off');
    assert.ok(!isWorkingDay('2026-01-11'));
    assert.ok(!isWorkingDay('2026-02-20'));
    assert.ok(isWorkingDay('2026-02-23'));
    assert.ok(!isWorkingDay('2026-04-27'), 'compensatory Monday for Giỗ Tổ on Sunday 26/4/2026');
    assert.ok(isWorkingDay('2025-04-26'));
    assert.ok(!isWorkingDay('2025-05-02'));
    assert.ok(isWorkingDay('2024-05-04'));
  });

  it('step to the next working day', () => {
    assert.equal(nextWorkingDay('2026-02-13'), '2026-02-23'); // after the Tết break
    assert.equal(nextWorkingDay('2026-04-24'), '2026-04-28'); // past the compensatory Monday
    assert.equal(nextWorkingDay('2026-01-09'), '2026-01-10'); // the swapped Saturday
    assert.equal(nextWorkingDay('2025-04-29'), '2025-05-05');
    assert.equal(nextWorkingDay('2026-11-20'), '2026-11-23');
  });

  it('add working days, 0 meaning today if it is a working day', () => {
    assert.equal(addWorkingDays('2026-02-12', 0), '2026-02-12');
    assert.equal(addWorkingDays('2026-02-14', 0), '2026-02-23');
    assert.equal(addWorkingDays('2026-02-12', 2), '2026-02-23');
    assert.equal(addWorkingDays('2026-11-20', 3), '2026-11-25');
    assert.equal(addWorkingDays('2026-11-20', 10), '2026-12-04');
    assert.throws(() => addWorkingDays('2026-11-20', -1), InvalidDurationError);
    assert.throws(() => addWorkingDays('2026-11-20', 0.5), InvalidDurationError);
  });

  it('know agencies that work Saturday mornings', () => {
    assert.ok(isWorkingDay('2026-01-17', saturdays));
    assert.ok(!isWorkingDay('2026-01-17'));
    assert.ok(!isWorkingDay('2026-02-14', saturdays), 'the Tết break covers Saturdays too');
    assert.ok(!isWorkingDay('2026-01-18', saturdays));
    assert.equal(nextWorkingDay('2026-11-20', saturdays), '2026-11-21');
  });
});

describe('office hours', () => {
  it('close at 17:00, at 11:30 on a Saturday morning, and not at all on a day off', () => {
    assert.equal(show(closingTimeOf('2026-11-25')!), '2026-11-25 17:00');
    assert.equal(show(closingTimeOf('2026-11-21', saturdays)!), '2026-11-21 11:30');
    assert.equal(closingTimeOf('2026-11-21'), undefined);
    assert.equal(closingTimeOf('2026-02-17'), undefined);
  });

  it('give a swapped working Saturday the Monday-Friday hours', () => {
    assert.equal(show(closingTimeOf('2026-01-10')!), '2026-01-10 17:00');
    assert.equal(show(closingTimeOf('2026-01-10', saturdays)!), '2026-01-10 17:00');
    assert.ok(isWorkingMoment(at('2026-01-10', '14:00')));
  });

  it('keep a weekday\'s own hours when the portal lists it as a working day', () => {
    const shortFridays: WorkSchedule = {
      calendar: defaultCalendar.withPortalData([{ year: 2027, daysOff: [], workingDays: ['2027-02-05', '2027-02-06'] }]),
      officeHours: { week: { ...defaultOfficeHours.week, 5: [{ start: '07:00', end: '11:30' }] } },
    };
    assert.equal(show(closingTimeOf('2027-02-05', shortFridays)!), '2027-02-05 11:30'); // a Friday, normally a Tết day
    assert.equal(show(closingTimeOf('2027-02-06', shortFridays)!), '2027-02-06 17:00'); // a Saturday: Monday's hours
  });

  it('are half-open intervals', () => {
    assert.ok(isWorkingMoment(at('2026-11-25', '07:00')));
    assert.ok(isWorkingMoment(at('2026-11-25', '11:29')));
    assert.ok(!isWorkingMoment(at('2026-11-25', '11:30')));
    assert.ok(!isWorkingMoment(at('2026-11-25', '12:00')));
    assert.ok(isWorkingMoment(at('2026-11-25', '13:30')));
    assert.ok(!isWorkingMoment(at('2026-11-25', '17:00')));
    assert.ok(!isWorkingMoment(at('2026-11-25', '06:59')));
  });

  it('reject bad office hours with the path of the bad field', () => {
    const bad = (week: unknown, path: string) =>
      assert.throws(
        () => isWorkingDay('2026-11-25', { calendar: defaultCalendar, officeHours: { week } as never }),
        (e: unknown) => e instanceof InvalidCalendarDataError && e.path === path,
        path,
      );
    bad({ 1: [{ start: '11:00', end: '07:00' }] }, 'week.1[0].end');
    bad({ 2: [{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }] }, 'week.2[1].start');
    bad({ 3: [{ start: '7 giờ', end: '11:00' }] }, 'week.3[0].start');
    bad({ 4: [{ start: '07:00' }] }, 'week.4[0].end');
    bad({ 5: 'all day' }, 'week.5');
    bad({}, 'week');
  });
});

describe('working time', () => {
  it('starts at the next office interval', () => {
    assert.equal(show(nextWorkingMoment(at('2026-11-25', '10:00'))), '2026-11-25 10:00');
    assert.equal(show(nextWorkingMoment(at('2026-11-25', '05:00'))), '2026-11-25 07:00');
    assert.equal(show(nextWorkingMoment(at('2026-11-25', '11:30'))), '2026-11-25 13:30');
    assert.equal(show(nextWorkingMoment(at('2026-02-13', '17:00'))), '2026-02-23 07:00');
    assert.equal(show(nextWorkingMoment(at('2026-01-09', '17:30'))), '2026-01-10 07:00');
    assert.equal(show(nextWorkingMoment(at('2026-11-21', '11:45'), saturdays)), '2026-11-23 07:00');
    assert.equal(nextWorkingMoment(at('2026-11-25', '10:00') + 1234), at('2026-11-25', '10:00') + 1234);
  });

  it('adds working minutes over lunch, nights, weekends and holidays', () => {
    assert.equal(show(addWorkingMinutes(at('2026-11-25', '11:00'), 30)), '2026-11-25 11:30');
    assert.equal(show(addWorkingMinutes(at('2026-11-25', '11:00'), 31)), '2026-11-25 13:31');
    assert.equal(show(addWorkingMinutes(at('2026-11-25', '07:00'), 480)), '2026-11-25 17:00');
    assert.equal(show(addWorkingMinutes(at('2026-11-25', '07:00'), 481)), '2026-11-26 07:01');
    assert.equal(show(addWorkingMinutes(at('2026-02-12', '16:00'), 120)), '2026-02-13 08:00');
    assert.equal(show(addWorkingMinutes(at('2026-02-13', '16:00'), 120)), '2026-02-23 08:00');
    assert.equal(show(addWorkingMinutes(at('2026-01-09', '16:30'), 60)), '2026-01-10 07:30');
    assert.equal(show(addWorkingMinutes(at('2026-11-21', '11:00'), 60, saturdays)), '2026-11-23 07:30');
    assert.equal(show(addWorkingMinutes(at('2026-11-21', '09:00'), 0)), '2026-11-23 07:00');
    assert.equal(show(addWorkingMinutes(at('2026-11-25', '08:00'), 8 * 60 * 5)), '2026-12-02 08:00');
  });

  it('refuses negative or non-finite durations', () => {
    for (const minutes of [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => addWorkingMinutes(at('2026-11-25', '08:00'), minutes), (e: unknown) => e instanceof InvalidDurationError && Object.is(e.amount, minutes) && e.unit === 'minutes');
    }
  });

  it('counts working minutes between two moments', () => {
    assert.equal(workingMinutesBetween(at('2026-11-23', '07:00'), at('2026-11-23', '17:00')), 480);
    assert.equal(workingMinutesBetween(at('2026-11-23'), at('2026-11-30')), 2400);
    assert.equal(workingMinutesBetween(at('2026-11-23'), at('2026-11-30'), saturdays), 2400 + 270);
    assert.equal(workingMinutesBetween(at('2026-02-13', '07:00'), at('2026-02-23', '07:00')), 480);
    assert.equal(workingMinutesBetween(at('2026-11-23', '17:00'), at('2026-11-23', '07:00')), -480);
    assert.equal(workingMinutesBetween(at('2026-11-23', '12:00'), at('2026-11-23', '13:00')), 0);
    assert.equal(workingMinutesBetween(at('2026-11-23', '08:00'), at('2026-11-23', '08:00') + 30_000), 0.5);
  });

  it('gives up with a typed error when a schedule never works', () => {
    const everyDay: string[][] = [[], [], []];
    for (let date = '2030-01-01'; date < '2033-01-01'; date = addDays(date, 1)) everyDay[Number(date.slice(0, 4)) - 2030]!.push(date);
    const closed: WorkSchedule = {
      calendar: new WorkingCalendar({ official: everyDay.map((daysOff, i) => ({ year: 2030 + i, daysOff, workingDays: [] })) }),
      officeHours: defaultOfficeHours,
    };
    assert.throws(() => nextWorkingDay('2030-01-01', closed), NoWorkingTimeError);
    assert.throws(() => addWorkingMinutes(at('2030-01-01', '08:00'), 10, closed), NoWorkingTimeError);
    assert.equal(defaultSchedule.officeHours, defaultOfficeHours);
  });
});
