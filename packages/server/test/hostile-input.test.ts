import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { createApp, openRepository, startServer, type SqlRepository } from '@cqtt/server';
import { hs256, postInit, staffAuthorization, surveyBody, testAuth, testAuthEnv, testConfig, tinyCatalog, dossier, vn, lineLogger } from './helpers.js';

interface ErrorJson {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

const now = vn('2026-11-27', '15:30');
const nowS = Math.floor(now / 1000);

/** A staff token signed with the test portal's secret, with `claims` over valid ones. */
function signedStaff(claims: Readonly<Record<string, unknown>>): string {
  return `Bearer ${hs256(testAuthEnv.CQTT_AUTH_HMAC_SECRET, {
    iss: testAuthEnv.CQTT_AUTH_ISSUER,
    aud: testAuthEnv.CQTT_AUTH_AUDIENCE,
    sub: 'canbo.test',
    iat: nowS - 60,
    exp: nowS + 3600,
    agency: ['*'],
    ...claims,
  })}`;
}

describe('hostile input: typed 4xx answers, never a 500', () => {
  let repository: SqlRepository;
  let app: ReturnType<typeof createApp>;
  const lines: string[] = [];

  before(async () => {
    repository = await openRepository('memory://');
    await repository.saveCatalog(tinyCatalog);
    await repository.saveDossiers([dossier('HS-NUL')]);
    app = createApp(testConfig(), { repository, auth: testAuth, clock: () => now, logger: lineLogger(lines) });
  });
  after(() => repository.close());

  const staffRoutes = ['/api/v1/dossiers', '/api/v1/dossiers/HS-NUL', '/api/v1/reports?from=2026-11-01&to=2026-11-30', '/api/v1/surveys/HS-NUL'];
  const wrongClaims: readonly [string, Record<string, unknown>][] = [
    ['sub a number', { sub: 42 }],
    ['sub an object', { sub: { id: 'x' } }],
    ['sub an array', { sub: ['x'] }],
    ['agency a number', { agency: 7 }],
    ['agency an object', { agency: { code: '*' } }],
    ['roles an object', { roles: { admin: true } }],
    ['iat a string', { iat: 'yesterday' }],
    ['exp a string', { exp: 'tomorrow' }],
    ['exp an object', { exp: { at: nowS + 60 } }],
  ];
  for (const [label, claims] of wrongClaims) {
    it(`answers a validly signed staff token with ${label} with 401 invalid-claims on every staff route`, async () => {
      for (const route of staffRoutes) {
        const response = await app.request(route, { headers: { Authorization: signedStaff(claims) } });
        assert.equal(response.status, 401, `${label} ${route}`);
        assert.equal(((await response.json()) as ErrorJson).error.code, 'invalid-claims', `${label} ${route}`);
      }
    });
  }

  it('refuses a staff token that lives longer than CQTT_AUTH_MAX_TOKEN_AGE_S (12 h by default)', async () => {
    const strict = createApp(testConfig(), { repository, auth: { ...testAuth, maxTokenAgeS: 12 * 3600 }, clock: () => now });
    const tenYears = await strict.request('/api/v1/dossiers', { headers: { Authorization: signedStaff({ iat: nowS - 60, exp: nowS + 10 * 365 * 86_400 }) } });
    assert.equal(tenYears.status, 401);
    assert.equal(((await tenYears.json()) as ErrorJson).error.code, 'token-too-long-lived');
    const noIat = await strict.request('/api/v1/dossiers', { headers: { Authorization: signedStaff({ iat: undefined, exp: nowS + 13 * 3600 }) } });
    assert.equal(noIat.status, 401);
    const twelveHours = await strict.request('/api/v1/dossiers', { headers: { Authorization: signedStaff({ iat: nowS - 60, exp: nowS - 60 + 12 * 3600 }) } });
    assert.equal(twelveHours.status, 200);
  });

  it('answers a NUL character in a dossier id with 400 naming the field', async () => {
    for (const route of ['/api/v1/dossiers/HS%00NUL', '/api/v1/surveys/HS%00NUL']) {
      const response = await app.request(route, { headers: { Authorization: staffAuthorization() } });
      assert.equal(response.status, 400, route);
      const body = (await response.json()) as ErrorJson;
      assert.equal(body.error.code, 'invalid-request');
      assert.deepEqual(body.error.fields?.map((field) => field.path), ['dossierId']);
    }
  });

  it('answers a NUL character in a query value with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['agency=a%00b', 'agency'],
      ['status=returned%00', 'status'],
      ['from=2026-11-01%00', 'from'],
      ['limit=1%00', 'limit'],
    ] as const) {
      const response = await app.request(`/api/v1/dossiers?${query}`, { headers: { Authorization: staffAuthorization() } });
      assert.equal(response.status, 400, query);
      assert.deepEqual(((await response.json()) as ErrorJson).error.fields?.map((entry) => entry.path), [field], query);
    }
    const messages = await app.request('/api/v1/messages?lang=vi%00');
    assert.equal(messages.status, 400);
  });

  it('answers a NUL character in a survey comment or dossier id with 400 naming the field, and stores nothing', async () => {
    const comment = await app.request('/api/v1/surveys', postInit(surveyBody('HS-NUL', { comment: 'Tốt\u0000lắm' }), 'key-nul-comment'));
    assert.equal(comment.status, 400);
    assert.deepEqual(((await comment.json()) as ErrorJson).error.fields?.map((entry) => entry.path), ['$.comment']);
    const id = await app.request('/api/v1/surveys', postInit(surveyBody('HS\u0000NUL'), 'key-nul-id'));
    assert.equal(id.status, 400);
    assert.deepEqual(((await id.json()) as ErrorJson).error.fields?.map((entry) => entry.path), ['$.dossierId']);
    const status = await app.request('/api/v1/surveys/HS-NUL', { headers: { Authorization: staffAuthorization() } });
    assert.equal(((await status.json()) as { answered: boolean }).answered, false);
    const grant = await app.request('/api/v1/survey-tokens', {
      method: 'POST',
      headers: { Authorization: staffAuthorization(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ dossierId: 'HS\u0000NUL' }),
    });
    assert.equal(grant.status, 400);
    assert.deepEqual(((await grant.json()) as ErrorJson).error.fields?.map((entry) => entry.path), ['$.dossierId']);
  });

  it('answers dates outside 1900-2199 with 400: a query in year 1, a survey voted in year 1 or 9999', async () => {
    for (const route of ['/api/v1/dossiers?from=0001-01-01', '/api/v1/reports?from=0001-01-01&to=2026-11-30', '/api/v1/reports?from=2026-11-01&to=9999-12-31']) {
      const response = await app.request(route, { headers: { Authorization: staffAuthorization() } });
      assert.equal(response.status, 400, route);
      assert.equal(((await response.json()) as ErrorJson).error.code, 'invalid-request', route);
    }
    for (const votedAt of ['0001-01-01T00:00:00+07:00', '9999-12-31T23:59:59+07:00', '1899-12-31T16:59:59Z']) {
      const response = await app.request('/api/v1/surveys', postInit(surveyBody('HS-NUL', { votedAt }), `key-${votedAt}`));
      assert.equal(response.status, 400, votedAt);
      assert.deepEqual(((await response.json()) as ErrorJson).error.fields?.map((entry) => entry.path), ['$.votedAt'], votedAt);
    }
  });

  it('never answers an invalid-text database error from outside input with a 500', async () => {
    const failing = createApp(testConfig(), {
      repository: new Proxy(repository, {
        get(target, property, receiver) {
          if (property === 'dossier') return () => Promise.reject(Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }));
          return Reflect.get(target, property, receiver) as unknown;
        },
      }),
      auth: testAuth,
      clock: () => now,
    });
    const response = await failing.request('/api/v1/dossiers/HS-NUL', { headers: { Authorization: staffAuthorization() } });
    assert.equal(response.status, 400);
    const body = (await response.json()) as ErrorJson;
    assert.equal(body.error.code, 'invalid-request');
    assert.doesNotMatch(JSON.stringify(body), /UTF8|0x00|22021|SQLSTATE/);
  });
});

describe('an oversized body on a keep-alive connection', () => {
  it('is answered 413 with Connection: close, and the server then closes the connection it said it would', async () => {
    const server = await startServer(testConfig({ bodyLimitBytes: 256 }), testAuth);
    try {
      const socket = connect(server.port, '127.0.0.1');
      await once(socket, 'connect');
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      const ended = once(socket, 'close');
      const body = JSON.stringify({ comment: 'x'.repeat(4096) });
      socket.write(
        `POST /api/v1/surveys HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\nContent-Type: application/json\r\n` +
          `Idempotency-Key: k-413\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      await ended;
      const head = received.slice(0, received.indexOf('\r\n\r\n')).toLowerCase();
      assert.match(head, /^http\/1\.1 413 /);
      assert.match(head, /\r\nconnection: close(\r\n|$)/);
      assert.doesNotMatch(head, /keep-alive/);
    } finally {
      await server.close();
    }
  });
});
