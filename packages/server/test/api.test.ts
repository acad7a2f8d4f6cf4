import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, defaultMessages, type SqlRepository, type Repository } from '@cqtt/server';
import { asStaff, dossier, postInit, surveyBody, testAuth, testConfig, tinyCatalog, vn, lineLogger } from './helpers.js';
import { openTestRepository } from './test-database.js';

type ErrorJson = { error: { code: string; message: string; fields?: { path: string; message: string }[] } };

describe('API', () => {
  let repository: SqlRepository;
  let app: ReturnType<typeof createApp>;
  const now = vn('2026-11-27', '15:30');

  before(async () => {
    repository = await openTestRepository();
    await repository.saveCatalog(tinyCatalog);
    await repository.saveMessages(defaultMessages('tel:+842713000000'));
    await repository.saveDossiers([
      dossier('HS-1', { receivedAt: vn('2026-11-02', '08:00') }),
      dossier('HS-2', { status: 'processing', receivedAt: vn('2026-11-20', '16:59'), resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
      dossier('HS-3', { agencyCode: 'phuoc-long/phong-tu-phap', procedureCode: '1.004946.000.00.00.H10', receivedAt: vn('2026-11-21', '00:30') }),
      dossier('HS-4', { appointmentAt: undefined, receivedAt: vn('2026-11-26', '23:59') }),
    ]);
    app = createApp(testConfig({ corsOrigins: ['https://dichvucong.example.gov.vn'] }), { repository, auth: testAuth, clock: () => now });
  });
  after(() => repository.close());

  const getJson = async (path: string): Promise<[number, unknown]> => {
    const response = await app.request(path, asStaff());
    return [response.status, await response.json()];
  };

  it('serves the catalog as stored', async () => {
    assert.deepEqual(await getJson('/api/v1/agencies'), [200, tinyCatalog.agencies]);
    assert.deepEqual(await getJson('/api/v1/procedures'), [200, tinyCatalog.procedures]);
    assert.deepEqual(await getJson('/api/v1/same-day'), [200, tinyCatalog.sameDay]);
  });

  it('serves one dossier with instants in Vietnam time (+07:00) and its procedure name', async () => {
    const [status, body] = await getJson('/api/v1/dossiers/HS-4');
    assert.equal(status, 200);
    assert.deepEqual(body, {
      id: 'HS-4',
      procedureCode: '1.001193.000.00.00.H10',
      agencyCode: 'phuoc-long/phuong-thac-mo',
      status: 'returned',
      receivedAt: '2026-11-26T23:59:00.000+07:00',
      resolvedAt: '2026-11-23T10:00:00.000+07:00',
      returnedAt: '2026-11-23T10:30:00.000+07:00',
      closedAt: '2026-11-23T10:35:00.000+07:00',
      procedureName: 'Đăng ký khai sinh',
    });
    const [missing, error] = await getJson('/api/v1/dossiers/HS-404');
    assert.equal(missing, 404);
    assert.equal((error as ErrorJson).error.code, 'not-found');
  });

  it('lists dossiers by agency, status and Vietnam receipt date, newest first', async () => {
    const ids = async (query: string) => ((await getJson(`/api/v1/dossiers?${query}`))[1] as { id: string }[]).map((d) => d.id);
    assert.deepEqual(await ids(''), ['HS-4', 'HS-3', 'HS-2', 'HS-1']);
    assert.deepEqual(await ids('agency=phuoc-long/phong-tu-phap'), ['HS-3']);
    assert.deepEqual(await ids('status=processing,resolved'), ['HS-2']);
    // 00:30 on 21/11 in Vietnam is still 20/11 in UTC: the date is Vietnam's.
    assert.deepEqual(await ids('from=2026-11-21&to=2026-11-21'), ['HS-3']);
    assert.deepEqual(await ids('from=2026-11-20&to=2026-11-20'), ['HS-2']);
    assert.deepEqual(await ids('to=26/11/2026&limit=2'), ['HS-4', 'HS-3']);
  });

  it('rejects bad list parameters with the parameter named', async () => {
    const response = await app.request('/api/v1/dossiers?status=done&from=2026-02-30&limit=0&agency=%3Cscript%3E', asStaff());
    assert.equal(response.status, 400);
    const body = (await response.json()) as ErrorJson;
    assert.deepEqual(body.error.fields?.map((f) => f.path).sort(), ['agency', 'from', 'limit', 'status']);
    const reversed = (await (await app.request('/api/v1/dossiers?from=2026-11-02&to=2026-11-01', asStaff())).json()) as ErrorJson;
    assert.deepEqual(reversed.error.fields?.map((f) => f.path), ['from']);
  });

  it('serves the official calendar of 2026 and a computed one for 2030 (Vietnamese Tết, 2 Feb)', async () => {
    const [status, body] = await getJson('/api/v1/calendar/2026');
    assert.equal(status, 200);
    const year = body as { year: number; daysOff: string[]; workingDays: string[]; source: string };
    assert.equal(year.year, 2026);
    for (const date of ['2026-01-01', '2026-02-16', '2026-02-20', '2026-04-27', '2026-09-02']) assert.ok(year.daysOff.includes(date), date);
    assert.ok(year.workingDays.includes('2026-01-10'));
    const computed = (await getJson('/api/v1/calendar/2030'))[1] as { daysOff: string[]; source: string };
    assert.ok(computed.daysOff.includes('2030-02-04'), 'Tết 2030 (Mùng 3) is off');
    assert.match(computed.source, /Bộ luật Lao động/);
    assert.equal((await app.request('/api/v1/calendar/20x6')).status, 400);
    assert.equal((await app.request('/api/v1/calendar/1800')).status, 400);
  });

  it('serves the ticker lines in Vietnamese by default, in English on request, with the hotline as tel:', async () => {
    const vi = (await getJson('/api/v1/messages'))[1] as { id: string; kind: string; text: string; href?: string }[];
    assert.deepEqual(vi.map((m) => m.kind), ['slogan', 'slogan', 'slogan', 'reminder', 'hotline']);
    assert.match(vi[0]!.text, /Xin chào, xin lỗi, xin cảm ơn, xin phép/);
    assert.deepEqual(vi[4], { id: 'hotline-ubnd', kind: 'hotline', text: 'lãnh đạo UBND thị xã, 0271 3000 000', href: 'tel:+842713000000' });
    const en = (await getJson('/api/v1/messages?lang=en'))[1] as { text: string }[];
    assert.equal(en[4]!.text, "People's Committee leaders, 0271 3000 000", 'the ticker adds its own "Hotline" label');
    assert.equal((await app.request('/api/v1/messages?lang=fr')).status, 400);
  });

  it("tells the server's time, in epoch ms and in Vietnam time", async () => {
    assert.deepEqual(await getJson('/api/v1/time'), [200, { epochMs: now, iso: '2026-11-27T08:30:00.000Z', vietnam: '2026-11-27T15:30:00.000+07:00' }]);
  });

  it('serves the OpenAPI document of the contract', async () => {
    const [status, body] = await getJson('/api/v1/openapi.json');
    assert.equal(status, 200);
    const doc = body as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok('/surveys' in doc.paths);
  });

  it('answers an unknown API path with the JSON error envelope', async () => {
    const response = await app.request('/api/v1/nothing-here');
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as ErrorJson).error.code, 'not-found');
  });

  it('puts the security headers on every response, errors included, and never caches the API', async () => {
    for (const path of ['/api/v1/agencies', '/api/v1/dossiers/HS-404', '/api/v1/dossiers?limit=x']) {
      const response = await app.request(path);
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN', path);
      assert.equal(response.headers.get('cache-control'), 'no-store', path);
    }
  });

  it('allows only the listed origins (CORS), preflight included', async () => {
    const allowed = await app.request('/api/v1/agencies', { headers: { Origin: 'https://dichvucong.example.gov.vn' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://dichvucong.example.gov.vn');
    const other = await app.request('/api/v1/agencies', { headers: { Origin: 'https://evil.example.com' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = await app.request('/api/v1/surveys', {
      method: 'OPTIONS',
      headers: { Origin: 'https://dichvucong.example.gov.vn', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key,content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
  });

  it('sends no CORS headers at all when no origin is configured', async () => {
    const closed = createApp(testConfig(), { repository, auth: testAuth, clock: () => now });
    const response = await closed.request('/api/v1/agencies', { headers: { Origin: 'https://dichvucong.example.gov.vn' } });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('refuses a body over the limit with 413', async () => {
    const small = createApp(testConfig({ bodyLimitBytes: 512 }), { repository, auth: testAuth, clock: () => now });
    const response = await small.request('/api/v1/surveys', postInit(surveyBody('HS-1', { comment: 'ý'.repeat(400) }), 'key-big'));
    assert.equal(response.status, 413);
    assert.equal(((await response.json()) as ErrorJson).error.code, 'payload-too-large');
  });

  it('limits requests per client with 429 and Retry-After, and forgets them after the window', async () => {
    let clock = now;
    const limited = createApp(testConfig({ rateLimit: { requests: 2, windowMs: 60_000 }, trustProxy: true }), { repository, auth: testAuth, clock: () => clock });
    const from = (address: string) => ({ headers: { 'X-Forwarded-For': `${address}, 10.0.0.1` } });
    assert.equal((await limited.request('/api/v1/time', from('203.0.113.7'))).status, 200);
    assert.equal((await limited.request('/api/v1/time', from('203.0.113.7'))).status, 200);
    clock += 15_000;
    const refused = await limited.request('/api/v1/surveys', postInit(surveyBody('HS-1'), 'key-limited', from('203.0.113.7').headers));
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '45');
    assert.equal(((await refused.json()) as ErrorJson).error.code, 'rate-limited');
    assert.equal((await limited.request('/api/v1/time', from('198.51.100.2'))).status, 200, 'another client is not affected');
    clock += 45_000;
    assert.equal((await limited.request('/api/v1/time', from('203.0.113.7'))).status, 200);
  });

  it('answers a server fault with a plain 500 envelope: no stack, no SQL, and logs no personal data', async () => {
    const lines: string[] = [];
    const fault = () => Promise.reject(Object.assign(new Error('relation "secret_table" violates 0912345678'), { code: '23505' }));
    const failing: Repository = {
      ...Object.fromEntries(
        (['claimIdempotencyKey', 'releaseIdempotencyKey'] as const).map((name) => [name, repository[name].bind(repository)]),
      ),
      agencies: fault,
      recordSurvey: fault,
    } as unknown as Repository;
    const broken = createApp(testConfig(), { repository: failing, auth: testAuth, clock: () => now, logger: lineLogger(lines) });
    const response = await broken.request('/api/v1/agencies');
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.equal((JSON.parse(text) as { error: { code: string } }).error.code, 'internal');
    assert.doesNotMatch(text, /secret_table|0912345678|at .*\.ts/);

    const body = surveyBody('HS-1', { phone: '0912345678', callbackConsent: true });
    const failed = await broken.request('/api/v1/surveys', postInit(body, 'token-abc-123'));
    assert.equal(failed.status, 500);
    assert.equal(lines.some((line) => line.includes('SQLSTATE 23505')), true);
    assert.equal(lines.some((line) => /0912345678|token-abc-123|secret_table/.test(line)), false, lines.join('\n'));
    // The failed request released its key: a retry is processed, not refused as in flight.
    const retry = await app.request('/api/v1/surveys', postInit(body, 'token-abc-123'));
    assert.equal(retry.status, 201);
  });
});
