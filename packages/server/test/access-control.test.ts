import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp, surveyTokenHeader, type SqlRepository } from '@cqtt/server';
import {
  asStaff,
  dossier,
  hs256,
  lineLogger,
  postInit,
  staffAuthorization,
  surveyBody,
  surveyTokenOf,
  testAuth,
  testAuthEnv,
  testConfig,
  tinyCatalog,
  vn,
} from './helpers.js';
import { openTestRepository } from './test-database.js';

const town = 'phuoc-long';
const ward = 'phuoc-long/phuong-thac-mo';
const department = 'phuoc-long/phong-tu-phap';
const phone = '0912345678';
const applicantName = 'Nguyễn Thị Hoa';

/** The tiny catalog under a town, so a town's token reaches its ward and department. */
const catalog = {
  ...tinyCatalog,
  agencies: [
    { code: town, name: 'UBND thị xã Phước Long', level: 'district' as const, model: { registered: false }, fridayRule: false },
    ...tinyCatalog.agencies.map((agency) => ({ ...agency, parentCode: town })),
  ],
};

/** Friday 27/11/2026 15:30 in Vietnam. */
const now = vn('2026-11-27', '15:30');
const nowS = Math.floor(now / 1000);

type ErrorJson = { error: { code: string; message: string } };

/** Staff tokens that must all be refused with 401 and their code. */
const badStaffTokens: readonly (readonly [string, string | undefined, string])[] = [
  ['no token', undefined, 'missing-token'],
  ['not a bearer header', 'Basic dXNlcjpwYXNz', 'malformed-header'],
  ['expired', staffAuthorization(['*'], { iat: nowS - 7200, exp: nowS - 3600 }), 'expired-token'],
  ['forged (another secret)', `Bearer ${hs256('another-portal-secret-0123456789-abcdefghij', { iss: testAuthEnv.CQTT_AUTH_ISSUER, aud: 'cqtt-api', sub: 'x', exp: nowS + 600, agency: ['*'] })}`, 'invalid-token'],
  ['unsigned (alg none)', `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: testAuthEnv.CQTT_AUTH_ISSUER, aud: 'cqtt-api', sub: 'x', exp: nowS + 600, agency: ['*'] })).toString('base64url')}.`, 'invalid-token'],
  ['wrong audience', staffAuthorization(['*'], { aud: 'another-service' }), 'wrong-audience'],
  ['wrong issuer', staffAuthorization(['*'], { iss: 'https://sso.elsewhere.gov.vn' }), 'wrong-issuer'],
  ['a survey token used as a staff token', `Bearer ${surveyTokenOf('HS-W')}`, 'invalid-token'],
];

