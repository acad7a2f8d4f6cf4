import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, type SqlRepository } from '@cqtt/server';
import { openTestRepository } from './test-database.js';
import { staffAuthorization, testAuth, testConfig, tinyCatalog, vn } from './helpers.js';

type Json = Record<string, unknown>;
type ErrorJson = { error: { code: string; message: string; fields?: { path: string; message: string }[] }; current?: Json };

const ward = 'phuoc-long/phuong-thac-mo';
const department = 'phuoc-long/phong-tu-phap';
const birth = '1.001193.000.00.00.H10';
const copy = '1.004946.000.00.00.H10';

const admin = (agencyCodes: readonly string[], sub = 'quantri.test') => staffAuthorization(agencyCodes, { roles: ['cqtt-admin'], sub });
const provinceAdmin = admin(['*'], 'quantri.tinh');
const wardAdmin = admin([ward], 'quantri.phuong');
const departmentAdmin = admin([department], 'quantri.phong');
const staffOnly = staffAuthorization(['*'], { roles: ['mot-cua'] });

function request(method: string, authorization: string | undefined, body?: unknown, version?: string): RequestInit {
  const headers: Record<string, string> = {};
  if (authorization) headers['Authorization'] = authorization;
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) };
}

const registrationBody = (fields: Json = {}) => ({ agencyCode: ward, procedureCode: copy, from: '2026-12-01', document: 'Quyết định 12/QĐ-UBND', ...fields });
const messageBody = (fields: Json = {}) => ({ agencyCode: ward, kind: 'slogan', textVi: 'Vì nhân dân phục vụ', textEn: 'Serving the people', screens: ['led'], position: 5, ...fields });

