import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  CalendarError,
  fromVietnamDateTime,
  InvalidDateError,
  InvalidDurationError,
  InvalidTimeError,
  parseLocalDate,
  parseLocalTime,
  toVietnamDateTime,
  vietnamDateOf,
  weekdayOf,
} from '../../src/calendar/index.js';

describe('Vietnam time (UTC+7), whatever the host time zone', () => {
  it('reads an instant as a Vietnam wall clock', () => {
    // 2026-01-01T17:00:00Z is already 2 January, 00:00 in Hà Nội.
    assert.deepEqual(toVietnamDateTime(Date.UTC(2026, 0, 1, 17, 0)), { date: '2026-01-02', time: '00:00', weekday: 5, minuteOfDay: 0 });
    assert.deepEqual(toVietnamDateTime(Date.UTC(2026, 0, 1, 16, 59, 59, 999)), { date: '2026-01-01', time: '23:59', weekday: 4, minuteOfDay: 1439 });
    assert.deepEqual(toVietnamDateTime(Date.UTC(2025, 8, 2, 1, 30)), { date: '2025-09-02', time: '08:30', weekday: 2, minuteOfDay: 510 });
    assert.equal(vietnamDateOf(Date.UTC(1969, 11, 31, 17, 0)), '1970-01-01');
    assert.equal(vietnamDateOf(Date.UTC(1969, 11, 31, 16, 59)), '1969-12-31');
  });

  it('turns a Vietnam date and time into the instant', () => {
    assert.equal(fromVietnamDateTime('2026-02-17', '07:00'), Date.UTC(2026, 1, 17, 0, 0));
    assert.equal(fromVietnamDateTime('2026-02-17'), Date.UTC(2026, 1, 16, 17, 0));
    assert.equal(fromVietnamDateTime('2024-02-29', '23:59'), Date.UTC(2024, 1, 29, 16, 59));
    assert.throws(() => fromVietnamDateTime('2025-02-29'), InvalidDateError);
    assert.throws(() => fromVietnamDateTime('2026-02-17', '24:00'), InvalidTimeError);
  });

  it('rejects instants that are not finite epoch milliseconds', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1e20]) {
      assert.throws(() => toVietnamDateTime(bad), InvalidDateError);
    }
  });

  it('knows the ISO weekday of a date', () => {
    assert.equal(weekdayOf('2026-02-17'), 2); // Tết Bính Ngọ, a Tuesday
    assert.equal(weekdayOf('2026-01-10'), 6); // the swapped working Saturday
    assert.equal(weekdayOf('2026-04-26'), 7); // Giỗ Tổ 2026, a Sunday
    assert.equal(weekdayOf('2000-01-03'), 1);
  });

  it('adds calendar days across months, leap days and years', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2025-02-28', 1), '2025-03-01');
    assert.equal(addDays('2025-12-31', 1), '2026-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addDays('2026-01-01', 365), '2027-01-01');
    assert.throws(() => addDays('2026-01-01', 1.5), InvalidDurationError);
  });
});

describe('parseLocalDate', () => {
  it('reads ISO and Vietnamese day/month/year dates', () => {
    assert.equal(parseLocalDate('2026-02-17'), '2026-02-17');
    assert.equal(parseLocalDate(' 17/2/2026 '), '2026-02-17');
    assert.equal(parseLocalDate('02/09/2025'), '2025-09-02');
    assert.equal(parseLocalDate('29/02/2024'), '2024-02-29');
  });

  it('rejects dates that do not exist and junk, with the input in the error', () => {
    for (const bad of ['31/2/2026', '2026-13-01', '2026-02-30', '2025-02-29', '1900-02-29', '0000-01-01', '2026-2-17', '17.2.2026', '', 'hôm nay', '2026-02-17T00:00']) {
      assert.throws(
        () => parseLocalDate(bad),
        (error: unknown) => error instanceof InvalidDateError && error instanceof CalendarError && error.input === bad && error.name === 'InvalidDateError',
        bad,
      );
    }
    assert.throws(() => parseLocalDate(20260217 as unknown as string), InvalidDateError);
  });

  it('accepts 2000-02-29 (divisible by 400)', () => {
    assert.equal(parseLocalDate('2000-02-29'), '2000-02-29');
  });

  it('never throws anything but InvalidDateError, and returns canonical dates (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$/)), (text) => {
        try {
          const date = parseLocalDate(text);
          assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
          assert.equal(parseLocalDate(date), date);
          assert.equal(addDays(addDays(date, 1), -1), date);
        } catch (error) {
          assert.ok(error instanceof InvalidDateError, String(error));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips every real date (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        assert.equal(parseLocalDate(iso), iso);
        const [y, m, day] = iso.split('-');
        assert.equal(parseLocalDate(`${Number(day)}/${Number(m)}/${y}`), iso);
      }),
    );
  });
});

describe('parseLocalTime', () => {
  it('reads HH:mm, H:mm and the Vietnamese 7h30 / 15h', () => {
    assert.equal(parseLocalTime('07:00'), '07:00');
    assert.equal(parseLocalTime('7:05'), '07:05');
    assert.equal(parseLocalTime(' 7h30 '), '07:30');
    assert.equal(parseLocalTime('15h'), '15:00');
    assert.equal(parseLocalTime('23:59'), '23:59');
    assert.equal(parseLocalTime('00:00'), '00:00');
  });

  it('rejects times that do not exist and junk, with the input in the error', () => {
    for (const bad of ['24:00', '12:60', '7:5', '123:00', '-1:00', 'noon', '', '07:00:00', '7h60']) {
      assert.throws(() => parseLocalTime(bad), (error: unknown) => error instanceof InvalidTimeError && error.input === bad, bad);
    }
    assert.throws(() => parseLocalTime(undefined as unknown as string), InvalidTimeError);
  });

  it('never throws anything but InvalidTimeError, and returns canonical times (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,3}[:hH]\d{0,3}$/)), (text) => {
        try {
          const time = parseLocalTime(text);
          assert.match(time, /^([01]\d|2[0-3]):[0-5]\d$/);
          assert.equal(parseLocalTime(time), time);
        } catch (error) {
          assert.ok(error instanceof InvalidTimeError, String(error));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with fromVietnamDateTime and toVietnamDateTime (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (instant) => {
        const { date, time, minuteOfDay, weekday } = toVietnamDateTime(instant);
        const minuteStart = fromVietnamDateTime(date, time);
        assert.ok(minuteStart <= instant && instant - minuteStart < 60_000);
        assert.equal(minuteOfDay, Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
        assert.equal(weekday, weekdayOf(date));
        assert.equal(new Date(instant + 7 * 3_600_000).toISOString().slice(0, 16), `${date}T${time}`);
      }),
    );
  });
});
