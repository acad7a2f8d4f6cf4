import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  InvalidDateError,
  leapMonthOf,
  lunarToSolar,
  NonexistentLunarDateError,
  solarToLunar,
} from '../../src/calendar/index.js';

const tet = (year: number) => lunarToSolar({ year, month: 1, day: 1, leap: false });

describe('the Vietnamese lunar calendar (UTC+7)', () => {
  it('puts Tết where Vietnam does, not where China does', () => {
    assert.equal(tet(1985), '1985-01-21'); // China: 1985-02-20
    assert.equal(tet(2007), '2007-02-17'); // China: 2007-02-18
    assert.equal(tet(2030), '2030-02-02'); // China: 2030-02-03
    // North Vietnam's calendar moved to UTC+7 for 1968: Tết Mậu Thân was 29 January there, 30 January in the South.
    assert.equal(tet(1968), '1968-01-29');
  });

  it('puts Tết on the published dates, 2000-2030', () => {
    const published: Record<number, string> = {
      2000: '02-05', 2001: '01-24', 2002: '02-12', 2003: '02-01', 2004: '01-22', 2005: '02-09', 2006: '01-29',
      2008: '02-07', 2009: '01-26', 2010: '02-14', 2011: '02-03', 2012: '01-23', 2013: '02-10', 2014: '01-31',
      2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12',
      2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26',
      2029: '02-13',
    };
    for (const [year, monthDay] of Object.entries(published)) assert.equal(tet(Number(year)), `${year}-${monthDay}`, year);
    assert.equal(tet(1975), '1975-02-11');
  });

  it('reads Tết and the last days of the year back', () => {
    assert.deepEqual(solarToLunar('2026-02-17'), { year: 2026, month: 1, day: 1, leap: false });
    assert.deepEqual(solarToLunar('2026-02-16'), { year: 2025, month: 12, day: 29, leap: false }); // no "30 Tết" in 2026
    assert.deepEqual(solarToLunar('2024-02-09'), { year: 2023, month: 12, day: 30, leap: false });
    assert.deepEqual(solarToLunar('2025-01-28'), { year: 2024, month: 12, day: 29, leap: false });
  });

  it('puts Giỗ Tổ Hùng Vương (10/3) on the published dates', () => {
    const gioTo = (year: number) => lunarToSolar({ year, month: 3, day: 10, leap: false });
    assert.equal(gioTo(2026), '2026-04-26');
    assert.equal(gioTo(2025), '2025-04-07');
    assert.equal(gioTo(2024), '2024-04-18');
    assert.equal(gioTo(2023), '2023-04-29');
    assert.equal(gioTo(2022), '2022-04-10');
    assert.equal(gioTo(2021), '2021-04-21');
    assert.equal(gioTo(2020), '2020-04-02');
    assert.deepEqual(solarToLunar('2026-04-26'), { year: 2026, month: 3, day: 10, leap: false });
  });

  it('places Trung thu (15/8) and Vu Lan (15/7)', () => {
    assert.deepEqual(solarToLunar('2024-09-17'), { year: 2024, month: 8, day: 15, leap: false });
    assert.deepEqual(solarToLunar('2025-10-06'), { year: 2025, month: 8, day: 15, leap: false });
    assert.deepEqual(solarToLunar('2025-09-06'), { year: 2025, month: 7, day: 15, leap: false });
  });

  it('has the published leap months', () => {
    const leaps: Record<number, number> = { 2001: 4, 2004: 2, 2006: 7, 2009: 5, 2012: 4, 2014: 9, 2017: 6, 2020: 4, 2023: 2, 2025: 6, 2028: 5 };
    for (let year = 2000; year <= 2029; year++) assert.equal(leapMonthOf(year), leaps[year], String(year));
    assert.equal(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }), '2025-07-25');
    assert.equal(lunarToSolar({ year: 2025, month: 6, day: 1, leap: false }), '2025-06-25');
    assert.equal(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true }), '2020-05-23');
    assert.equal(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }), '2023-03-22');
    // Vu Lan (15/7) 2025 fell on 6 September, so the leap 6th month ended on 22 August.
    assert.deepEqual(solarToLunar('2025-08-23'), { year: 2025, month: 7, day: 1, leap: false });
    assert.deepEqual(solarToLunar('2025-08-22'), { year: 2025, month: 6, day: 29, leap: true });
    assert.deepEqual(solarToLunar('2020-06-20'), { year: 2020, month: 4, day: 29, leap: true });
  });

  it('refuses lunar dates that do not exist', () => {
    const missing = [
      { year: 2026, month: 6, day: 1, leap: true }, // 2026 has no leap month
      { year: 2025, month: 5, day: 1, leap: true }, // 2025's leap month is the 6th
      { year: 2025, month: 12, day: 30, leap: false }, // no "30 Tết" before Tết 2026
      { year: 2024, month: 12, day: 30, leap: false }, // nor before Tết 2025
      { year: 2026, month: 13, day: 1, leap: false },
      { year: 2026, month: 0, day: 1, leap: false },
      { year: 2026, month: 1, day: 0, leap: false },
      { year: 2026, month: 1, day: 31, leap: false },
      { year: 2026, month: 1, day: 1.5, leap: false },
    ];
    for (const lunar of missing) {
      assert.throws(
        () => lunarToSolar(lunar),
        (error: unknown) => error instanceof NonexistentLunarDateError && error.lunar.month === lunar.month && error.lunar.day === lunar.day,
        JSON.stringify(lunar),
      );
    }
    assert.equal(lunarToSolar({ year: 2023, month: 12, day: 30, leap: false }), '2024-02-09');
  });

  it('says which years it computes', () => {
    assert.throws(() => solarToLunar('1700-01-01'), InvalidDateError);
    assert.throws(() => lunarToSolar({ year: 2400, month: 1, day: 1, leap: false }), InvalidDateError);
    assert.throws(() => solarToLunar('2026-02-30'), InvalidDateError);
  });

  it('counts days consecutively through months, leap months and years (1900-2199)', () => {
    let previous = solarToLunar('1899-12-31');
    let months = 0;
    for (let date = '1900-01-01'; date < '2200-01-01'; date = addDays(date, 1)) {
      const lunar = solarToLunar(date);
      if (lunar.day === 1) {
        months++;
        assert.ok(previous.day === 29 || previous.day === 30, `month before ${date} has ${previous.day} days`);
        const nextMonth = lunar.leap ? lunar.month === previous.month && !previous.leap : lunar.month === (previous.month % 12) + 1;
        assert.ok(nextMonth, `${date}: ${JSON.stringify(previous)} → ${JSON.stringify(lunar)}`);
        assert.equal(lunar.year, lunar.month === 1 && !lunar.leap ? previous.year + 1 : previous.year, date);
      } else {
        assert.deepEqual(lunar, { ...previous, day: previous.day + 1 }, date);
      }
      previous = lunar;
    }
    // 300 years hold 300 * 12 months plus about 7 leap months in every 19 years.
    assert.ok(Math.abs(months - 300 * 12 - (300 * 7) / 19) < 2, String(months));
  });

  it('round-trips solar → lunar → solar for any date 1900-2199 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 109572 }), (offset) => {
        const date = addDays('1900-01-01', offset);
        assert.equal(lunarToSolar(solarToLunar(date)), date);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips lunar → solar → lunar for any existing lunar date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), (year, month, day, leap) => {
        const lunar = { year, month, day, leap };
        let date: string;
        try {
          date = lunarToSolar(lunar);
        } catch (error) {
          assert.ok(error instanceof NonexistentLunarDateError);
          assert.ok(day === 30 || (leap && leapMonthOf(year) !== month));
          return;
        }
        assert.deepEqual(solarToLunar(date), lunar);
      }),
      { numRuns: 2000 },
    );
  });
});
