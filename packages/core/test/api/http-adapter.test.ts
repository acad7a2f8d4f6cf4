import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstValueFrom, lastValueFrom, take, toArray } from 'rxjs';
import {
  ContractError,
  HttpPortalAdapter,
  HttpStatusError,
  isSurveyTokenErrorCode,
  NetworkError,
  TimeoutError,
  type FetchLike,
  type HttpPortalAdapterOptions,
  type SurveyResponse,
} from '@cqtt/core';

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

type Handler = (call: Call, index: number) => Response | Promise<Response>;

/** A fetch that records calls and answers from a script (one handler per call, the last one repeats). */
function scriptedFetch(...handlers: Handler[]): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: FetchLike = (url, init) => {
    const call = { url, init };
    calls.push(call);
    const handler = handlers[Math.min(calls.length - 1, handlers.length - 1)]!;
    return Promise.resolve().then(() => handler(call, calls.length - 1));
  };
  return { fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** Never answers; rejects with an AbortError when the request is aborted, as fetch does. */
const hang: Handler = ({ init }) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

function adapter(fetch: FetchLike, options: Partial<HttpPortalAdapterOptions> = {}): HttpPortalAdapter {
  return new HttpPortalAdapter({
    baseUrl: 'https://motcua.example.gov.vn/',
    fetch,
    timeoutMs: 1000,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 50 },
    random: () => 0,
    localClock: () => Date.UTC(2026, 10, 27, 8, 30),
    ...options,
  });
}

const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

const messages = [{ id: 'slogan-bon-xin', kind: 'slogan', text: '4 xin' }];

const wireDossier = {
  id: 'HS-1',
  procedureCode: '1.000804.000.00.00.H25',
  agencyCode: 'UBND-PHUONG-LONG-PHUOC',
  status: 'resolved',
  receivedAt: '2026-11-27T09:00:00+07:00',
};

const vote: SurveyResponse = {
  dossierId: 'HS-1',
  level: 5,
  shortcomings: [],
  praise: ['xin-chao', 'luon-mim-cuoi'],
  callbackConsent: false,
  votedAt: Date.UTC(2026, 10, 27, 9, 0),
};