describe('administration API', () => {
  let repository: SqlRepository;
  let app: ReturnType<typeof createApp>;
  const now = vn('2026-12-04', '10:00');

  before(async () => {
    repository = await openTestRepository();
    await repository.saveCatalog(tinyCatalog);
    app = createApp(testConfig(), { repository, auth: testAuth, clock: () => now });
  });
  after(() => repository.close());

  const call = async (path: string, init: RequestInit): Promise<[number, Json & ErrorJson, Headers]> => {
    const response = await app.request(path, init);
    const text = await response.text();
    return [response.status, (text === '' ? {} : JSON.parse(text)) as Json & ErrorJson, response.headers];
  };

  it('refuses every admin route without a token (401), to non-admins and to another agency\'s admin (403)', async () => {
    const [, registration] = await call('/api/v1/admin/registrations', request('POST', wardAdmin, registrationBody()));
    const [, message] = await call('/api/v1/admin/messages', request('POST', wardAdmin, messageBody()));
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/v1/admin/calendar/2027'],
      ['PUT', '/api/v1/admin/calendar/2027', { daysOff: [], workingDays: [], source: 's' }],
      ['DELETE', '/api/v1/admin/calendar/2027'],
      ['GET', '/api/v1/admin/registrations'],
      ['GET', `/api/v1/admin/registrations?agencyCode=${encodeURIComponent(ward)}`],
      ['POST', '/api/v1/admin/registrations', registrationBody()],
      ['GET', `/api/v1/admin/registrations/${registration['id'] as string}`],
      ['PUT', `/api/v1/admin/registrations/${registration['id'] as string}`, registrationBody()],
      ['DELETE', `/api/v1/admin/registrations/${registration['id'] as string}`],
      ['GET', `/api/v1/admin/agencies/${encodeURIComponent(ward)}/settings`],
      ['PUT', `/api/v1/admin/agencies/${encodeURIComponent(ward)}/settings`, {}],
      ['DELETE', `/api/v1/admin/agencies/${encodeURIComponent(ward)}/settings`],
      ['GET', '/api/v1/admin/messages'],
      ['GET', `/api/v1/admin/messages?agencyCode=${encodeURIComponent(ward)}`],
      ['POST', '/api/v1/admin/messages', messageBody()],
      ['GET', `/api/v1/admin/messages/${message['id'] as string}`],
      ['PUT', `/api/v1/admin/messages/${message['id'] as string}`, messageBody()],
      ['DELETE', `/api/v1/admin/messages/${message['id'] as string}`],
      ['GET', '/api/v1/admin/audit'],
    ];
    // Listing the admin's own scope is allowed to another agency's admin: only these name the ward.
    const namesTheWard = (method: string, path: string) => !(method === 'GET' && /\/admin\/(registrations|messages|audit)$/.test(path)) && !(method === 'GET' && path.includes('/calendar/'));
    for (const [method, path, body] of routes) {
      const [missing, missingBody] = await call(path, request(method, undefined, body, '1'));
      assert.equal(missing, 401, `${method} ${path}`);
      assert.equal(missingBody.error.code, 'missing-token');
      const [notAdmin, notAdminBody] = await call(path, request(method, staffOnly, body, '1'));
      assert.equal(notAdmin, 403, `${method} ${path} as staff`);
      assert.equal(notAdminBody.error.code, 'forbidden');
      if (namesTheWard(method, path)) {
        const [other, otherBody] = await call(path, request(method, departmentAdmin, body, '1'));
        assert.equal(other, 403, `${method} ${path} as another agency's admin`);
        assert.equal(otherBody.error.code, 'forbidden');
      }
    }
    assert.equal((await call('/api/v1/admin/registrations', request('GET', departmentAdmin)))[1]['items'] instanceof Array, true);
    assert.deepEqual((await call('/api/v1/admin/registrations', request('GET', departmentAdmin)))[1]['items'], []);
  });

  it('gives the second of two admins editing one agency 412 with the first one\'s version; nothing is lost', async () => {
    const path = `/api/v1/admin/agencies/${encodeURIComponent(ward)}/settings`;
    const [status, read, headers] = await call(path, request('GET', wardAdmin));
    assert.equal(status, 200);
    assert.equal(headers.get('ETag'), `"${read['version'] as string}"`);
    const { officeHours, fridayRule, cutoff, procedures } = read as Json;
    const saturday = { ...(officeHours as Json), sat: [['07:00', '11:30']] };
    const first = await call(path, request('PUT', wardAdmin, { officeHours: saturday, fridayRule, cutoff, procedures }, read['version'] as string));
    assert.equal(first[0], 200);
    assert.deepEqual((first[1]['officeHours'] as Json)['sat'], [['07:00', '11:30']]);
    const [second, conflict, conflictHeaders] = await call(path, request('PUT', provinceAdmin, { officeHours, fridayRule: false, cutoff: '16:00', procedures }, read['version'] as string));
    assert.equal(second, 412);
    assert.equal(conflict.error.code, 'precondition-failed');
    assert.deepEqual(conflict.current, first[1]);
    assert.equal(conflictHeaders.get('ETag'), `"${first[1]['version'] as string}"`);
    assert.deepEqual((await call(path, request('GET', wardAdmin)))[1], first[1]);
    const [missingMatch, missingBody] = await call(path, request('PUT', wardAdmin, { officeHours, fridayRule, cutoff, procedures }));
    assert.equal(missingMatch, 428);
    assert.equal(missingBody.error.code, 'precondition-required');
    const [publicStatus, publicSettings] = await call(path.replace('/admin', ''), request('GET', undefined));
    assert.equal(publicStatus, 200);
    assert.deepEqual((publicSettings['officeHours'] as Json)['sat'], [['07:00', '11:30']]);
    assert.equal(publicSettings['updatedBy'], undefined);
    const agencies = (await (await app.request('/api/v1/agencies')).json()) as { code: string; fridayRule: boolean; officeHours?: { week: Json } }[];
    assert.deepEqual(agencies.find((agency) => agency.code === ward)?.officeHours?.week['6'], [{ start: '07:00', end: '11:30' }], 'the elements get the saved hours');
    assert.equal(agencies.find((agency) => agency.code === department)?.officeHours, undefined, 'an agency without settings is as catalogued');
  });

  it('validates bodies with field paths and writes nothing for a bad one', async () => {
    const before = (await call('/api/v1/admin/audit', request('GET', provinceAdmin)))[1]['items'] as Json[];
    const [status, body] = await call('/api/v1/admin/registrations', request('POST', wardAdmin, registrationBody({ to: '2026-11-01', procedureCode: 'x' })));
    assert.equal(status, 400);
    assert.deepEqual(body.error.fields?.map((field) => field.path), ['$.to']);
    const [unknown, unknownBody] = await call('/api/v1/admin/registrations', request('POST', wardAdmin, registrationBody({ procedureCode: '9.999' })));
    assert.equal(unknown, 400);
    assert.deepEqual(unknownBody.error.fields?.map((field) => field.path), ['$.procedureCode']);
    const [notJson] = await call('/api/v1/admin/messages', { ...request('POST', wardAdmin), body: '{', headers: { Authorization: wardAdmin, 'Content-Type': 'application/json' } });
    assert.equal(notJson, 400);
    assert.deepEqual((await call('/api/v1/admin/audit', request('GET', provinceAdmin)))[1]['items'], before);
  });

  it('publishes Tết 2027 with a swapped Saturday, serves it publicly, and withdraws it back to computed', async () => {
    const [, computed] = await call('/api/v1/admin/calendar/2027', request('GET', provinceAdmin));
    assert.equal(computed['status'], 'computed');
    const tet = {
      daysOff: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'],
      workingDays: ['2027-01-30'],
      source: 'Thông báo thử nghiệm Tết Đinh Mùi 2027',
    };
    const [nonsense, nonsenseBody] = await call(
      '/api/v1/admin/calendar/2027',
      request('PUT', provinceAdmin, { ...tet, daysOff: [...tet.daysOff, '2026-12-31', '2027-02-04'], workingDays: ['2027-02-05'] }, computed['version'] as string),
    );
    assert.equal(nonsense, 400);
    assert.deepEqual(nonsenseBody.error.fields?.map((field) => field.path), ['$.daysOff[8]'], 'the date listed twice');
    const [outside, outsideBody] = await call('/api/v1/admin/calendar/2027', request('PUT', provinceAdmin, { ...tet, daysOff: ['2026-12-31'], workingDays: ['2027-02-05', '2027-01-30'], source: 'x' }, '0'));
    assert.equal(outside, 400);
    assert.deepEqual(outsideBody.error.fields?.map((field) => field.path), ['$.daysOff[0]']);
    const [both, bothBody] = await call('/api/v1/admin/calendar/2027', request('PUT', provinceAdmin, { ...tet, workingDays: ['2027-02-05'] }, '0'));
    assert.equal(both, 400);
    assert.deepEqual(bothBody.error.fields, [{ path: '$.workingDays[0]', message: 'this date is also a day off' }]);
    const [wardTry] = await call('/api/v1/admin/calendar/2027', request('PUT', wardAdmin, tet, '0'));
    assert.equal(wardTry, 403);

    const [published, year] = await call('/api/v1/admin/calendar/2027', request('PUT', provinceAdmin, tet, '0'));
    assert.equal(published, 200);
    assert.equal(year['status'], 'published');
    assert.equal(year['publishedBy'], 'quantri.tinh');
    const publicYear = await app.request('/api/v1/calendar/2027');
    assert.equal(publicYear.headers.get('Cache-Control'), 'public, max-age=60, must-revalidate');
    const etag = publicYear.headers.get('ETag')!;
    assert.deepEqual(await publicYear.json(), { year: 2027, ...tet, status: 'published' });
    assert.equal((await app.request('/api/v1/calendar/2027', { headers: { 'If-None-Match': etag } })).status, 304);

    const [, withdrawn] = await call('/api/v1/admin/calendar/2027', request('DELETE', provinceAdmin, undefined, year['version'] as string));
    assert.equal(withdrawn['status'], 'computed');
    const after = await app.request('/api/v1/calendar/2027', { headers: { 'If-None-Match': etag } });
    assert.equal(after.status, 200);
    assert.equal(((await after.json()) as Json)['status'], 'computed');
    assert.equal(((await (await app.request('/api/v1/calendar/2026')).json()) as Json)['status'], 'official');

    const audit = (await call('/api/v1/admin/audit?limit=2', request('GET', provinceAdmin)))[1];
    const [unpublish, publish] = audit['items'] as Json[];
    assert.deepEqual([unpublish?.['action'], publish?.['action']], ['unpublish', 'publish']);
    assert.equal(publish?.['subject'], 'quantri.tinh');
    assert.equal((publish?.['before'] as Json)['status'], 'computed');
    assert.deepEqual((publish?.['after'] as Json)['daysOff'], tet.daysOff);
    assert.ok(typeof audit['next'] === 'string');
    const wardAudit = (await call('/api/v1/admin/audit', request('GET', wardAdmin)))[1]['items'] as Json[];
    assert.ok(wardAudit.length > 0 && wardAudit.every((entry) => entry['agencyCode'] === ward), 'a ward admin sees only the ward\'s rows');
  });

  it('serves the registrations valid today and the messages active today', async () => {
    const [, ended] = await call('/api/v1/admin/registrations', request('POST', wardAdmin, registrationBody({ from: '2026-01-01', to: '2026-12-03' })));
    assert.equal(ended['to'], '2026-12-03');
    const [refused] = await call('/api/v1/admin/registrations', request('POST', wardAdmin, registrationBody({ agencyCode: department })));
    assert.equal(refused, 403, 'the ward admin cannot register for the department');
    const validToday = (await call('/api/v1/admin/registrations?on=2026-12-04', request('GET', wardAdmin)))[1]['items'] as Json[];
    assert.ok(!validToday.some((entry) => entry['id'] === ended['id']), 'ended yesterday');
    assert.ok(validToday.some((entry) => entry['procedureCode'] === birth && entry['from'] === '2023-08-08'), 'the plan\'s registrations are valid from 2023-08-08');
    const sameDay = (await (await app.request('/api/v1/same-day')).json()) as { procedureCode: string; agencyCode: string }[];
    assert.deepEqual(
      sameDay.map((entry) => entry.procedureCode).sort(),
      validToday.map((entry) => entry['procedureCode']).sort(),
    );

    const [, future] = await call('/api/v1/admin/messages', request('POST', wardAdmin, messageBody({ textVi: 'Sắp tới', from: '2026-12-05' })));
    const [, today] = await call('/api/v1/admin/messages', request('POST', wardAdmin, messageBody({ textVi: 'Hôm nay', to: '2026-12-04', screens: ['staff'] })));
    const texts = async (query: string) => ((await (await app.request(`/api/v1/messages${query}`)).json()) as { text: string }[]).map((entry) => entry.text);
    assert.ok((await texts('')).includes('Hôm nay'));
    assert.ok(!(await texts('')).includes('Sắp tới'));
    assert.ok(!(await texts('?screen=led')).includes('Hôm nay'));
    assert.equal((await app.request('/api/v1/messages?screen=tv')).status, 400);
    assert.equal(future['from'], '2026-12-05');
    assert.deepEqual(today['screens'], ['staff']);
  });
});
