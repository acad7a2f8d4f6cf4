import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ContractError,
  dossierToWire,
  errorEnvelope,
  formatVietnamDateTime,
  parseAgencies,
  parseAgencySettings,
  parseCalendarYear,
  parseDossier,
  parseDossiers,
  parseErrorEnvelope,
  parseJsonText,
  parseMessage,
  parseMessages,
  parseOffsetDateTime,
  parseProcedures,
  parseReportRows,
  parseSameDayRegistrations,
  parseServerTime,
  parseSurveyReceipt,
  parseSurveyResponse,
  parseSurveyStatus,
  parseSurveyTokenGrant,
  surveyReceiptToWire,
  surveyTokenGrantToWire,
  surveyResponseToWire,
  surveyStatusToWire,
  type Dossier,
  type SurveyResponse,
} from '@cqtt/core';

/** 27/11/2026 15:30 in Vietnam (a Friday). */
const friday1530 = Date.UTC(2026, 10, 27, 8, 30);

const wireDossier = {
  id: 'HS-000123',
  procedureCode: '1.000804.000.00.00.H25',
  agencyCode: 'UBND-PHUONG-LONG-PHUOC',
  status: 'processing',
  receivedAt: '2026-11-27T15:30:00+07:00',
  appointmentAt: '2026-11-27T17:00:00+07:00',
};

function contractErrorAt(path: string): (error: unknown) => boolean {
  return (error: unknown) => {
    assert.ok(error instanceof ContractError, `expected a ContractError, got ${String(error)}`);
    assert.equal(error.path, path);
    assert.equal(error.code, 'contract');
    assert.equal(error.name, 'ContractError');
    return true;
  };
}

describe('dossier contract', () => {
  it('reads instants with their offset as epoch ms, whatever the host zone', () => {
    const dossier = parseDossier(wireDossier);
    assert.deepEqual(dossier, {
      id: 'HS-000123',
      procedureCode: '1.000804.000.00.00.H25',
      agencyCode: 'UBND-PHUONG-LONG-PHUOC',
      status: 'processing',
      receivedAt: friday1530,
      appointmentAt: Date.UTC(2026, 10, 27, 10, 0),
    });
  });

  it('reads the same instant written with another offset or Z', () => {
    assert.equal(parseDossier({ ...wireDossier, receivedAt: '2026-11-27T08:30:00Z' }).receivedAt, friday1530);
    assert.equal(parseDossier({ ...wireDossier, receivedAt: '2026-11-27T03:30:00.000-05:00' }).receivedAt, friday1530);
    assert.equal(parseDossier({ ...wireDossier, receivedAt: '2026-11-27T15:30+07:00' }).receivedAt, friday1530);
  });

  it('rejects an instant without an offset, or an impossible one, naming the field', () => {
    for (const receivedAt of ['2026-11-27T15:30:00', '2026-11-27', '2026-02-29T10:00:00+07:00', '2026-11-27T24:00:00+07:00', '', 1764232200000]) {
      assert.throws(() => parseDossier({ ...wireDossier, receivedAt }), contractErrorAt('$.receivedAt'));
    }
  });

  it('treats null optional instants as absent and drops unknown fields', () => {
    const dossier = parseDossier({ ...wireDossier, closedAt: null, returnedAt: undefined, secret: 'x', nested: { deep: 1 } });
    assert.deepEqual(Object.keys(dossier).sort(), ['agencyCode', 'appointmentAt', 'id', 'procedureCode', 'receivedAt', 'status']);
  });

  it('names the first bad field, in the list too', () => {
    assert.throws(() => parseDossier({ ...wireDossier, status: 'lost' }), contractErrorAt('$.status'));
    assert.throws(() => parseDossier({ ...wireDossier, id: 42 }), contractErrorAt('$.id'));
    assert.throws(() => parseDossier({ ...wireDossier, id: 42, status: 'lost' }), contractErrorAt('$.id'));
    assert.throws(() => parseDossiers([wireDossier, wireDossier, { ...wireDossier, appointmentAt: 'tomorrow' }]), contractErrorAt('$[2].appointmentAt'));
    assert.throws(() => parseDossiers({ items: [] }), contractErrorAt('$'));
    assert.throws(() => parseDossier(null), contractErrorAt('$'));
  });

  it('leaves __proto__ and constructor keys inert', () => {
    const json = parseJsonText(
      '{"id":"HS-1","procedureCode":"P","agencyCode":"A","status":"resolved","receivedAt":"2026-11-27T15:30:00+07:00",' +
        '"__proto__":{"polluted":true,"status":"returned"},"constructor":{"prototype":{"polluted":true}}}',
    );
    const dossier = parseDossier(json);
    assert.equal(Object.getPrototypeOf(dossier), Object.prototype);
    assert.equal(dossier.status, 'resolved');
    assert.equal((dossier as unknown as Record<string, unknown>)['polluted'], undefined);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.hasOwn(dossier, 'constructor'), false);
  });

  it('round-trips through its wire form in Vietnam time', () => {
    const dossier: Dossier = {
      id: 'HS-2',
      procedureCode: '2.000815.000.00.00.H25',
      agencyCode: 'TP',
      status: 'returned',
      receivedAt: friday1530,
      appointmentAt: friday1530 + 3_600_000,
      resolvedAt: friday1530 + 1_800_000,
      returnedAt: friday1530 + 2_000_000,
      closedAt: friday1530 + 2_100_000,
      applicantName: 'Nguyễn Văn A',
      procedureName: 'Chứng thực bản sao từ bản chính',
      fieldCode: 'CT',
    };
    const wire = dossierToWire(dossier);
    assert.equal(wire.receivedAt, '2026-11-27T15:30:00.000+07:00');
    assert.deepEqual(parseDossier(JSON.parse(JSON.stringify(wire))), dossier);
  });
});

