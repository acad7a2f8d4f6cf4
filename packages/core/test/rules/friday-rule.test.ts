import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkFridayRule, RuleError, rulesMessages, translate, vietnamDateOf, weekdayOf, type FridayRuleInput } from '@cqtt/core';
import { assertThrows, sameDayProcedure as procedure, show, vn, ward as agency } from './helpers.js';

const friday = (overrides: Partial<FridayRuleInput> = {}) =>
  checkFridayRule({ procedure, agency, registeredSameDay: true, receivedAt: vn('2026-11-27', '16:30'), ...overrides });

describe('checkFridayRule', () => {
  it('applies to a registered dossier received on Friday 27/11/2026 16:30, due that Friday at 17:00', () => {
    const verdict = friday({ proposedAppointment: vn('2026-11-27', '17:00') });
    assert.equal(verdict.applies, true);
    assert.equal(verdict.ok, true);
    assert.ok(verdict.applies);
    assert.equal(verdict.friday, '2026-11-27');
    assert.equal(show(verdict.dueAt), '2026-11-27 17:00');
    assert.equal(
      translate(rulesMessages, 'vi', verdict.message.key, verdict.message.params),
      'Hồ sơ tiếp nhận thứ Sáu 27/11/2026: trả kết quả trong ngày, chậm nhất 17:00 27/11/2026.',
    );
  });

  it('finds an appointment on Monday 30/11/2026 a violation, with the correct date and a message in both languages', () => {
    const verdict = friday({ proposedAppointment: vn('2026-11-30', '17:00') });
    assert.equal(verdict.ok, false);
    assert.ok(verdict.applies && !verdict.ok);
    assert.equal(verdict.reason, 'next-week');
    assert.equal(verdict.proposedDate, '2026-11-30');
    assert.equal(show(verdict.dueAt), '2026-11-27 17:00');
    assert.equal(
      translate(rulesMessages, 'vi', verdict.message.key, verdict.message.params),
      'Thứ Sáu không hẹn qua tuần: hồ sơ “Đăng ký khai tử” tiếp nhận thứ Sáu 27/11/2026 phải trả trong ngày (chậm nhất 17:00 27/11/2026), không hẹn ngày 30/11/2026.',
    );
    assert.match(translate(rulesMessages, 'en', verdict.message.key, verdict.message.params), /not on 30\/11\/2026/);
  });

  it('finds a Saturday appointment a later-day violation (Friday 9/1/2026, Saturday 10/1 is worked)', () => {
    const verdict = friday({ receivedAt: vn('2026-01-09', '16:00'), proposedAppointment: vn('2026-01-10', '17:00') });
    assert.ok(verdict.applies && !verdict.ok);
    assert.equal(verdict.reason, 'later-day');
  });

  it('accepts any time on the Friday itself, and no proposal at all', () => {
    assert.equal(friday({ proposedAppointment: vn('2026-11-27', '17:45') }).ok, true);
    assert.equal(friday().ok, true);
  });

  it('does not apply before the Tết holiday\'s Friday is over: 13/2/2026 is due that day, not 23/2', () => {
    const verdict = friday({ receivedAt: vn('2026-02-13', '15:30'), proposedAppointment: vn('2026-02-23', '17:00') });
    assert.ok(verdict.applies && !verdict.ok);
    assert.equal(verdict.friday, '2026-02-13');
  });

  it('says why it does not apply', () => {
    const reasonOf = (overrides: Partial<FridayRuleInput>) => {
      const verdict = friday({ proposedAppointment: vn('2026-12-07', '17:00'), ...overrides });
      assert.equal(verdict.ok, true);
      return verdict.applies ? 'applies' : verdict.reason;
    };
    assert.equal(reasonOf({ registeredSameDay: false }), 'not-registered');
    assert.equal(reasonOf({ agency: { ...agency, fridayRule: false } }), 'rule-off');
    assert.equal(reasonOf({ receivedAt: vn('2026-11-26', '16:30') }), 'not-friday');
    assert.equal(reasonOf({ receivedAt: vn('2026-05-01', '09:00') }), 'friday-day-off');
    assert.equal(reasonOf({ receivedAt: vn('2026-01-02', '09:00') }), 'friday-day-off');
    assert.equal(reasonOf({ receivedAt: vn('2026-11-27', '17:30') }), 'after-office-hours');
    assert.equal(reasonOf({ receivedAt: vn('2026-11-26', '18:00'), proposedAppointment: vn('2026-11-27', '17:00') }), 'applies');
  });

  it('throws RuleError for instants that are not numbers', () => {
    assertThrows(() => friday({ proposedAppointment: Number.POSITIVE_INFINITY }), RuleError, { code: 'invalid-instant', path: 'proposedAppointment' });
  });

  it('has a translatable message for every verdict, in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: vn('2025-12-01'), max: vn('2026-12-31') }),
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        fc.boolean(),
        (receivedAt, later, isRegistered) => {
          const verdict = friday({ receivedAt, proposedAppointment: receivedAt + later, registeredSameDay: isRegistered });
          for (const locale of ['vi', 'en'] as const) assert.ok(translate(rulesMessages, locale, verdict.message.key, verdict.message.params).length > 0);
          if (verdict.applies) {
            assert.equal(weekdayOf(verdict.friday), 5);
            assert.equal(verdict.ok, vietnamDateOf(receivedAt + later) <= verdict.friday);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
