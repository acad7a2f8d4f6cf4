import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  createRulesContext,
  defaultCatalog,
  evaluateDossier,
  RuleError,
  rulesMessages,
  saturdayMorningOfficeHours,
  translate,
  UnknownAgencyError,
  UnknownProcedureError,
  type Catalog,
  type Dossier,
  type DossierStatus,
} from '@cqtt/core';
import { assertThrows, show, vn } from './helpers.js';

const sonGiang = 'thi-xa-phuoc-long/phuong-son-giang';
const tuPhap = 'thi-xa-phuoc-long/phong-tu-phap';
const khaiTu = 'cqtt:xa:dang-ky-khai-tu';
const foreignBirth = '2.000528.000.00.00.H10';
const noLimit = 'cqtt:test:no-limit';

const catalog: Catalog = {
  ...defaultCatalog,
  agencies: [
    ...defaultCatalog.agencies,
    { code: 'saturday-ward', name: 'Phường thử', level: 'ward', model: { registered: true }, fridayRule: true, officeHours: saturdayMorningOfficeHours },
  ],
  procedures: [
    ...defaultCatalog.procedures,
    { code: foreignBirth, name: 'Đăng ký khai sinh có yếu tố nước ngoài', kind: 'procedure', field: 'Hộ tịch', timeLimit: { kind: 'working-days', days: 15 } },
    { code: noLimit, name: 'Thủ tục không thời hạn', kind: 'procedure', timeLimit: { kind: 'none' } },
  ],
};
const context = createRulesContext(catalog);

const dossier = (fields: Partial<Dossier>): Dossier => ({
  id: 'HS-2026-0001',
  procedureCode: khaiTu,
  agencyCode: sonGiang,
  status: 'processing',
  receivedAt: vn('2026-11-23', '09:00'),
  ...fields,
});
const evaluate = (fields: Partial<Dossier>, now: number, policy = {}) => evaluateDossier(dossier(fields), policy, context, now);

describe('createRulesContext', () => {
  it('finds registrations directly and through a registered field', () => {
    assert.equal(context.isRegisteredSameDay(sonGiang, khaiTu), true);
    assert.equal(context.isRegisteredSameDay(sonGiang, 'cqtt:xa:dang-ky-khai-sinh'), false);
    assert.equal(context.isRegisteredSameDay(tuPhap, foreignBirth), true);
    assert.equal(context.isRegisteredSameDay(sonGiang, foreignBirth), false);
    assert.equal(context.isRegisteredSameDay(tuPhap, noLimit), false);
  });

  it('throws typed errors for unknown codes', () => {
    assertThrows(() => context.procedure('1.000804'), UnknownProcedureError, { procedureCode: '1.000804', code: 'unknown-procedure' });
    assertThrows(() => context.agency('nowhere'), UnknownAgencyError, { agencyCode: 'nowhere', name: 'UnknownAgencyError' });
    assertThrows(() => evaluate({ agencyCode: 'nowhere' }, vn('2026-11-23', '10:00')), UnknownAgencyError, {});
    assertThrows(() => evaluate({ procedureCode: 'x' }, vn('2026-11-23', '10:00')), RuleError, { code: 'unknown-procedure' });
  });

  it('gives each agency its own office hours on the shared calendar', () => {
    const saturday = context.agency('saturday-ward');
    assert.equal(context.scheduleOf(saturday).officeHours, saturdayMorningOfficeHours);
    assert.equal(context.scheduleOf(saturday), context.scheduleOf(saturday));
    assert.equal(context.scheduleOf(context.agency(sonGiang)), context.schedule);
  });
});