describe('HttpPortalAdapter: requests', () => {
  it('builds URLs from baseUrl and the endpoint map, and validates the answer', async () => {
    const { fetch, calls } = scriptedFetch(() => json(messages));
    const result = await firstValueFrom(adapter(fetch).messages$);
    assert.deepEqual(result, [{ id: 'slogan-bon-xin', kind: 'slogan', text: '4 xin' }]);
    assert.equal(calls[0]?.url, 'https://motcua.example.gov.vn/api/v1/messages');
    assert.equal(calls[0]?.init.method, 'GET');
    assert.equal(header(calls[0], 'Accept'), 'application/json');
  });

  it('lets an integrator override paths and encodes parameters', async () => {
    const { fetch, calls } = scriptedFetch(() => json([]));
    const portal = adapter(fetch, { endpoints: { dossiers: '/motcua/hoso', dossier: '/motcua/hoso/{id}' } });
    await firstValueFrom(portal.dossiers$({ agencyCode: 'UBND LP', status: ['resolved', 'returned'], from: '2026-11-01', to: '2026-11-30', limit: 50 }));
    await firstValueFrom(portal.dossiers$({}));
    await firstValueFrom(portal.calendar$(2026)).catch(() => undefined);
    await firstValueFrom(portal.report$({ from: '2026-11-01', to: '2026-11-30', agencyCode: 'TP' }));
    await firstValueFrom(portal.surveyStatus$('HS/1?x')).catch(() => undefined);
    assert.deepEqual(
      calls.map((call) => call.url),
      [
        'https://motcua.example.gov.vn/motcua/hoso?agency=UBND+LP&status=resolved%2Creturned&from=2026-11-01&to=2026-11-30&limit=50',
        'https://motcua.example.gov.vn/motcua/hoso',
        'https://motcua.example.gov.vn/api/v1/calendar/2026',
        'https://motcua.example.gov.vn/api/v1/reports?from=2026-11-01&to=2026-11-30&agency=TP',
        'https://motcua.example.gov.vn/api/v1/surveys/HS%2F1%3Fx',
      ],
    );
  });

  it('asks for the ticker lines in the page language when told', async () => {
    const { fetch, calls } = scriptedFetch(() => json(messages));
    await firstValueFrom(adapter(fetch, { messagesLocale: 'en' }).messages$);
    assert.equal(calls[0]?.url, 'https://motcua.example.gov.vn/api/v1/messages?lang=en');
  });

  it('asks the token getter before every request and never keeps the value', async () => {
    let token: string | undefined = 'Bearer one';
    const { fetch, calls } = scriptedFetch(() => json([]));
    const portal = adapter(fetch, { authHeader: () => Promise.resolve(token) });
    await firstValueFrom(portal.dossiers$({}));
    token = 'Bearer two';
    await firstValueFrom(portal.dossiers$({}));
    token = undefined;
    await firstValueFrom(portal.dossiers$({}));
    assert.deepEqual(calls.map((call) => header(call, 'Authorization')), ['Bearer one', 'Bearer two', null]);
    assert.equal(JSON.stringify(portal).includes('Bearer'), false);
  });

  it('turns a failing token getter into a NetworkError', async () => {
    const { fetch, calls } = scriptedFetch(() => json(messages));
    const portal = adapter(fetch, { authHeader: () => { throw new Error('no session'); }, retry: { attempts: 1 } });
    await assert.rejects(firstValueFrom(portal.messages$), NetworkError);
    assert.equal(calls.length, 0);
  });

  it('reads national-portal dossiers when told so', async () => {
    const national = {
      MaHoSo: 'HS-9',
      MaTTHC: '1.000804.000.00.00.H25',
      NgayTiepNhan: '20261127090000',
      TrangThaiHoSo: 9,
      DonViXuLy: 'UBND-PHUONG-LONG-PHUOC',
    };
    const { fetch } = scriptedFetch(() => json(national), () => json([national]));
    const portal = adapter(fetch, { dossierFormat: 'national' });
    const dossier = await firstValueFrom(portal.dossier$('HS-9'));
    assert.deepEqual(dossier, {
      id: 'HS-9',
      procedureCode: '1.000804.000.00.00.H25',
      agencyCode: 'UBND-PHUONG-LONG-PHUOC',
      status: 'resolved',
      receivedAt: Date.UTC(2026, 10, 27, 2, 0),
    });
    assert.equal((await firstValueFrom(portal.dossiers$({})))[0]?.id, 'HS-9');
  });
});

describe('HttpPortalAdapter: sharing and cancelling', () => {
  it('makes one request for several subscribers to the same resource, and a new one afterwards', async () => {
    const { fetch, calls } = scriptedFetch(() => json(wireDossier));
    const portal = adapter(fetch);
    const [a, b, c] = await Promise.all([firstValueFrom(portal.dossier$('HS-1')), firstValueFrom(portal.dossier$('HS-1')), firstValueFrom(portal.dossier$('HS-1'))]);
    assert.equal(calls.length, 1);
    assert.deepEqual(a, b);
    assert.deepEqual(b, c);
    await firstValueFrom(portal.dossier$('HS-1'));
    assert.equal(calls.length, 2);
  });

  it('aborts the request when the last subscriber leaves', async () => {
    const { fetch, calls } = scriptedFetch(hang);
    const portal = adapter(fetch);
    const first = portal.dossier$('HS-1').subscribe();
    const second = portal.dossier$('HS-1').subscribe();
    await Promise.resolve();
    await Promise.resolve();
    assert.equal(calls.length, 1);
    first.unsubscribe();
    assert.equal(calls[0]?.init.signal?.aborted, false);
    second.unsubscribe();
    assert.equal(calls[0]?.init.signal?.aborted, true);
  });
});

