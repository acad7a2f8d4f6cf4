import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  appointmentDate,
  closingTimeOf,
  defaultCalendar,
  nextWorkingDay,
  nextWorkingMoment,
  RuleError,
  saturdayMorningOfficeHours,
  vietnamDateOf,
  weekdayOf,
  type Procedure,
  type TimeLimit,
} from '@cqtt/core';
import { assertThrows, sameDayProcedure as sameDay, show, vn, ward } from './helpers.js';

const withLimit = (timeLimit: TimeLimit): Procedure => ({ ...sameDay, timeLimit });
const due = (...args: Parameters<typeof appointmentDate>) => show(appointmentDate(...args));
const registered = { agency: ward, registeredSameDay: true } as const;

describe('appointmentDate, same-day', () => {
  it('is the closing time of the receiving day before the cut-off', () => {
    assert.equal(due(sameDay, vn('2026-11-23', '10:00')), '2026-11-23 17:00');
    assert.equal(due(sameDay, vn('2026-11-23', '15:00')), '2026-11-23 17:00');
  });

  it('is the next working day after the 15:00 cut-off', () => {
    assert.equal(due(sameDay, vn('2026-11-23', '15:00') + 1000), '2026-11-24 17:00');
    assert.equal(due(sameDay, vn('2026-11-23', '16:59')), '2026-11-24 17:00');
  });

  it('counts from the next working moment outside office hours and on days off', () => {
    assert.equal(due(sameDay, vn('2026-11-23', '06:30')), '2026-11-23 17:00');
    assert.equal(due(sameDay, vn('2026-11-23', '12:15')), '2026-11-23 17:00');
    assert.equal(due(sameDay, vn('2026-11-23', '17:30')), '2026-11-24 17:00');
    assert.equal(due(sameDay, vn('2026-11-28', '09:00')), '2026-11-30 17:00');
  });

  it('uses the procedure\'s own cut-off', () => {
    const early = { ...sameDay, cutOff: '11:00' };
    assert.equal(due(early, vn('2026-11-23', '10:59')), '2026-11-23 17:00');
    assert.equal(due(early, vn('2026-11-23', '13:30')), '2026-11-24 17:00');
    const noCutOff: Procedure = { code: sameDay.code, name: sameDay.name, kind: 'procedure', timeLimit: sameDay.timeLimit };
    assert.equal(due(noCutOff, vn('2026-11-23', '15:30')), '2026-11-24 17:00');
  });

  it('skips holidays: 30/4 and 1/5/2026, then the weekend', () => {
    assert.equal(due(sameDay, vn('2026-04-29', '16:00')), '2026-05-04 17:00');
    assert.equal(due(sameDay, vn('2026-04-30', '09:00')), '2026-05-04 17:00');
  });

  it('works on the swapped Saturday 10/1/2026 with weekday hours', () => {
    assert.equal(due(sameDay, vn('2026-01-09', '16:00')), '2026-01-10 17:00');
  });

  it('goes past Tết 2026 (14/2-22/2) without the Friday rule', () => {
    assert.equal(due(sameDay, vn('2026-02-13', '16:00')), '2026-02-23 17:00');
  });

  it('uses the agency\'s office hours, e.g. Saturday mornings', () => {
    const saturdays = { ...ward, officeHours: saturdayMorningOfficeHours };
    assert.equal(due(sameDay, vn('2026-11-28', '10:00'), { agency: saturdays }), '2026-11-28 11:30');
    assert.equal(due(sameDay, vn('2026-11-28', '12:00'), { agency: saturdays }), '2026-11-30 17:00');
  });
});

describe('appointmentDate, the Friday rule', () => {
  it('keeps a registered dossier received Friday 27/11/2026 16:30 on that Friday', () => {
    assert.equal(due(sameDay, vn('2026-11-27', '16:30'), registered), '2026-11-27 17:00');
    assert.equal(due(sameDay, vn('2026-11-27', '16:30')), '2026-11-30 17:00');
    assert.equal(due(sameDay, vn('2026-11-27', '16:30'), { agency: { ...ward, fridayRule: false }, registeredSameDay: true }), '2026-11-30 17:00');
    assert.equal(due(sameDay, vn('2026-11-27', '16:30'), { agency: ward, registeredSameDay: false }), '2026-11-30 17:00');
  });

  it('keeps the last Friday before Tết 2026 (13/2)', () => {
    assert.equal(due(sameDay, vn('2026-02-13', '16:00'), registered), '2026-02-13 17:00');
  });

  it('does not apply on a Friday that is a day off (2/1/2026, 1/5/2026) or after Friday\'s closing', () => {
    assert.equal(due(sameDay, vn('2026-01-02', '10:00'), registered), '2026-01-05 17:00');
    assert.equal(due(sameDay, vn('2026-05-01', '10:00'), registered), '2026-05-04 17:00');
    assert.equal(due(sameDay, vn('2026-11-27', '17:30'), registered), '2026-11-30 17:00');
  });

  it('makes a registered procedure same-day whatever its legal time limit', () => {
    assert.equal(due(withLimit({ kind: 'working-days', days: 5 }), vn('2026-11-27', '16:30'), registered), '2026-11-27 17:00');
    assert.equal(due(withLimit({ kind: 'none' }), vn('2026-11-24', '10:00'), registered), '2026-11-24 17:00');
  });
});

