import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { createLogger, jsonLineSink, redactForLog, redactText, type LogRecord } from '../src/privacy/index.js';

describe('redactText', () => {
  it('masks Vietnamese phone numbers in the ways people write them', () => {
    for (const phone of [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '0912-345-678',
      '+84 912 345 678',
      '+84912345678',
      '84 912 345 678',
      '+84 (0) 912 345 678',
      '(0271) 3812 345',
      '0271.3812.345',
      '024 3825 1234',
      '0387 654 321',
    ]) {
      assert.equal(redactText(`Gọi lại cho tôi: ${phone}, cảm ơn.`), 'Gọi lại cho tôi: [phone], cảm ơn.', phone);
    }
    assert.equal(redactText('sđt0912345678'), 'sđt[phone]');
    assert.equal(redactText('0912 345 678 9'), '[phone] 9');
    assert.equal(redactText('0912345678/0987654321'), '[phone]/[phone]');
  });

  it('leaves dates, times, procedure codes, dossier ids and hotlines readable', () => {
    for (const text of [
      '2026-11-27T15:30:00.000+07:00',
      '27/11/2026 15:30',
      '1.000804.000.00.00.H25',
      'H25.1-261127-0001',
      'epochMs 1795748400000',
      'đường dây nóng 1900 1234',
      '15 hồ sơ, 3 trễ hạn',
    ]) {
      assert.equal(redactText(text), text);
    }
  });

  it('masks bearer credentials, JWTs and secret URL parameters', () => {
    assert.equal(redactText('Authorization: Bearer abc.def-ghi'), 'Authorization: Bearer [token]');
    assert.equal(redactText('Basic Y2FuYm86bWF0a2hhdQ=='), 'Basic [token]');
    assert.equal(
      redactText('GET /khao-sat?hoSo=H25&ma=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJIMjUifQ.sig-nature_1'),
      'GET /khao-sat?hoSo=H25&ma=[token]',
    );
    assert.equal(redactText('unsigned eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0. end'), 'unsigned [token] end');
    assert.equal(redactText('/cb?token=opaque123&x=1'), '/cb?token=[redacted]&x=1');
    assert.equal(redactText('/cb?sdt=0912345678'), '/cb?sdt=[redacted]');
  });
});