describe('HttpPortalAdapter: failures', () => {
  it('retries a 500 and a dropped connection, then succeeds', async () => {
    const { fetch, calls } = scriptedFetch(
      () => json({ error: { code: 'internal', message: 'boom' } }, 500),
      () => Promise.reject(new TypeError('fetch failed')),
      () => json(messages),
    );
    assert.equal((await firstValueFrom(adapter(fetch).messages$)).length, 1);
    assert.equal(calls.length, 3);
  });

  it('gives up after the attempts with the last typed error', async () => {
    const { fetch, calls } = scriptedFetch(() => Promise.reject(new TypeError('fetch failed')));
    const error: unknown = await firstValueFrom(adapter(fetch).messages$).catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.ok(error.cause instanceof TypeError);
    assert.equal(calls.length, 3);
  });

  it('does not retry a 404, and keeps the error envelope', async () => {
    const { fetch, calls } = scriptedFetch(() => json({ error: { code: 'not-found', message: 'No dossier HS-404' } }, 404));
    const error: unknown = await firstValueFrom(adapter(fetch).dossier$('HS-404')).catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'not-found');
    assert.deepEqual(error.body, { code: 'not-found', message: 'No dossier HS-404' });
    assert.equal(calls.length, 1);
  });

  it('honours Retry-After on 429 and 503, and surfaces one that is too long', async () => {
    const ok = scriptedFetch(() => json({}, 429, { 'Retry-After': '0' }), () => new Response('', { status: 503, headers: { 'Retry-After': '0' } }), () => json(messages));
    assert.equal((await firstValueFrom(adapter(ok.fetch).messages$)).length, 1);
    assert.equal(ok.calls.length, 3);

    const tooLong = scriptedFetch(() => json({ error: { code: 'rate-limited', message: 'wait' } }, 429, { 'Retry-After': '120' }));
    const error: unknown = await firstValueFrom(adapter(tooLong.fetch).messages$).catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.equal(error.retryAfterMs, 120_000);
    assert.equal(tooLong.calls.length, 1);
  });

  it('measures an HTTP-date Retry-After against the server Date header, not the PC clock', async () => {
    const { fetch } = scriptedFetch(() =>
      json({}, 503, { 'Retry-After': 'Fri, 27 Nov 2026 10:00:30 GMT', Date: 'Fri, 27 Nov 2026 10:00:00 GMT' }),
    );
    const error: unknown = await firstValueFrom(adapter(fetch, { retry: { attempts: 1 } }).messages$).catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.equal(error.retryAfterMs, 30_000);
  });

  it('times out a slow answer, aborting each try', async () => {
    const { fetch, calls } = scriptedFetch(hang);
    const error: unknown = await firstValueFrom(adapter(fetch, { timeoutMs: 20, retry: { attempts: 2 } }).messages$).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeoutMs, 20);
    assert.equal(calls.length, 2);
    assert.ok(calls.every((call) => call.init.signal?.aborted));
  });

  it('rejects malformed JSON and wrong types without retrying', async () => {
    const malformed = scriptedFetch(() => new Response('[{"id": "s1", "kind": "slogan", "te', { status: 200 }));
    const notJson: unknown = await firstValueFrom(adapter(malformed.fetch).messages$).catch((e: unknown) => e);
    assert.ok(notJson instanceof ContractError);
    assert.equal(notJson.path, '$');
    assert.equal(malformed.calls.length, 1);

    const wrong = scriptedFetch(() => json({ ...wireDossier, receivedAt: 1764208800000 }));
    const badType: unknown = await firstValueFrom(adapter(wrong.fetch).dossier$('HS-1')).catch((e: unknown) => e);
    assert.ok(badType instanceof ContractError);
    assert.equal(badType.path, '$.receivedAt');
  });
});

