import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultCalendar,
  holidaysOf,
  InvalidCalendarDataError,
  InvalidDateError,
  InvalidDurationError,
  officialDaysOff,
  WorkingCalendar,
} from '../../src/calendar/index.js';

const datesOf = (kind: string, year: number, options = {}) =>
  holidaysOf(year, options)
    .filter((h) => h.kind === kind)
    .map((h) => h.date);

describe('holidaysOf: Labour Code 2019 art. 112, computed', () => {
  it('lists the 11 holidays of 2026 and the compensatory Monday after Giỗ Tổ', () => {
    assert.deepEqual(datesOf('holiday', 2026), [
      '2026-01-01',
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-26',
      '2026-04-30', '2026-05-01',
      '2026-09-01', '2026-09-02',
    ]);
    assert.deepEqual(datesOf('compensatory', 2026), ['2026-04-27']);
  });

  it('names every day in Vietnamese and English', () => {
    const holidays = holidaysOf(2026);
    assert.equal(holidays.find((h) => h.date === '2026-04-26')?.vi, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    assert.equal(holidays.find((h) => h.date === '2026-04-27')?.vi, 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    assert.equal(holidays.find((h) => h.date === '2026-02-17')?.en, 'Lunar New Year (Tết)');
    for (const h of holidays) {
      assert.equal(h.vi, h.vi.normalize('NFC'));
      assert.ok(h.en.length > 0);
    }
  });

  it('gives compensatory days on the next working days, past other holidays', () => {
    // 2022, as announced then: 1/1 Saturday, off Monday 3/1; Giỗ Tổ Sunday 10/4, off Monday 11/4;
    // 30/4 Saturday and 1/5 Sunday, off Monday 2/5 and Tuesday 3/5.
    assert.deepEqual(datesOf('compensatory', 2022), ['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03']);
    // Tết 2023 (22/1, Sunday): 21/1 Saturday and 22/1 Sunday give Thursday 26/1 and Friday 27/1.
    assert.deepEqual(
      holidaysOf(2023).filter((h) => h.date < '2023-02-01').map((h) => `${h.date} ${h.kind}`),
      ['2023-01-01 holiday', '2023-01-02 compensatory', '2023-01-21 holiday', '2023-01-22 holiday', '2023-01-23 holiday', '2023-01-24 holiday', '2023-01-25 holiday', '2023-01-26 compensatory', '2023-01-27 compensatory'],
    );
  });

  it('lays Tết and Quốc khánh out as asked', () => {
    assert.deepEqual(
      holidaysOf(2026, { tetDaysBefore: 2, tetDaysAfter: 4 }).filter((h) => h.vi === 'Tết Nguyên đán').map((h) => h.date),
      ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21'],
    );
    assert.ok(datesOf('holiday', 2026, { nationalDayExtra: 'after' }).includes('2026-09-03'));
    assert.throws(() => holidaysOf(2026, { tetDaysBefore: -1 }), InvalidDurationError);
    assert.throws(() => holidaysOf(2026, { tetDaysAfter: 2.5 }), InvalidDurationError);
    assert.throws(() => holidaysOf(1500), InvalidDateError);
  });
});

describe('published days off', () => {
  it('are complete years inside their year, sorted, with a source', () => {
    for (const year of officialDaysOff) {
      assert.ok(year.source && year.source.length > 20);
      for (const date of [...year.daysOff, ...year.workingDays]) assert.ok(date.startsWith(`${year.year}-`), date);
      assert.deepEqual([...year.daysOff].sort(), year.daysOff);
    }
    assert.deepEqual(officialDaysOff.map((y) => y.year), [2024, 2025, 2026]);
  });
});

describe('WorkingCalendar', () => {
  const off = (date: string) => defaultCalendar.isDayOff(date);

  it('applies the announced 2026 calendar', () => {
    for (const date of ['2026-01-01', '2026-01-02', '2026-02-14', '2026-02-16', '2026-02-20', '2026-02-22', '2026-04-27', '2026-04-30', '2026-05-01']) {
      assert.ok(off(date), date);
    }
    assert.ok(!off('2026-01-05'));
    assert.ok(!off('2026-02-23'));
    assert.ok(!off('2026-02-13'));
    assert.ok(defaultCalendar.isSwappedWorkingDay('2026-01-10'));
    assert.ok(!defaultCalendar.isSwappedWorkingDay('2026-01-17'));
    assert.equal(defaultCalendar.sourceOf(2026), 'official');
  });

  it('applies Thông báo 9441/TB-BNV for Quốc khánh 2026: Saturday 29/8 to Wednesday 2/9 off, Saturday 22/8 worked', () => {
    for (const date of ['2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02']) assert.ok(off(date), date);
    assert.ok(!off('2026-08-28'));
    assert.ok(!off('2026-09-03'));
    assert.ok(defaultCalendar.isSwappedWorkingDay('2026-08-22'));
    assert.ok(!off('2026-08-22'));
    const year2026 = officialDaysOff.find((year) => year.year === 2026);
    assert.match(year2026?.source ?? '', /9441\/TB-BNV/);
    assert.ok(year2026 && !('computed' in year2026), 'every 2026 date is announced');
  });

  it('applies the announced 2025 calendar', () => {
    for (const date of ['2025-01-25', '2025-01-27', '2025-02-02', '2025-04-07', '2025-04-30', '2025-05-02', '2025-09-01', '2025-09-02']) assert.ok(off(date), date);
    assert.ok(!off('2025-02-03'));
    assert.ok(!off('2025-01-24'));
    assert.ok(defaultCalendar.isSwappedWorkingDay('2025-04-26'));
    assert.ok(!off('2025-09-03'));
  });

  it('applies the announced 2024 calendar', () => {
    for (const date of ['2024-01-01', '2024-02-08', '2024-02-14', '2024-04-18', '2024-04-29', '2024-05-01', '2024-09-03']) assert.ok(off(date), date);
    assert.ok(!off('2024-02-15'));
    assert.ok(!off('2024-05-02'));
    assert.ok(defaultCalendar.isSwappedWorkingDay('2024-05-04'));
  });

  it('computes the years it has no data for', () => {
    assert.equal(defaultCalendar.sourceOf(2027), 'computed');
    assert.deepEqual(defaultCalendar.daysOffOf(2027), holidaysOf(2027));
    for (const h of holidaysOf(2027)) assert.ok(off(h.date), h.date);
    assert.ok(!off('2027-03-01'));
  });

  it('names the announced days after the holiday they belong to', () => {
    const days = defaultCalendar.daysOffOf(2025);
    assert.equal(days.length, officialDaysOff[1]!.daysOff.length);
    assert.ok(days.every((d) => d.kind === 'official'));
    assert.equal(days.find((d) => d.date === '2025-01-29')?.vi, 'Tết Nguyên đán');
    assert.equal(days.find((d) => d.date === '2025-01-25')?.vi, 'Nghỉ dịp Tết Nguyên đán');
    assert.equal(days.find((d) => d.date === '2025-08-30')?.en, 'Day off for National Day');
  });

  it('lets the portal calendar win, year by year, without changing the original', () => {
    const portal = defaultCalendar.withPortalData([{ year: 2026, daysOff: ['2026-02-17', '2026-11-24'], workingDays: ['2026-02-21'], source: 'portal' }]);
    assert.ok(portal.isDayOff('2026-11-24'));
    assert.ok(!portal.isDayOff('2026-02-16'));
    assert.ok(portal.isSwappedWorkingDay('2026-02-21'));
    assert.equal(portal.sourceOf(2026), 'portal');
    assert.deepEqual(portal.daysOffOf(2026).map((d) => d.vi), ['Tết Nguyên đán', 'Ngày nghỉ theo lịch công bố']);
    assert.ok(portal.isDayOff('2025-01-27'), 'other years keep the official data');
    assert.ok(!defaultCalendar.isDayOff('2026-11-24'));
    assert.ok(defaultCalendar.isDayOff('2026-02-16'));
    const farFuture = defaultCalendar.withPortalData([{ year: 2400, daysOff: ['2400-01-01'], workingDays: [] }]);
    assert.deepEqual(farFuture.daysOffOf(2400), [{ date: '2400-01-01', kind: 'official', vi: 'Ngày nghỉ theo lịch công bố', en: 'Announced day off' }]);
    assert.ok(farFuture.isDayOff('2400-01-01'), 'portal data works beyond the computed lunar years');
    const again = portal.withPortalData([{ year: 2027, daysOff: [], workingDays: [] }]);
    assert.ok(again.isDayOff('2026-11-24'), 'earlier portal years are kept');
    assert.ok(!again.isDayOff('2027-02-06'));
  });

  it('rejects bad data with the path of the bad field', () => {
    const bad = (years: unknown, path: string) =>
      assert.throws(() => new WorkingCalendar({ official: years as never }), (e: unknown) => e instanceof InvalidCalendarDataError && e.path === path, path);
    bad([{ year: 2026, daysOff: ['2026-02-30'], workingDays: [] }], 'official[0].daysOff[0]');
    bad([{ year: 2026, daysOff: ['2025-02-03'], workingDays: [] }], 'official[0].daysOff[0]');
    bad([{ year: 2026, daysOff: [], workingDays: ['2026-01-10', 42] }], 'official[0].workingDays[1]');
    bad([{ year: 2026, daysOff: ['2026-01-10'], workingDays: ['2026-01-10'] }], 'official[0].workingDays');
    bad([{ year: 2026, daysOff: [], workingDays: [] }, { year: 2026, daysOff: [], workingDays: [] }], 'official[1].year');
    bad([{ year: 'x', daysOff: [], workingDays: [] }], 'official[0].year');
    bad([{ year: 2026, workingDays: [] }], 'official[0].daysOff');
    bad('2026', 'official');
    assert.throws(() => defaultCalendar.withPortalData([{ year: 2026, daysOff: ['17/2/2026'], workingDays: [] }]), (e: unknown) => e instanceof InvalidCalendarDataError && e.path === 'portal[0].daysOff[0]');
    assert.throws(() => new WorkingCalendar({ tet: { daysBefore: -2 } }), InvalidDurationError);
  });

  it('uses its own Tết and Quốc khánh layout for computed years', () => {
    const calendar = new WorkingCalendar({ tet: { daysBefore: 2, daysAfter: 2 }, nationalDayExtra: 'after' });
    assert.ok(calendar.isDayOff('2027-02-04'));
    assert.ok(calendar.isDayOff('2027-09-03'));
    assert.ok(!calendar.isDayOff('2027-09-01'));
    assert.ok(!calendar.isDayOff('2026-01-02'), 'no published data unless given');
    const withPortal = calendar.withPortalData([{ year: 2026, daysOff: ['2026-01-02'], workingDays: [] }]);
    assert.ok(withPortal.isDayOff('2026-01-02'));
    assert.ok(withPortal.isDayOff('2027-09-03'), 'the copy keeps the layout of computed years');
    assert.throws(() => calendar.isDayOff('2027-02-29'), InvalidDateError);
  });
});