describe('appointmentDate, working days and hours', () => {
  it('is the closing time of the Nth working day after the receiving day', () => {
    assert.equal(due(withLimit({ kind: 'working-days', days: 3 }), vn('2026-11-23', '10:00')), '2026-11-26 17:00');
    assert.equal(due(withLimit({ kind: 'working-days', days: 1 }), vn('2026-11-27', '16:30')), '2026-11-30 17:00');
    assert.equal(due(withLimit({ kind: 'working-days', days: 3 }), vn('2026-11-28', '10:00')), '2026-12-03 17:00');
    assert.equal(due(withLimit({ kind: 'working-days', days: 0 }), vn('2026-11-23', '16:00')), '2026-11-23 17:00');
    assert.equal(due(withLimit({ kind: 'working-days', days: 2 }), vn('2026-02-12', '09:00')), '2026-02-23 17:00');
  });

  it('counts N working hours of office time from the next working moment', () => {
    const eight = withLimit({ kind: 'working-hours', hours: 8 });
    assert.equal(due(eight, vn('2026-11-23', '10:00')), '2026-11-24 10:00');
    assert.equal(due(eight, vn('2026-11-23', '17:30')), '2026-11-24 17:00');
    assert.equal(due(eight, vn('2026-11-27', '16:00')), '2026-11-30 16:00'); // 60 minutes on Friday, 420 on Monday
  });

  it('has no date for procedures without a time limit', () => {
    assert.equal(appointmentDate(withLimit({ kind: 'none' }), vn('2026-11-23', '10:00')), undefined);
  });
});

describe('appointmentDate, bad input', () => {
  it('throws RuleError with a code and a path', () => {
    const at = vn('2026-11-23', '10:00');
    assertThrows(() => appointmentDate(withLimit({ kind: 'working-days', days: -1 }), at), RuleError, { code: 'invalid-duration', path: 'timeLimit.days' });
    assertThrows(() => appointmentDate(withLimit({ kind: 'working-days', days: 1.5 }), at), RuleError, { code: 'invalid-duration' });
    assertThrows(() => appointmentDate(withLimit({ kind: 'working-hours', hours: Number.NaN }), at), RuleError, { path: 'timeLimit.hours' });
    assertThrows(() => appointmentDate(withLimit({ kind: 'weeks' } as unknown as TimeLimit), at), RuleError, { code: 'unknown-time-limit', name: 'RuleError' });
    assertThrows(() => appointmentDate({ ...sameDay, cutOff: '25:00' }, at), RuleError, { code: 'invalid-cut-off', path: 'cutOff' });
    assertThrows(() => appointmentDate(sameDay, Number.NaN), RuleError, { code: 'invalid-instant', path: 'receivedAt' });
  });
});

describe('appointmentDate, properties', () => {
  const instants2026 = fc.integer({ min: vn('2026-01-01'), max: vn('2026-12-31', '23:59') });

  it('gives a same-day dossier the closing time of its receiving day or the next working day', () => {
    fc.assert(
      fc.property(instants2026, fc.boolean(), (receivedAt, isRegistered) => {
        const result = appointmentDate(sameDay, receivedAt, { agency: ward, registeredSameDay: isRegistered })!;
        const receivingDay = vietnamDateOf(nextWorkingMoment(receivedAt));
        const date = vietnamDateOf(result);
        assert.ok(result >= receivedAt);
        assert.equal(result, closingTimeOf(date));
        assert.ok(date === receivingDay || date === nextWorkingDay(receivingDay));
        if (isRegistered && weekdayOf(receivingDay) === 5) assert.equal(date, receivingDay);
        assert.ok(defaultCalendar.isDayOff(date) === false);
      }),
      { numRuns: 400 },
    );
  });

  it('never moves a working-days appointment earlier when N grows', () => {
    fc.assert(
      fc.property(instants2026, fc.nat(30), (receivedAt, days) => {
        const shorter = appointmentDate(withLimit({ kind: 'working-days', days }), receivedAt)!;
        const longer = appointmentDate(withLimit({ kind: 'working-days', days: days + 1 }), receivedAt)!;
        assert.ok(longer > shorter);
        assert.ok(vietnamDateOf(longer) > vietnamDateOf(shorter));
        assert.ok(vietnamDateOf(longer) <= addDays(vietnamDateOf(shorter), 15));
      }),
      { numRuns: 300 },
    );
  });
});