describe('redactForLog', () => {
  it('replaces the values of personal and secret keys, however they are written', () => {
    const input = {
      name: 'Nguyễn Văn An',
      applicantName: 'Trần Thị Bình',
      applicant_name: 'Lê Văn Cường',
      ChuHoSo: 'Phạm Thị Dung',
      phone: '0912345678',
      soDienThoai: '0912 345 678',
      surveyToken: 'abc',
      headers: { Authorization: 'Bearer xyz', Cookie: 'session=1', 'x-survey-token': 'def' },
      password: 'bí mật',
      procedureName: 'Chứng thực bản sao từ bản chính',
      agencyCode: 'thi-xa-phuoc-long/phuong-thac-mo',
      level: 5,
      callbackConsent: true,
      phoneAbsent: null,
    };
    assert.deepEqual(redactForLog(input), {
      name: '[redacted]',
      applicantName: '[redacted]',
      applicant_name: '[redacted]',
      ChuHoSo: '[redacted]',
      phone: '[redacted]',
      soDienThoai: '[redacted]',
      surveyToken: '[redacted]',
      headers: { Authorization: '[redacted]', Cookie: '[redacted]', 'x-survey-token': '[redacted]' },
      password: '[redacted]',
      procedureName: 'Chứng thực bản sao từ bản chính',
      agencyCode: 'thi-xa-phuoc-long/phuong-thac-mo',
      level: 5,
      callbackConsent: true,
      phoneAbsent: null,
    });
  });

  it('walks arrays, Maps, Headers, Errors, URLs and Dates, and cuts cycles and depth', () => {
    const cyclic: Record<string, unknown> = { comment: 'gọi 0912345678' };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 10; i += 1) deep = { inner: deep };
    const error = new Error('vote refused for 0912 345 678', { cause: { phone: '0912345678' } });
    const result = redactForLog({
      list: ['0987654321', 1n, undefined, () => 1],
      map: new Map<string, unknown>([['phone', '0912345678'], ['level', 3]]),
      headers: new Headers({ authorization: 'Bearer abc', 'content-type': 'application/json' }),
      error,
      url: new URL('https://dichvucong.example.gov.vn/khao-sat?ma=eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl'),
      at: new Date(Date.UTC(2026, 10, 27, 8, 30)),
      never: new Date(Number.NaN),
      skipped: undefined,
      cyclic,
      deep,
    }) as Record<string, unknown>;
    assert.deepEqual(result.list, ['[phone]', 1n, undefined, '[function]']);
    assert.deepEqual(result.map, { phone: '[redacted]', level: 3 });
    assert.deepEqual(result.headers, { authorization: '[redacted]', 'content-type': 'application/json' });
    const loggedError = result.error as Record<string, unknown>;
    assert.equal(loggedError.name, 'Error');
    assert.equal(loggedError.message, 'vote refused for [phone]');
    assert.doesNotMatch(String(loggedError.stack), /0912/);
    assert.deepEqual(loggedError.cause, { phone: '[redacted]' });
    assert.equal(result.url, 'https://dichvucong.example.gov.vn/khao-sat?ma=[token]');
    assert.equal(result.at, '2026-11-27T08:30:00.000Z');
    assert.equal(result.never, 'Invalid Date');
    assert.equal('skipped' in result, false);
    assert.deepEqual(result.cyclic, { comment: 'gọi [phone]', self: '[circular]' });
    assert.match(JSON.stringify(result.deep), /"\[…\]"/);
    assert.equal(redactForLog(Symbol('x')), '[symbol]');
    assert.equal(redactForLog(42), 42);
  });

  const letters = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĐ ,;:!?/()'.split(''));
  const text = fc.array(letters, { maxLength: 30 }).map((chars) => chars.join(''));
  // Between two numbers there is always something that is not a digit, as in any text a person writes.
  const gap = fc.array(letters, { minLength: 1, maxLength: 30 }).map((chars) => chars.join(''));
  const subscriber = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((digits) => digits.join(''));
  // National significant number: a mobile 9 digits (3/5/7/8/9…), or a landline 10 digits (2xx…).
  const nationalNumber = fc.oneof(
    fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), subscriber).map(([head, rest]) => head + rest),
    fc.tuple(fc.constantFrom('24', '28', '271', '206'), subscriber).map(([area, rest]) => (area + rest).slice(0, 10)),
  );
  const separator = fc.constantFrom('', ' ', '.', '-', ' . ', '\u00a0');
  const phone = fc.tuple(nationalNumber, fc.constantFrom('0', '+84', '84', '+84 (0)', '+84 0'), separator, fc.integer({ min: 2, max: 4 })).map(
    ([national, prefix, sep, groupSize]) => {
      const groups: string[] = [];
      for (let i = 0; i < national.length; i += groupSize) groups.push(national.slice(i, i + groupSize));
      const glue = prefix === '0' ? '' : ' ';
      return { national, written: `${prefix}${glue}${groups.join(sep)}` };
    },
  );

  it('lets no Vietnamese phone number through, whatever text is around it (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(gap, phone), { minLength: 1, maxLength: 4 }), text, (parts, tail) => {
        const input = parts.map(([before, { written }]) => `${before}${written}`).join('') + tail;
        const output = JSON.stringify(redactForLog({ comment: input, nested: [input] }));
        const digitsLeft = output.replace(/\D/g, '');
        for (const [, { national }] of parts) {
          assert.ok(!digitsLeft.includes(national), `${input} → ${output}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lets no JWT or bearer token through (fuzz)', async () => {
    const secret = new TextEncoder().encode('khóa-thử-nghiệm-đủ-dài-32-byte-trở-lên');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 4 }), text, text, async (claims, before, after) => {
        const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);
        const signature = token.split('.')[2]!;
        for (const input of [`${before}${token}${after}`, `${before} Bearer ${token} ${after}`, `${before}?t=${token}&x=${after}`]) {
          const output = redactText(input);
          assert.ok(!output.includes(token) && !output.includes(signature), `${input} → ${output}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and keeps the shape of any JSON value (fuzz)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const output = redactForLog(value);
        assert.equal(Array.isArray(output), Array.isArray(value));
        assert.equal(typeof output, typeof value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('createLogger', () => {
  const at = Date.UTC(2026, 10, 27, 8, 30);
  const time = '2026-11-27T08:30:00.000Z';

  it('redacts every message and field before the sink sees them, and dates each record', () => {
    const records: LogRecord[] = [];
    const log = createLogger((record) => records.push(record), { clock: () => at });
    log.info('POST /api/v1/surveys from 0912 345 678', { applicantName: 'Nguyễn Văn An', authorization: 'Bearer abc', status: 201 });
    log.warn('no fields');
    log.debug('debug', {});
    log.error('failed', { error: new Error('token eyJhbGciOiJIUzI1NiJ9.e30.c2ln leaked') });
    assert.deepEqual(records.slice(0, 3), [
      { time, level: 'info', message: 'POST /api/v1/surveys from [phone]', fields: { applicantName: '[redacted]', authorization: '[redacted]', status: 201 } },
      { time, level: 'warn', message: 'no fields' },
      { time, level: 'debug', message: 'debug', fields: {} },
    ]);
    assert.equal((records[3]?.fields?.error as { message: string }).message, 'token [token] leaked');
  });

  it('writes JSON lines, fields beside time, level and message', () => {
    const lines: string[] = [];
    createLogger(jsonLineSink((line) => lines.push(line)), { clock: () => at }).info('sđt 0912345678', { phone: '0912345678', status: 200, level: 'forged' });
    assert.deepEqual(lines, [`{"time":"${time}","level":"info","message":"sđt [phone]","phone":"[redacted]","status":200}`]);
  });

  it('escapes control characters in messages and fields, so no value can forge a line', () => {
    const lines: string[] = [];
    const log = createLogger(jsonLineSink((line) => lines.push(line)), { clock: () => at });
    log.info('GET /x\n{"level":"error"}\r\u2028\u0085\u001b[31m', { path: '/a\nb', list: ['\u0000'] });
    const line = lines[0] ?? '';
    assert.equal(lines.length, 1);
    // eslint-disable-next-line no-control-regex -- no control character may be left
    assert.doesNotMatch(line, /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    const record = JSON.parse(line) as { message: string; path: string; list: string[] };
    assert.equal(record.message, 'GET /x\\u000a{"level":"error"}\\u000d\\u2028\\u0085\\u001b[31m');
    assert.equal(record.path, '/a\\u000ab');
    assert.deepEqual(record.list, ['\\u0000']);
  });

  it('writes the public texts it is given as they are in messages, and masks them in fields', () => {
    const records: LogRecord[] = [];
    const log = createLogger((record) => records.push(record), { publicTexts: ['tel:+842713822222'] });
    log.info('config: hotline: tel:+842713822222; caller 0912345678', { hotline: 'tel:+842713822222' });
    assert.equal(records[0]?.message, 'config: hotline: tel:+842713822222; caller [phone]');
    assert.doesNotMatch(JSON.stringify(records[0]?.fields), /2713822222/);
  });
});