describe('evaluateDossier, open dossiers', () => {
  it('is on track with the working minutes left, computing the appointment when the dossier has none', () => {
    const result = evaluate({ receivedAt: vn('2026-11-25', '16:00') }, vn('2026-11-25', '16:30'));
    assert.equal(result.appointmentComputed, true);
    assert.equal(show(result.appointmentAt), '2026-11-26 17:00');
    assert.deepEqual(result.state, { kind: 'on-track', appointmentAt: vn('2026-11-26', '17:00'), workingMinutesLeft: 30 + 480 });
    assert.deepEqual(result.flags, []);
    assert.equal(translate(rulesMessages, 'vi', result.message.key, result.message.params), 'Trong hạn: hẹn trả 17:00 26/11/2026.');
  });

  it('offers the apology document from one working day before the due time (configurable), not only in the last hour', () => {
    const dueFriday = { receivedAt: vn('2026-11-23', '09:00'), appointmentAt: vn('2026-11-27', '17:00') };
    assert.deepEqual(evaluate(dueFriday, vn('2026-11-26', '16:59')).flags, []);
    const dayBefore = evaluate(dueFriday, vn('2026-11-26', '17:00'));
    assert.deepEqual(dayBefore.state, { kind: 'on-track', appointmentAt: vn('2026-11-27', '17:00'), workingMinutesLeft: 480 });
    assert.deepEqual(dayBefore.flags, ['apology-needed']);
    assert.deepEqual(evaluate(dueFriday, vn('2026-11-27', '15:00'), { apologyWorkingMinutes: 60 }).flags, ['friday-at-risk']);
    assert.deepEqual(evaluate(dueFriday, vn('2026-11-27', '16:00'), { apologyWorkingMinutes: 60 }).flags, ['apology-needed', 'friday-at-risk']);
  });

  it('is due today, and needs the apology document when less than the lead time is left', () => {
    const afternoon = evaluate({ receivedAt: vn('2026-11-26', '09:00') }, vn('2026-11-26', '14:00'), { apologyWorkingMinutes: 60 });
    assert.deepEqual(afternoon.state, { kind: 'due-today', appointmentAt: vn('2026-11-26', '17:00'), workingMinutesLeft: 180 });
    assert.deepEqual(afternoon.flags, []);
    const late = evaluate({ receivedAt: vn('2026-11-26', '09:00') }, vn('2026-11-26', '16:30'));
    assert.equal(late.state.kind, 'due-today');
    assert.deepEqual(late.flags, ['apology-needed']);
    assert.deepEqual(evaluate({ receivedAt: vn('2026-11-26', '09:00') }, vn('2026-11-26', '16:30'), { apologyWorkingMinutes: 15 }).flags, []);
    const past = evaluate({ receivedAt: vn('2026-11-26', '09:00') }, vn('2026-11-26', '17:30'));
    assert.deepEqual(past.state, { kind: 'due-today', appointmentAt: vn('2026-11-26', '17:00'), workingMinutesLeft: 0 });
    assert.deepEqual(past.flags, ['apology-needed']);
  });

  it('counts overdue working days, at least one, skipping the weekend', () => {
    const overdue = (now: number) => evaluate({ appointmentAt: vn('2026-11-27', '17:00') }, now).state;
    assert.deepEqual(overdue(vn('2026-11-28', '09:00')), { kind: 'overdue', appointmentAt: vn('2026-11-27', '17:00'), workingDaysOverdue: 1 });
    assert.equal((overdue(vn('2026-11-30', '09:00')) as { workingDaysOverdue: number }).workingDaysOverdue, 1);
    assert.equal((overdue(vn('2026-12-01', '09:00')) as { workingDaysOverdue: number }).workingDaysOverdue, 2);
    const result = evaluate({ appointmentAt: vn('2026-11-23', '17:00') }, vn('2026-11-25', '10:00'));
    assert.deepEqual(result.flags, ['late', 'apology-needed']);
    assert.equal(translate(rulesMessages, 'en', result.message.key, result.message.params), 'Overdue by 2 working days (due 17:00 23/11/2026).');
  });

  it('keeps a Friday 27/11/2026 16:30 dossier on that Friday and warns that it is at risk', () => {
    const result = evaluate({ receivedAt: vn('2026-11-27', '16:30') }, vn('2026-11-27', '16:40'));
    assert.equal(show(result.appointmentAt), '2026-11-27 17:00');
    assert.deepEqual(result.state, { kind: 'due-today', appointmentAt: vn('2026-11-27', '17:00'), workingMinutesLeft: 20 });
    assert.deepEqual(result.flags, ['apology-needed', 'friday-at-risk']);
    assert.equal(result.friday.applies && result.friday.ok, true);
  });

  it('flags an appointment pushed to Monday as a Friday violation', () => {
    const result = evaluate({ receivedAt: vn('2026-11-27', '16:30'), appointmentAt: vn('2026-11-30', '17:00') }, vn('2026-11-27', '16:40'));
    assert.equal(result.appointmentComputed, false);
    assert.deepEqual(result.state, { kind: 'due-today', appointmentAt: vn('2026-11-27', '17:00'), workingMinutesLeft: 20 });
    assert.deepEqual(result.flags, ['apology-needed', 'friday-violation', 'friday-at-risk']);
    assert.ok(result.friday.applies && !result.friday.ok);
    assert.equal(result.friday.reason, 'next-week');
    assert.deepEqual(
      result.flagMessages.map((m) => translate(rulesMessages, 'vi', m.key, m.params)),
      [
        translate(rulesMessages, 'vi', 'flag.apology-needed', {}),
        'Ngày hẹn vi phạm quy định “thứ Sáu không hẹn qua tuần”.',
        'Thứ Sáu: hồ sơ đến hạn hôm nay chưa giải quyết, không để hẹn qua tuần.',
      ],
    );
  });

  it('judges a Friday-rule violation against that Friday, as the warning does, not against the later appointment', () => {
    const fields = { receivedAt: vn('2026-12-04', '09:00'), appointmentAt: vn('2026-12-07', '17:00') };
    const friday = evaluate(fields, vn('2026-12-04', '15:30'));
    assert.deepEqual(friday.state, { kind: 'due-today', appointmentAt: vn('2026-12-04', '17:00'), workingMinutesLeft: 90 });
    assert.equal(friday.appointmentAt, vn('2026-12-07', '17:00'));
    const monday = evaluate(fields, vn('2026-12-07', '09:00'));
    assert.deepEqual(monday.state, { kind: 'overdue', appointmentAt: vn('2026-12-04', '17:00'), workingDaysOverdue: 1 });
    assert.deepEqual(monday.flags, ['late', 'apology-needed', 'friday-violation']);
  });

  it('does not apply the Friday rule on Friday 1/5/2026, a holiday', () => {
    const result = evaluate({ receivedAt: vn('2026-05-01', '09:00') }, vn('2026-05-01', '10:00'));
    assert.equal(show(result.appointmentAt), '2026-05-04 17:00');
    assert.equal(result.friday.applies, false);
    assert.equal(result.state.kind, 'on-track');
    assert.deepEqual(result.flags, []);
  });

  it('has no deadline for a procedure without a time limit', () => {
    const result = evaluate({ procedureCode: noLimit }, vn('2026-11-23', '10:00'));
    assert.equal(result.appointmentAt, undefined);
    assert.deepEqual(result.state, { kind: 'no-deadline' });
  });

  it('uses the registered field: Phòng Tư Pháp\'s Hộ tịch dossier is same-day despite its legal 15 days', () => {
    const result = evaluate({ agencyCode: tuPhap, procedureCode: foreignBirth }, vn('2026-11-23', '10:00'));
    assert.equal(result.registeredSameDay, true);
    assert.equal(show(result.appointmentAt), '2026-11-23 17:00');
  });

  it('waits, or stops, without flags', () => {
    assert.deepEqual(evaluate({ status: 'supplement-requested' }, vn('2026-12-01')).state, { kind: 'waiting', status: 'supplement-requested' });
    const stopped = evaluate({ status: 'withdrawn', receivedAt: vn('2026-11-27', '16:30'), appointmentAt: vn('2026-11-30', '17:00') }, vn('2026-12-01'));
    assert.deepEqual(stopped.state, { kind: 'stopped', status: 'withdrawn' });
    assert.deepEqual(stopped.flags, []);
  });
});