describe('HttpPortalAdapter: submitSurvey', () => {
  it('posts the wire form with the idempotency key, and retries under the same key', async () => {
    const { fetch, calls } = scriptedFetch(
      () => json({ error: { code: 'internal', message: 'db' } }, 503),
      () => json({ dossierId: 'HS-1', receivedAt: '2026-11-27T16:00:00+07:00', duplicate: false }, 201),
    );
    const receipt = await firstValueFrom(adapter(fetch).submitSurvey(vote, 'vote-7f3a'));
    assert.deepEqual(receipt, { dossierId: 'HS-1', receivedAt: Date.UTC(2026, 10, 27, 9, 0), duplicate: false });
    assert.equal(calls.length, 2);
    for (const call of calls) {
      assert.equal(call.init.method, 'POST');
      assert.equal(header(call, 'Idempotency-Key'), 'vote-7f3a');
      assert.equal(header(call, 'Content-Type'), 'application/json');
      assert.deepEqual(JSON.parse(call.init.body as string), {
        dossierId: 'HS-1',
        level: 5,
        shortcomings: [],
        praise: ['xin-chao', 'luon-mim-cuoi'],
        callbackConsent: false,
        votedAt: '2026-11-27T16:00:00.000+07:00',
      });
    }
  });

  it('treats 409 "already answered" as delivered', async () => {
    const { fetch } = scriptedFetch(() =>
      json({ error: { code: 'already-answered', message: 'Hồ sơ đã được đánh giá' } }, 409, { Date: 'Fri, 27 Nov 2026 09:10:00 GMT' }),
    );
    assert.deepEqual(await firstValueFrom(adapter(fetch).submitSurvey(vote, 'k')), {
      dossierId: 'HS-1',
      receivedAt: Date.UTC(2026, 10, 27, 9, 10),
      duplicate: true,
    });
    const noDate = scriptedFetch(() => json({ error: { code: 'already-answered', message: 'x' } }, 409));
    assert.equal((await firstValueFrom(adapter(noDate.fetch).submitSurvey(vote, 'k'))).receivedAt, Date.UTC(2026, 10, 27, 8, 30));
  });

  it('hands a 409 for a request still in flight under its key back to the caller with its Retry-After, so the wait is kept with the vote', async () => {
    const { fetch, calls } = scriptedFetch(
      () => json({ error: { code: 'request-in-flight', message: 'busy' } }, 409, { 'Retry-After': '0' }),
      () => json({ dossierId: 'HS-1', receivedAt: '2026-11-27T16:00:00+07:00', duplicate: false }),
    );
    const error: unknown = await firstValueFrom(adapter(fetch).submitSurvey(vote, 'k')).catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.equal(error.status, 409);
    assert.equal(error.body?.code, 'request-in-flight');
    assert.equal(error.retryAfterMs, 0);
    assert.equal(calls.length, 1);
  });

  it('reports a refusal as an HttpStatusError with the fields', async () => {
    const { fetch } = scriptedFetch(() =>
      json({ error: { code: 'invalid-request', message: 'bad', fields: [{ path: '$.phone', message: 'expected a Vietnamese phone number' }] } }, 400),
    );
    const error: unknown = await firstValueFrom(adapter(fetch).submitSurvey(vote, 'k')).catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.deepEqual(error.body?.fields, [{ path: '$.phone', message: 'expected a Vietnamese phone number' }]);
  });
});