describe('access control on the API', () => {
  let app: Hono;
  let repository: SqlRepository;
  const logLines: string[] = [];

  before(async () => {
    repository = await openTestRepository();
    await repository.saveCatalog(catalog);
    await repository.saveDossiers([
      dossier('HS-W', { applicantName }),
      dossier('HS-W-OPEN', { status: 'processing', resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
      dossier('HS-W-OLD', { receivedAt: vn('2026-11-02', '09:00'), resolvedAt: vn('2026-11-02', '10:00'), returnedAt: vn('2026-11-02', '10:30') }),
      dossier('HS-W-VOTED'),
      dossier('HS-D', { agencyCode: department, procedureCode: '1.004946.000.00.00.H10' }),
    ]);
    app = createApp(testConfig({ corsOrigins: ['https://dichvucong.example.gov.vn'] }), {
      repository,
      auth: testAuth,
      clock: () => now,
      logger: lineLogger(logLines),
    });
  });

  const protectedRequests: readonly (readonly [string, (authorization?: string) => Response | Promise<Response>])[] = [
    ['GET /dossiers', (authorization) => app.request('/api/v1/dossiers', authorization ? { headers: { Authorization: authorization } } : {})],
    ['GET /dossiers/:id', (authorization) => app.request('/api/v1/dossiers/HS-W', authorization ? { headers: { Authorization: authorization } } : {})],
    ['GET /reports', (authorization) => app.request('/api/v1/reports?from=2026-11-01&to=2026-11-30', authorization ? { headers: { Authorization: authorization } } : {})],
    ['GET /surveys/:id', (authorization) => app.request('/api/v1/surveys/HS-W', authorization ? { headers: { Authorization: authorization } } : {})],
    [
      'POST /survey-tokens',
      (authorization) =>
        app.request('/api/v1/survey-tokens', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(authorization && { Authorization: authorization }) },
          body: JSON.stringify({ dossierId: 'HS-W' }),
        }),
    ],
  ];

  for (const [label, authorization, code] of badStaffTokens) {
    it(`refuses ${label} on every protected endpoint with 401 ${code}, saying nothing of the dossier`, async () => {
      for (const [endpoint, request] of protectedRequests) {
        const response = await request(authorization);
        const text = await response.text();
        const expectedCode = endpoint === 'GET /surveys/:id' && authorization === undefined ? 'survey-token-missing' : code;
        assert.equal(response.status, 401, `${endpoint}: ${text}`);
        assert.equal((JSON.parse(text) as ErrorJson).error.code, expectedCode, endpoint);
        assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer realm="cqtt"/, endpoint);
        assert.doesNotMatch(text, /HS-W|Hoa|thac-mo/, endpoint);
      }
    });
  }

  it('shows a ward\'s staff only their ward, and answers another ward\'s dossier exactly like a missing one', async () => {
    const departmentStaff = asStaff([department]);
    const list = (await (await app.request('/api/v1/dossiers', departmentStaff)).json()) as { id: string }[];
    assert.deepEqual(list.map((item) => item.id), ['HS-D']);

    const other = await app.request('/api/v1/dossiers/HS-W', departmentStaff);
    const missing = await app.request('/api/v1/dossiers/HS-NOWHERE', departmentStaff);
    assert.equal(other.status, 404);
    assert.equal(missing.status, 404);
    assert.equal(await other.text(), await missing.text());

    const otherStatus = await app.request('/api/v1/surveys/HS-W', departmentStaff);
    const missingStatus = await app.request('/api/v1/surveys/HS-NOWHERE', departmentStaff);
    assert.equal(otherStatus.status, 404);
    assert.equal(await otherStatus.text(), await missingStatus.text());

    const grant = (body: unknown) =>
      app.request('/api/v1/survey-tokens', { method: 'POST', headers: { Authorization: staffAuthorization([department]) }, body: JSON.stringify(body) });
    const otherGrant = await grant({ dossierId: 'HS-W' });
    const missingGrant = await grant({ dossierId: 'HS-NOWHERE' });
    assert.equal(otherGrant.status, 404);
    assert.equal(await otherGrant.text(), await missingGrant.text());
  });

  it('answers 403 when a ward\'s staff name another agency in a list or a report', async () => {
    const departmentStaff = asStaff([department]);
    for (const path of [`/api/v1/dossiers?agency=${ward}`, `/api/v1/reports?from=2026-11-01&to=2026-11-30&agency=${ward}`]) {
      const response = await app.request(path, departmentStaff);
      assert.equal(response.status, 403, path);
      assert.equal(((await response.json()) as ErrorJson).error.code, 'forbidden-agency');
    }
    const rows = (await (await app.request('/api/v1/reports?from=2026-11-01&to=2026-11-30', departmentStaff)).json()) as { agencyCode: string }[];
    assert.deepEqual(rows.map((row) => row.agencyCode), [department]);
  });

  it('lets the town\'s staff see every agency below the town, and a token naming no agency see nothing', async () => {
    const list = (await (await app.request('/api/v1/dossiers', asStaff([town]))).json()) as { id: string }[];
    assert.deepEqual(list.map((item) => item.id).sort(), ['HS-D', 'HS-W', 'HS-W-OLD', 'HS-W-OPEN', 'HS-W-VOTED']);
    const rows = (await (await app.request('/api/v1/reports?from=2026-11-01&to=2026-11-30', asStaff([town]))).json()) as { agencyCode: string }[];
    assert.deepEqual(rows.map((row) => row.agencyCode).sort(), [town, department, ward].sort());
    const none = await app.request('/api/v1/dossiers', asStaff([]));
    assert.equal(none.status, 403);
    assert.equal(((await none.json()) as ErrorJson).error.code, 'no-agency-scope');
  });

  it('accepts a survey only with its dossier\'s valid token, and a refusal does not use up the idempotency key', async () => {
    const body = surveyBody('HS-W');
    const attempts: readonly (readonly [string, Record<string, string>, number, string])[] = [
      ['no token', { [surveyTokenHeader]: '' }, 401, 'survey-token-missing'],
      ['another dossier\'s token', { [surveyTokenHeader]: surveyTokenOf('HS-D') }, 403, 'survey-token-wrong-dossier'],
      ['an expired token', { [surveyTokenHeader]: surveyTokenOf('HS-W', { iat: nowS - 9 * 86_400, exp: nowS - 2 * 86_400 }) }, 401, 'survey-token-expired'],
      ['a forged token', { [surveyTokenHeader]: hs256('not-the-survey-secret-0123456789-abcdefgh', { sub: 'HS-W', aud: 'cqtt-survey', iat: nowS, exp: nowS + 600, jti: 'x' }) }, 401, 'survey-token-forged'],
      ['a staff token', { [surveyTokenHeader]: staffAuthorization(['*']).slice('Bearer '.length) }, 401, 'survey-token-forged'],
      ['garbage', { [surveyTokenHeader]: 'not a token' }, 401, 'survey-token-malformed'],
    ];
    for (const [label, headers, status, code] of attempts) {
      const response = await app.request('/api/v1/surveys', postInit(body, 'key-hs-w', headers));
      assert.equal(response.status, status, label);
      const error = ((await response.json()) as ErrorJson).error;
      assert.equal(error.code, code, label);
      assert.match(error.message, /mã khảo sát|Mã khảo sát/, label);
    }
    assert.equal(await repository.surveyCount(), 0);
    const accepted = await app.request('/api/v1/surveys', postInit(body, 'key-hs-w'));
    assert.equal(accepted.status, 201);
    assert.equal(await repository.surveyCount(), 1);
  });

  it('issues a survey token on the result screen that lets the citizen vote and see only whether they voted', async () => {
    const issued = await app.request('/api/v1/survey-tokens', {
      method: 'POST',
      headers: { Authorization: staffAuthorization([ward]), 'Content-Type': 'application/json' },
      body: JSON.stringify({ dossierId: 'HS-W-VOTED' }),
    });
    assert.equal(issued.status, 201);
    const grant = (await issued.json()) as { dossierId: string; token: string; expiresAt: string };
    assert.equal(grant.dossierId, 'HS-W-VOTED');
    // Returned Monday 23/11 10:30, so valid for 7 days from then.
    assert.equal(grant.expiresAt, new Date(vn('2026-11-30', '10:30')).toISOString());

    const vote = surveyBody('HS-W-VOTED', { level: 4, callbackConsent: true, phone });
    const posted = await app.request('/api/v1/surveys', postInit(vote, 'key-voted', { [surveyTokenHeader]: grant.token }));
    assert.equal(posted.status, 201);

    const citizen = await app.request('/api/v1/surveys/HS-W-VOTED', { headers: { [surveyTokenHeader]: grant.token } });
    assert.equal(citizen.status, 200);
    const citizenView = (await citizen.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(citizenView).sort(), ['answered', 'answeredAt', 'dossierId', 'level']);
    const wrongDossier = await app.request('/api/v1/surveys/HS-W', { headers: { [surveyTokenHeader]: grant.token } });
    assert.equal(wrongDossier.status, 403);

    const staffView = (await (await app.request('/api/v1/surveys/HS-W-VOTED', asStaff([ward]))).json()) as { callbackPhone?: string };
    assert.equal(staffView.callbackPhone, phone);
  });

  it('issues no survey token before the result, nor once the survey period is over', async () => {
    const grant = (dossierId: string) =>
      app.request('/api/v1/survey-tokens', { method: 'POST', headers: { Authorization: staffAuthorization([ward]) }, body: JSON.stringify({ dossierId }) });
    const open = await grant('HS-W-OPEN');
    assert.equal(open.status, 422);
    assert.equal(((await open.json()) as ErrorJson).error.code, 'dossier-not-finished');
    const old = await grant('HS-W-OLD');
    assert.equal(old.status, 422);
    assert.equal(((await old.json()) as ErrorJson).error.code, 'survey-period-over');
    const malformed = await grant('');
    assert.equal(malformed.status, 400);
  });

  it('keeps public endpoints open and free of personal data', async () => {
    for (const path of ['/api/v1/agencies', '/api/v1/procedures', '/api/v1/same-day', '/api/v1/messages', '/api/v1/calendar/2026', '/api/v1/time', '/api/v1/openapi.json']) {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
      const text = await response.text();
      assert.doesNotMatch(text, new RegExp(`${applicantName}|${phone}|HS-W`), path);
    }
  });

  it('lets a portal on another origin send both tokens and read the Date header', async () => {
    const preflight = await app.request('/api/v1/dossiers', {
      method: 'OPTIONS',
      headers: { Origin: 'https://dichvucong.example.gov.vn', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization, x-survey-token' },
    });
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    assert.ok(allowed.includes('authorization') && allowed.includes('x-survey-token'), allowed);
    const response = await app.request('/api/v1/time', { headers: { Origin: 'https://dichvucong.example.gov.vn' } });
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /Date/);
  });

  it('writes no phone number, name or token to its log', () => {
    assert.ok(logLines.length > 50, `${logLines.length} log lines`);
    const staffToken = staffAuthorization([ward]).slice('Bearer '.length);
    for (const line of logLines) {
      assert.doesNotMatch(line, /0912345678|Nguyễn|eyJ/, line);
      assert.ok(!line.includes(staffToken) && !line.includes(surveyTokenOf('HS-W')), line);
    }
  });
});