describe('evaluateDossier, finished dossiers', () => {
  const resolved = { status: 'resolved' as const, appointmentAt: vn('2026-11-23', '17:00') };

  it('compares calendar dates: 17:40 on the day is on time, the next morning is late', () => {
    const onTime = evaluate({ ...resolved, resolvedAt: vn('2026-11-23', '17:40'), closedAt: vn('2026-11-23', '17:45') }, vn('2026-11-24'));
    assert.deepEqual(onTime.state, { kind: 'resolved', completedAt: vn('2026-11-23', '17:40'), timeliness: 'on-time', closed: true });
    assert.deepEqual(onTime.flags, []);
    const late = evaluate({ ...resolved, resolvedAt: vn('2026-11-24', '08:00'), closedAt: vn('2026-11-24', '08:05') }, vn('2026-11-24', '09:00'));
    assert.equal(late.state.kind === 'resolved' && late.state.timeliness, 'late');
    assert.deepEqual(late.flags, ['late', 'apology-needed']);
    const early = evaluate({ ...resolved, appointmentAt: vn('2026-11-24', '17:00'), resolvedAt: vn('2026-11-23', '11:00'), closedAt: vn('2026-11-23', '11:01') }, vn('2026-11-24'));
    assert.equal(translate(rulesMessages, 'vi', early.message.key, early.message.params), 'Đã giải quyết trước hạn (11:00 23/11/2026).');
  });

  it('reminds staff to close a dossier finished more than 30 minutes ago', () => {
    const at = (now: number, policy = {}) => evaluate({ ...resolved, resolvedAt: vn('2026-11-23', '10:00') }, now, policy);
    assert.deepEqual(at(vn('2026-11-23', '10:20')).flags, []);
    const reminder = at(vn('2026-11-23', '10:45'));
    assert.deepEqual(reminder.flags, ['not-closed']);
    assert.equal(reminder.state.kind === 'resolved' && reminder.state.minutesNotClosed, 45);
    assert.equal(
      translate(rulesMessages, 'vi', reminder.flagMessages[0]!.key, reminder.flagMessages[0]!.params),
      'Đã giải quyết 45 phút nhưng chưa bấm kết thúc hồ sơ.',
    );
    assert.deepEqual(at(vn('2026-11-23', '10:45'), { closeGraceMinutes: 60 }).flags, []);
  });

  it('accepts a returned status without times, with no timeliness', () => {
    const result = evaluate({ status: 'returned' }, vn('2026-11-24'));
    assert.deepEqual(result.state, { kind: 'resolved', closed: false });
    assert.equal(result.message.key, 'state.resolved');
  });

  it('rejects a bad policy or clock', () => {
    assertThrows(() => evaluate({}, vn('2026-11-24'), { closeGraceMinutes: -5 }), RuleError, { code: 'invalid-policy', path: 'closeGraceMinutes' });
    assertThrows(() => evaluate({}, Number.NaN), RuleError, { code: 'invalid-instant', path: 'now' });
    assertThrows(() => evaluate({ resolvedAt: Number.NaN }, vn('2026-11-24')), RuleError, { code: 'invalid-instant', path: 'resolvedAt' });
    assert.equal(evaluateDossier(dossier({}), { unknownSetting: 'x' } as never, context, vn('2026-11-23', '10:00')).state.kind, 'due-today');
  });
});