describe('HttpPortalAdapter: survey tokens', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJIUy0xIn0.c2lnbmF0dXJl';
  const receipt = { dossierId: 'HS-1', receivedAt: '2026-11-27T16:00:00+07:00', duplicate: false };

  it('sends X-Survey-Token with a vote and a status when given, on every try, and none without one', async () => {
    const { fetch, calls } = scriptedFetch(
      () => json({ error: { code: 'internal', message: 'db' } }, 503),
      () => json(receipt, 201),
      () => json({ dossierId: 'HS-1', answered: false }),
      () => json(receipt, 201),
      () => json({ dossierId: 'HS-1', answered: false }),
    );
    const portal = adapter(fetch, { authHeader: () => 'Bearer staff' });
    await firstValueFrom(portal.submitSurvey(vote, 'k', token));
    await firstValueFrom(portal.surveyStatus$('HS-1', token));
    await firstValueFrom(portal.submitSurvey(vote, 'k2'));
    await firstValueFrom(portal.surveyStatus$('HS-1'));
    assert.deepEqual(
      calls.map((call) => [call.init.method, header(call, 'X-Survey-Token')]),
      [['POST', token], ['POST', token], ['GET', token], ['POST', null], ['GET', null]],
    );
    assert.ok(calls.every((call) => header(call, 'Authorization') === 'Bearer staff'));
    assert.equal(JSON.stringify(portal).includes(token), false);
  });

  it('shares a status request only between subscribers with the same token', async () => {
    const { fetch, calls } = scriptedFetch(hang);
    const portal = adapter(fetch);
    const subscriptions = [
      portal.surveyStatus$('HS-1', token).subscribe(),
      portal.surveyStatus$('HS-1', token).subscribe(),
      portal.surveyStatus$('HS-1', `${token}x`).subscribe(),
      portal.surveyStatus$('HS-1').subscribe(),
      portal.surveyStatus$('HS-1').subscribe(),
    ];
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(calls.map((call) => header(call, 'X-Survey-Token')), [token, `${token}x`, null]);
    for (const subscription of subscriptions) subscription.unsubscribe();
    assert.ok(calls.every((call) => call.init.signal?.aborted));
  });

  for (const [status, code] of [
    [401, 'survey-token-missing'],
    [401, 'survey-token-malformed'],
    [401, 'survey-token-forged'],
    [401, 'survey-token-expired'],
    [403, 'survey-token-wrong-dossier'],
  ] as const) {
    it(`reports a ${status} ${code} as a typed error with its code, without retrying`, async () => {
      const { fetch, calls } = scriptedFetch(() => json({ error: { code, message: 'Mã khảo sát … / Survey code …' } }, status));
      const portal = adapter(fetch);
      for (const request of [() => firstValueFrom(portal.submitSurvey(vote, 'k', token)), () => firstValueFrom(portal.surveyStatus$('HS-1', token))]) {
        const error: unknown = await request().catch((e: unknown) => e);
        assert.ok(error instanceof HttpStatusError);
        assert.equal(error.status, status);
        assert.equal(error.code, status === 401 ? 'unauthorized' : 'forbidden');
        assert.equal(error.body?.code, code);
        assert.ok(isSurveyTokenErrorCode(error.body?.code));
      }
      assert.equal(calls.length, 2);
    });
  }
});

describe('HttpPortalAdapter: serverTime$', () => {
  it('uses the sample with the shortest round trip and ticks from the PC clock plus the offset', async () => {
    let local = Date.UTC(2026, 11, 31, 16, 59, 0);
    const serverAhead = 90_000;
    // Round trips of 400, 100 and 250 ms; the slow ones read the server clock off-centre.
    const trips = [
      { before: 50, after: 350 },
      { before: 50, after: 50 },
      { before: 200, after: 50 },
    ];
    const { fetch, calls } = scriptedFetch((_call, index) => {
      const trip = trips[index]!;
      local += trip.before;
      const epochMs = local + serverAhead;
      local += trip.after;
      return json({ epochMs, iso: new Date(epochMs).toISOString() });
    });
    const portal = adapter(fetch, { localClock: () => local, serverClock: { samples: 3, tickMs: 5 } });
    const ticks = await lastValueFrom(portal.serverTime$.pipe(take(3), toArray()));
    assert.equal(calls.length, 3);
    assert.ok(calls.every((call) => call.url === 'https://motcua.example.gov.vn/api/v1/time'));
    assert.deepEqual(ticks, [local + serverAhead, local + serverAhead, local + serverAhead]);
  });

  it('errors when the server clock cannot be reached, rather than trusting the PC', async () => {
    const { fetch } = scriptedFetch(() => Promise.reject(new TypeError('fetch failed')));
    await assert.rejects(firstValueFrom(adapter(fetch).serverTime$), NetworkError);
  });
});