describe('instants on the wire (fuzz)', () => {
  it('never throws on any string, and reads only what has an offset', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,4})?)?(Z|[+-]\d{2}:\d{2})?$/)), (text) => {
        const instant = parseOffsetDateTime(text);
        assert.ok(instant === undefined || (Number.isFinite(instant) && /(Z|[+-]\d{2}:\d{2})$/.test(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every instant it writes, in Vietnam time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) }), (instant) => {
        const text = formatVietnamDateTime(instant);
        assert.match(text, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00$/);
        assert.equal(parseOffsetDateTime(text), instant);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('calendar, messages, time and reports', () => {
  it('reads a calendar year and rejects an impossible date with its index', () => {
    assert.deepEqual(parseCalendarYear({ year: 2026, daysOff: ['2026-01-01', '2026-01-02'], workingDays: ['2026-01-10'], source: 'Thông báo' }), {
      year: 2026,
      daysOff: ['2026-01-01', '2026-01-02'],
      workingDays: ['2026-01-10'],
      source: 'Thông báo',
    });
    assert.throws(() => parseCalendarYear({ year: 2026, daysOff: ['2026-01-01', '2026-02-30'], workingDays: [] }), contractErrorAt('$.daysOff[1]'));
    assert.throws(() => parseCalendarYear({ year: 2026.5, daysOff: [], workingDays: [] }), contractErrorAt('$.year'));
  });

  it('reads an agency\'s public settings, and refuses a time that is not HH:MM with its path', () => {
    const weekday = [['07:00', '11:30'], ['13:30', '17:00']];
    const body = {
      agencyCode: 'thi-xa-phuoc-long/phuong-thac-mo',
      officeHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [['07:30', '11:30']], sun: [] },
      fridayRule: false,
      cutoff: '16:00',
      procedures: { 'cqtt:xa:dang-ky-khai-sinh': { timeLimitDays: 2 } },
      version: '4',
    };
    assert.deepEqual(parseAgencySettings(body), body);
    assert.throws(() => parseAgencySettings({ ...body, cutoff: '4pm' }), contractErrorAt('$.cutoff'));
    assert.throws(() => parseAgencySettings({ ...body, officeHours: { ...body.officeHours, sat: [['07:30']] } }), contractErrorAt('$.officeHours.sat[0][1]'));
  });

  it('keeps what a calendar year is (published, official or computed), and refuses any other status', () => {
    assert.equal(parseCalendarYear({ year: 2027, daysOff: [], workingDays: [], status: 'computed' }).status, 'computed');
    assert.equal(parseCalendarYear({ year: 2027, daysOff: ['2027-02-05'], workingDays: [], status: 'published', source: 'TB 1' }).status, 'published');
    assert.equal('status' in parseCalendarYear({ year: 2027, daysOff: [], workingDays: [], status: null }), false);
    assert.throws(() => parseCalendarYear({ year: 2027, daysOff: [], workingDays: [], status: 'guessed' }), contractErrorAt('$.status'));
  });

  it('accepts only https: and tel: links in messages', () => {
    assert.deepEqual(parseMessage({ id: 'h1', kind: 'hotline', text: 'Đường dây nóng: 0271 3779 979', href: 'tel:02713779979' }), {
      id: 'h1',
      kind: 'hotline',
      text: 'Đường dây nóng: 0271 3779 979',
      href: 'tel:02713779979',
    });
    assert.equal(parseMessage({ id: 's', kind: 'slogan', text: '4 xin', href: 'https://dichvucong.gov.vn/' }).href, 'https://dichvucong.gov.vn/');
    for (const href of ['javascript:alert(1)', 'http://example.vn/', 'data:text/html,<b>x</b>', ' JAVASCRIPT:alert(1)', 'not a url', '']) {
      assert.throws(() => parseMessages([{ id: 's', kind: 'slogan', text: 'x', href }]), contractErrorAt('$[0].href'), href);
    }
    assert.throws(() => parseMessage({ id: 's', kind: 'banner', text: 'x' }), contractErrorAt('$.kind'));
  });

  it('reads the server time and ignores its iso field', () => {
    assert.deepEqual(parseServerTime({ epochMs: friday1530, iso: '2026-11-27T08:30:00.000Z' }), { epochMs: friday1530 });
    assert.throws(() => parseServerTime({ epochMs: '1764232200000' }), contractErrorAt('$.epochMs'));
  });

  it('reads report rows with exactly five satisfaction counts', () => {
    const row = {
      agencyCode: 'TP',
      received: 120,
      resolved: 110,
      returned: 100,
      early: 20,
      onTime: 85,
      late: 5,
      sameDayEligible: 40,
      sameDayResolved: 38,
      fridayReceived: 9,
      fridayReturned: 9,
      resolvedNotClosed: 3,
      surveys: 90,
      satisfaction: [0, 1, 4, 30, 55],
    };
    assert.deepEqual(parseReportRows([row]), [row]);
    assert.throws(() => parseReportRows([{ ...row, satisfaction: [1, 2, 3, 4] }]), contractErrorAt('$[0].satisfaction[4]'));
    assert.throws(() => parseReportRows([{ ...row, satisfaction: [1, 2, 3, 4, 5, 6] }]), contractErrorAt('$[0].satisfaction[5]'));
    assert.throws(() => parseReportRows([{ ...row, late: -1 }]), contractErrorAt('$[0].late'));
  });

  it('reads the catalog through the catalog schemas', () => {
    const agencies = parseAgencies([
      { code: 'UBND-PHUONG-LONG-PHUOC', name: 'UBND phường Long Phước', level: 'ward', model: { registered: true }, fridayRule: true, extra: 1 },
    ]);
    assert.deepEqual(agencies, [{ code: 'UBND-PHUONG-LONG-PHUOC', name: 'UBND phường Long Phước', level: 'ward', model: { registered: true }, fridayRule: true }]);
    assert.deepEqual(parseProcedures([{ code: '1.000804.000.00.00.H25', name: 'Đăng ký khai sinh', kind: 'procedure', timeLimit: { kind: 'same-day' } }]), [
      { code: '1.000804.000.00.00.H25', name: 'Đăng ký khai sinh', kind: 'procedure', timeLimit: { kind: 'same-day' } },
    ]);
    assert.throws(() => parseProcedures([{ code: 'X', name: 'Y', kind: 'procedure', timeLimit: { kind: 'weeks' } }]), contractErrorAt('$[0].timeLimit.kind'));
    assert.deepEqual(parseSameDayRegistrations([{ agencyCode: 'A', procedureCode: 'P' }]), [{ agencyCode: 'A', procedureCode: 'P' }]);
    assert.throws(() => parseSameDayRegistrations([{ agencyCode: 'A' }]), contractErrorAt('$[0].procedureCode'));
  });

  it('says when a body is not JSON', () => {
    assert.throws(() => parseJsonText('{"id": '), contractErrorAt('$'));
  });
});

describe('survey contract', () => {
  const vote = {
    dossierId: 'HS-000123',
    level: 2,
    shortcomings: ['luon-lang-nghe', 'khong-quan-lieu'],
    praise: [],
    comment: 'Chờ lâu quá.',
    phone: '090 123.4567',
    callbackConsent: true,
    votedAt: '2026-11-27T16:05:00+07:00',
  };

  it('normalises the phone number and reads the vote', () => {
    assert.deepEqual(parseSurveyResponse(vote), {
      dossierId: 'HS-000123',
      level: 2,
      shortcomings: ['luon-lang-nghe', 'khong-quan-lieu'],
      praise: [],
      comment: 'Chờ lâu quá.',
      phone: '0901234567',
      callbackConsent: true,
      votedAt: Date.UTC(2026, 10, 27, 9, 5),
    });
    assert.equal(parseSurveyResponse({ ...vote, phone: '+84 98 765 4321' }).phone, '+84987654321');
  });

  it('rejects what breaks the rules, at the right field', () => {
    assert.throws(() => parseSurveyResponse({ ...vote, level: 6 }), contractErrorAt('$.level'));
    assert.throws(() => parseSurveyResponse({ ...vote, level: '5' }), contractErrorAt('$.level'));
    assert.throws(() => parseSurveyResponse({ ...vote, shortcomings: ['xin-chao', 'be-rude'] }), contractErrorAt('$.shortcomings[1]'));
    assert.throws(() => parseSurveyResponse({ ...vote, comment: 'a'.repeat(1001) }), contractErrorAt('$.comment'));
    assert.equal(parseSurveyResponse({ ...vote, comment: 'ă'.repeat(1000) }).comment?.length, 1000);
    for (const phone of ['0123456789', '090123456', '09012345678', '+8490123456', '84901234567', '090-123-4567']) {
      assert.throws(() => parseSurveyResponse({ ...vote, phone }), contractErrorAt('$.phone'), phone);
    }
    assert.throws(() => parseSurveyResponse({ ...vote, callbackConsent: false }), contractErrorAt('$.phone'));
    assert.throws(() => parseSurveyResponse({ ...vote, votedAt: '2026-11-27 16:05' }), contractErrorAt('$.votedAt'));
  });

  it('leaves __proto__ and constructor keys inert', () => {
    const json = parseJsonText(
      JSON.stringify(vote).replace('{', '{"__proto__":{"callbackConsent":false,"isAdmin":true},"constructor":{"name":"x"},'),
    );
    const parsed = parseSurveyResponse(json);
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.equal((parsed as unknown as Record<string, unknown>)['isAdmin'], undefined);
    assert.equal(Object.hasOwn(parsed, 'constructor'), false);
    assert.equal(parsed.callbackConsent, true);
  });

  it('is anonymous without a phone, with or without consent', () => {
    const parsed = parseSurveyResponse({ ...vote, phone: undefined, callbackConsent: false });
    assert.equal(parsed.phone, undefined);
    assert.equal(Object.hasOwn(parsed, 'phone'), false);
  });

  it('round-trips a vote, a status and a receipt', () => {
    const response: SurveyResponse = parseSurveyResponse(vote);
    assert.deepEqual(parseSurveyResponse(JSON.parse(JSON.stringify(surveyResponseToWire(response)))), response);
    const status = { dossierId: 'HS-1', answered: true, level: 5 as const, answeredAt: friday1530 };
    assert.deepEqual(parseSurveyStatus(surveyStatusToWire(status)), status);
    assert.deepEqual(parseSurveyStatus({ dossierId: 'HS-1', answered: false, level: null }), { dossierId: 'HS-1', answered: false });
    const receipt = { dossierId: 'HS-1', receivedAt: friday1530, duplicate: false };
    assert.deepEqual(parseSurveyReceipt(surveyReceiptToWire(receipt)), receipt);
    assert.deepEqual(parseSurveyReceipt({ dossierId: 'HS-1', receivedAt: '2026-11-27T15:30:00+07:00' }), receipt);
  });
});

describe('survey token grant', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJIUy0xIn0.c2lnbmF0dXJl';

  it('reads the 201 of POST /survey-tokens, expiry with its offset', () => {
    assert.deepEqual(parseSurveyTokenGrant({ dossierId: 'HS-1', token, expiresAt: '2026-12-04T08:30:00.000Z', extra: true }), {
      dossierId: 'HS-1',
      token,
      expiresAt: Date.UTC(2026, 11, 4, 8, 30),
    });
    const grant = { dossierId: 'HS-1', token, expiresAt: friday1530 };
    assert.deepEqual(surveyTokenGrantToWire(grant), { dossierId: 'HS-1', token, expiresAt: '2026-11-27T15:30:00.000+07:00' });
    assert.deepEqual(parseSurveyTokenGrant(JSON.parse(JSON.stringify(surveyTokenGrantToWire(grant)))), grant);
  });

  it('rejects what is not a grant, at the right field', () => {
    const wire = { dossierId: 'HS-1', token, expiresAt: '2026-12-04T15:30:00+07:00' };
    assert.throws(() => parseSurveyTokenGrant({ ...wire, dossierId: '' }), contractErrorAt('$.dossierId'));
    assert.throws(() => parseSurveyTokenGrant({ ...wire, token: 'not a token' }), contractErrorAt('$.token'));
    assert.throws(() => parseSurveyTokenGrant({ ...wire, token: 'a.b' }), contractErrorAt('$.token'));
    assert.throws(() => parseSurveyTokenGrant({ ...wire, token: `a.b.${'c'.repeat(1021)}` }), contractErrorAt('$.token'));
    assert.throws(() => parseSurveyTokenGrant({ ...wire, expiresAt: '2026-12-04T15:30:00' }), contractErrorAt('$.expiresAt'));
    assert.throws(() => parseSurveyTokenGrant({ dossierId: 'HS-1', token }), contractErrorAt('$.expiresAt'));
    assert.throws(() => parseSurveyTokenGrant(token), contractErrorAt('$'));
  });

  it('never throws anything but a ContractError, and keeps nothing it did not check (fuzz)', () => {
    const base64url = fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/);
    const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, fc.jsonValue(), fc.constant(undefined));
    const candidate = fc.oneof(
      fc.jsonValue(),
      fc.record({
        dossierId: field(fc.string()),
        token: field(fc.oneof(fc.tuple(base64url, base64url, base64url).map((parts) => parts.join('.')), fc.string())),
        expiresAt: field(fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.string())),
      }),
    );
    fc.assert(
      fc.property(candidate, (json) => {
        let grant;
        try {
          grant = parseSurveyTokenGrant(json);
        } catch (error) {
          assert.ok(error instanceof ContractError, String(error));
          return;
        }
        assert.deepEqual(Object.keys(grant), ['dossierId', 'token', 'expiresAt']);
        assert.match(grant.token, /^[\w-]+\.[\w-]+\.[\w-]*$/);
        assert.ok(Number.isFinite(grant.expiresAt));
        assert.ok(grant.dossierId.length > 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every grant it writes (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.tuple(fc.stringMatching(/^[\w-]{1,40}$/), fc.stringMatching(/^[\w-]{1,200}$/), fc.stringMatching(/^[\w-]{0,43}$/)),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2199, 11, 31) }),
        (dossierId, parts, expiresAt) => {
          const grant = { dossierId, token: parts.join('.'), expiresAt };
          assert.deepEqual(parseSurveyTokenGrant(JSON.parse(JSON.stringify(surveyTokenGrantToWire(grant)))), grant);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('error envelope', () => {
  it('reads a valid envelope and nothing else', () => {
    const envelope = errorEnvelope({ code: 'invalid-request', message: 'Bad', fields: [{ path: '$.phone', message: 'bad phone' }] });
    assert.deepEqual(parseErrorEnvelope(JSON.parse(JSON.stringify(envelope))), envelope.error);
    assert.deepEqual(parseErrorEnvelope({ error: { code: 'x', message: 'y', extra: 1 } }), { code: 'x', message: 'y' });
    assert.equal(parseErrorEnvelope({ error: 'oops' }), undefined);
    assert.equal(parseErrorEnvelope(undefined), undefined);
    assert.deepEqual(errorEnvelope({ code: 'a', message: 'b' }), { error: { code: 'a', message: 'b' } });
  });
});