describe('evaluateDossier, properties', () => {
  const statuses: DossierStatus[] = ['received', 'processing', 'resolved', 'returned', 'withdrawn', 'supplement-requested'];
  const codes = catalog.sameDay.map((r) => [r.agencyCode, r.procedureCode] as const);

  it('always gives a translatable state and flags, and never flags a closed, finished dossier as not closed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom(...statuses),
        fc.integer({ min: vn('2026-01-01'), max: vn('2026-12-31') }),
        fc.integer({ min: 0, max: 20 * 86_400_000 }),
        fc.option(fc.integer({ min: 0, max: 5 * 86_400_000 }), { nil: undefined }),
        fc.boolean(),
        ([agencyCode, procedureCode], status, receivedAt, elapsed, resolvedAfter, closed) => {
          const resolvedAt = resolvedAfter === undefined ? undefined : receivedAt + resolvedAfter;
          const result = evaluateDossier(
            {
              id: 'p',
              agencyCode,
              procedureCode,
              status,
              receivedAt,
              ...(resolvedAt === undefined ? {} : { resolvedAt }),
              ...(resolvedAt !== undefined && closed ? { closedAt: resolvedAt } : {}),
            },
            {},
            context,
            receivedAt + elapsed,
          );
          for (const locale of ['vi', 'en'] as const) {
            assert.ok(translate(rulesMessages, locale, result.message.key, result.message.params).length > 0);
            for (const m of result.flagMessages) assert.ok(translate(rulesMessages, locale, m.key, m.params).length > 0);
          }
          assert.equal(result.flagMessages.length, result.flags.length);
          if (closed) assert.ok(!result.flags.includes('not-closed'));
          if (result.flags.includes('late')) assert.ok(result.flags.includes('apology-needed'));
          assert.ok(result.friday.ok || result.flags.includes('friday-violation') || result.state.kind === 'stopped');
        },
      ),
      { numRuns: 400 },
    );
  });
});
