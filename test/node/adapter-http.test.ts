/**
 * HttpPortalAdapter against the real reference server, in process on a loopback port, with a fault-injecting
 * proxy in front: dropped connections, 500s, 429 with Retry-After, slow answers, malformed JSON, wrong types.
 * Every case must end in the right typed error or the right retried success, with no unhandled rejection.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { firstValueFrom, lastValueFrom, take, toArray } from 'rxjs';
import {
  ContractError,
  fromVietnamDateTime,
  HttpPortalAdapter,
  HttpStatusError,
  NetworkError,
  TimeoutError,
  type Catalog,
  type Dossier,
  type HttpPortalAdapterOptions,
  type SurveyResponse,
} from '@cqtt/core';
import { createApp, defaultMessages, loadConfig, openRepository, type SqlRepository } from '@cqtt/server';
import { staffAuthorization, surveyTokenOf, testAuth } from '../../packages/server/test/helpers.js';

const vn = (date: string, time: string) => fromVietnamDateTime(date, time);

/** The server's clock: Friday 27/11/2026 15:30 in Vietnam, standing still. */
const serverNow = vn('2026-11-27', '15:30');

const ward = 'phuoc-long/phuong-thac-mo';
const birth = '1.001193.000.00.00.H10';

const catalog: Catalog = {
  agencies: [{ code: ward, name: 'UBND phường Thác Mơ', level: 'ward', model: { registered: true, name: 'Chính quyền thân thiện' }, fridayRule: true }],
  procedures: [{ code: birth, name: 'Đăng ký khai sinh', kind: 'procedure', field: 'Hộ tịch', timeLimit: { kind: 'same-day' }, cutOff: '15:00' }],
  sameDay: [{ agencyCode: ward, procedureCode: birth }],
};

const returned = (id: string): Dossier => ({
  id,
  procedureCode: birth,
  agencyCode: ward,
  status: 'returned',
  receivedAt: vn('2026-11-27', '08:10'),
  appointmentAt: vn('2026-11-27', '17:00'),
  resolvedAt: vn('2026-11-27', '10:00'),
  returnedAt: vn('2026-11-27', '10:30'),
  closedAt: vn('2026-11-27', '10:35'),
});

const dossiers: Dossier[] = [
  returned('HS-1'),
  returned('HS-2'),
  returned('HS-3'),
  returned('HS-4'),
  { id: 'HS-OPEN', procedureCode: birth, agencyCode: ward, status: 'processing', receivedAt: vn('2026-11-27', '14:00') },
];

const vote = (dossierId: string, fields: Partial<SurveyResponse> = {}): SurveyResponse => ({
  dossierId,
  level: 5,
  shortcomings: [],
  praise: ['xin-chao', 'luon-lang-nghe'],
  callbackConsent: false,
  votedAt: vn('2026-11-27', '15:29'),
  ...fields,
});

/** What the proxy does to the next request: pass it on, or break it in one way. */
type Fault =
  | { readonly kind: 'pass' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'drop-after-forward' }
  | { readonly kind: 'status'; readonly status: number; readonly headers?: Record<string, string>; readonly body?: string }
  | { readonly kind: 'slow'; readonly delayMs: number }
  | { readonly kind: 'truncate' }
  | { readonly kind: 'rewrite'; readonly change: (json: Record<string, unknown>) => unknown };

const faults: Fault[] = [];
const seen: string[] = [];
let aborted = 0;
let upstreamUrl = '';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function forward(request: IncomingMessage, response: ServerResponse, fault: Fault): Promise<void> {
  const body = await readBody(request);
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'idempotency-key', 'authorization', 'x-survey-token', 'accept']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const upstream = await fetch(upstreamUrl + (request.url ?? '/'), { method: request.method ?? 'GET', headers, ...(body === '' ? {} : { body }) });
  let text = await upstream.text();
  if (fault.kind === 'drop-after-forward') {
    request.socket.destroy();
    return;
  }
  if (fault.kind === 'truncate') text = text.slice(0, Math.floor(text.length / 2));
  if (fault.kind === 'rewrite') text = JSON.stringify(fault.change(JSON.parse(text) as Record<string, unknown>));
  const passOn: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of ['retry-after', 'date']) {
    const value = upstream.headers.get(name);
    if (value !== null) passOn[name] = value;
  }
  response.writeHead(upstream.status, passOn);
  response.end(text);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  seen.push(`${request.method ?? ''} ${request.url ?? ''}`);
  const fault = faults.shift() ?? { kind: 'pass' };
  response.on('close', () => {
    if (!response.writableFinished) aborted += 1;
  });
  switch (fault.kind) {
    case 'drop':
      request.socket.destroy();
      return;
    case 'status':
      response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      response.end(fault.body ?? JSON.stringify({ error: { code: 'injected', message: `injected ${fault.status}` } }));
      return;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (response.destroyed) return;
      break;
    default:
      break;
  }
  await forward(request, response, fault);
}

/** Resets the proxy's script and record for a case. */
function script(...next: Fault[]): void {
  faults.splice(0, faults.length, ...next);
  seen.splice(0, seen.length);
  aborted = 0;
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

let repository: SqlRepository;
let server: ServerType;
let proxy: Server;
let proxyUrl = '';

function listening(target: Server | ServerType): Promise<number> {
  return new Promise((resolve) => {
    const address = () => (target.address() as AddressInfo).port;
    if (target.listening) resolve(address());
    else target.once('listening', () => resolve(address()));
  });
}

function adapter(options: Partial<HttpPortalAdapterOptions> = {}): HttpPortalAdapter {
  return new HttpPortalAdapter({
    baseUrl: proxyUrl,
    authHeader: () => staffAuthorization(),
    // Generous: a loaded CI machine may take seconds to answer; the tests of timeouts set their own.
    timeoutMs: 10_000,
    retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 2000 },
    ...options,
  });
}

before(async () => {
  process.on('unhandledRejection', onUnhandled);
  repository = await openRepository('memory://');
  await repository.saveCatalog(catalog);
  await repository.saveMessages(defaultMessages('tel:+842713779979'));
  await repository.saveDossiers(dossiers);
  const config = loadConfig({ CQTT_DATA_DIR: 'memory://', CQTT_SEED: 'off', CQTT_RATE_LIMIT: '0', CQTT_PORT: '0' });
  const app = createApp(config, { repository, auth: testAuth, clock: () => serverNow });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  upstreamUrl = `http://127.0.0.1:${await listening(server)}`;
  proxy = createServer((request, response) => {
    handle(request, response).catch(() => request.socket.destroy());
  });
  proxy.listen(0, '127.0.0.1');
  proxyUrl = `http://127.0.0.1:${await listening(proxy)}`;
});

after(async () => {
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await new Promise((resolve) => server.close(resolve));
  await repository.close();
  // Give any stray rejection a turn to surface before the check.
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.off('unhandledRejection', onUnhandled);
  assert.deepEqual(unhandled, []);
});

describe('HttpPortalAdapter × reference server', () => {
  it('reads every resource through the contract', async () => {
    script();
    const portal = adapter();
    assert.deepEqual(await firstValueFrom(portal.agencies$), catalog.agencies);
    assert.deepEqual(await firstValueFrom(portal.procedures$), catalog.procedures);
    assert.deepEqual(await firstValueFrom(portal.sameDay$), catalog.sameDay);
    // The server names the procedure from its catalog.
    assert.deepEqual(await firstValueFrom(portal.dossier$('HS-1')), { ...returned('HS-1'), procedureName: 'Đăng ký khai sinh' });
    const open = await firstValueFrom(portal.dossiers$({ agencyCode: ward, status: ['processing'], from: '2026-11-27', to: '2026-11-27', limit: 10 }));
    assert.deepEqual(open.map((dossier) => dossier.id), ['HS-OPEN']);
    const messages = await firstValueFrom(portal.messages$);
    assert.ok(messages.some((message) => message.kind === 'hotline' && message.href === 'tel:+842713779979'));
    const year = await firstValueFrom(portal.calendar$(2026));
    assert.equal(year.year, 2026);
    assert.ok(year.workingDays.includes('2026-01-10'));
    assert.deepEqual(await firstValueFrom(portal.surveyStatus$('HS-4')), { dossierId: 'HS-4', answered: false });
    const rows = await firstValueFrom(portal.report$({ from: '2026-11-01', to: '2026-11-30', agencyCode: ward }));
    assert.equal(rows[0]?.agencyCode, ward);
    await assert.rejects(firstValueFrom(portal.dossier$('HS-404')), (error: unknown) => error instanceof HttpStatusError && error.status === 404);
  });

  it('shares one request between subscribers', async () => {
    script();
    const portal = adapter();
    await Promise.all([firstValueFrom(portal.dossier$('HS-2')), firstValueFrom(portal.dossier$('HS-2')), firstValueFrom(portal.dossier$('HS-2'))]);
    assert.deepEqual(seen, ['GET /api/v1/dossiers/HS-2']);
  });

  it("follows the server's clock, not the PC's", async () => {
    script();
    const pcClock = Date.UTC(2026, 10, 27, 1, 0); // The PC is 7h30 behind.
    const portal = adapter({ localClock: () => pcClock, serverClock: { samples: 3, tickMs: 10 } });
    const ticks = await lastValueFrom(portal.serverTime$.pipe(take(2), toArray()));
    assert.deepEqual(ticks, [serverNow, serverNow]);
    assert.deepEqual(seen, ['GET /api/v1/time', 'GET /api/v1/time', 'GET /api/v1/time']);
  });

  it('submits a vote once: a retry under the same key, and another key, both count as delivered', async () => {
    script();
    const portal = adapter();
    const receipt = await firstValueFrom(portal.submitSurvey(vote('HS-1'), 'vote-hs1-a', surveyTokenOf('HS-1')));
    assert.deepEqual(receipt, { dossierId: 'HS-1', receivedAt: serverNow, duplicate: false });
    assert.deepEqual(await firstValueFrom(portal.submitSurvey(vote('HS-1'), 'vote-hs1-a', surveyTokenOf('HS-1'))), receipt);
    const again = await firstValueFrom(portal.submitSurvey(vote('HS-1', { level: 3, shortcomings: ['luon-lang-nghe'], praise: [] }), 'vote-hs1-b', surveyTokenOf('HS-1')));
    assert.equal(again.duplicate, true);
    assert.deepEqual(await firstValueFrom(portal.surveyStatus$('HS-1')), { dossierId: 'HS-1', answered: true, level: 5, answeredAt: serverNow });
  });

  it('gets the server refusals as typed errors', async () => {
    script();
    const portal = adapter();
    const unfinished: unknown = await firstValueFrom(portal.submitSurvey(vote('HS-OPEN'), 'vote-open', surveyTokenOf('HS-OPEN'))).catch((e: unknown) => e);
    assert.ok(unfinished instanceof HttpStatusError);
    assert.equal(unfinished.status, 422);
    assert.equal(unfinished.body?.code, 'dossier-not-finished');
    const reused: unknown = await firstValueFrom(portal.submitSurvey(vote('HS-2', { level: 4 }), 'vote-hs1-a', surveyTokenOf('HS-2'))).catch((e: unknown) => e);
    assert.ok(reused instanceof HttpStatusError);
    assert.equal(reused.body?.code, 'idempotency-key-reused');
    const invalid: unknown = await firstValueFrom(portal.submitSurvey(vote('HS-2', { phone: '0901234567' }), 'vote-phone', surveyTokenOf('HS-2'))).catch((e: unknown) => e);
    assert.ok(invalid instanceof HttpStatusError);
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body?.fields?.[0]?.path, '$.phone');
    assert.equal(seen.length, 3);
  });

  it('gets access refusals as typed errors, without retrying: no sign-in, no survey token, another dossier\'s token', async () => {
    script();
    const anonymous = adapter({ authHeader: () => undefined });
    const signedOut: unknown = await firstValueFrom(anonymous.dossier$('HS-1')).catch((e: unknown) => e);
    assert.ok(signedOut instanceof HttpStatusError);
    assert.equal(signedOut.status, 401);
    assert.equal(signedOut.body?.code, 'missing-token');
    const noToken: unknown = await firstValueFrom(anonymous.submitSurvey(vote('HS-2'), 'vote-no-token')).catch((e: unknown) => e);
    assert.ok(noToken instanceof HttpStatusError);
    assert.equal(noToken.body?.code, 'survey-token-missing');
    const otherDossier: unknown = await firstValueFrom(anonymous.submitSurvey(vote('HS-2'), 'vote-other-token', surveyTokenOf('HS-1'))).catch((e: unknown) => e);
    assert.ok(otherDossier instanceof HttpStatusError);
    assert.equal(otherDossier.status, 403);
    assert.equal(otherDossier.body?.code, 'survey-token-wrong-dossier');
    assert.deepEqual(await firstValueFrom(anonymous.surveyStatus$('HS-2', surveyTokenOf('HS-2'))), { dossierId: 'HS-2', answered: false });
    assert.equal(seen.length, 4);
  });
});

describe('HttpPortalAdapter × faults', () => {
  it('retries a dropped connection and a 500, then succeeds', async () => {
    script({ kind: 'drop' }, { kind: 'status', status: 500 });
    assert.equal((await firstValueFrom(adapter().dossier$('HS-3'))).id, 'HS-3');
    assert.deepEqual(seen, ['GET /api/v1/dossiers/HS-3', 'GET /api/v1/dossiers/HS-3', 'GET /api/v1/dossiers/HS-3']);
  });

  it('ends in a NetworkError when every try is dropped', async () => {
    script({ kind: 'drop' }, { kind: 'drop' }, { kind: 'drop' });
    await assert.rejects(firstValueFrom(adapter().messages$), NetworkError);
    assert.equal(seen.length, 3);
  });

  it('waits out a 429 with Retry-After, then succeeds', async () => {
    script({ kind: 'status', status: 429, headers: { 'retry-after': '1' } });
    assert.equal((await firstValueFrom(adapter().procedures$)).length, 1);
    assert.equal(seen.length, 2);
  });

  it('does not wait out a Retry-After longer than it may, and says how long', async () => {
    script({ kind: 'status', status: 503, headers: { 'retry-after': '120' } });
    const error: unknown = await firstValueFrom(adapter().procedures$).catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.equal(error.code, 'unavailable');
    assert.equal(error.retryAfterMs, 120_000);
    assert.equal(seen.length, 1);
  });

  it('times out a slow answer, aborting it, and retries', async () => {
    // The retry must answer within the timeout, so the timeout leaves room for a loaded machine.
    script({ kind: 'slow', delayMs: 8000 });
    assert.equal((await firstValueFrom(adapter({ timeoutMs: 2000 }).dossier$('HS-3'))).id, 'HS-3');
    assert.equal(seen.length, 2);
    assert.equal(aborted, 1);
  });

  it('ends in a TimeoutError when every try is too slow', async () => {
    script({ kind: 'slow', delayMs: 3000 }, { kind: 'slow', delayMs: 3000 });
    const error: unknown = await firstValueFrom(adapter({ timeoutMs: 200, retry: { attempts: 2 } }).calendar$(2026)).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(seen.length, 2);
  });

  it('rejects malformed JSON and wrong types as ContractErrors, without retrying', async () => {
    script({ kind: 'truncate' });
    const malformed: unknown = await firstValueFrom(adapter().dossiers$({})).catch((e: unknown) => e);
    assert.ok(malformed instanceof ContractError);
    assert.equal(malformed.path, '$');

    script({ kind: 'rewrite', change: (json) => ({ ...json, receivedAt: 1764208200000 }) });
    const wrongType: unknown = await firstValueFrom(adapter().dossier$('HS-3')).catch((e: unknown) => e);
    assert.ok(wrongType instanceof ContractError);
    assert.equal(wrongType.path, '$.receivedAt');

    script({ kind: 'rewrite', change: (json) => ({ ...json, epochMs: 'now' }) });
    await assert.rejects(firstValueFrom(adapter().serverTime$), (error: unknown) => error instanceof ContractError && error.path === '$.epochMs');
    assert.equal(seen.length, 1);
  });

  it('delivers a vote whose answer was lost: the retry under the same key gets the first receipt', async () => {
    script({ kind: 'drop-after-forward' });
    const receipt = await firstValueFrom(adapter().submitSurvey(vote('HS-3', { level: 4 }), 'vote-hs3-lost', surveyTokenOf('HS-3')));
    assert.deepEqual(receipt, { dossierId: 'HS-3', receivedAt: serverNow, duplicate: false });
    assert.deepEqual(seen, ['POST /api/v1/surveys', 'POST /api/v1/surveys']);
    assert.equal((await firstValueFrom(adapter().surveyStatus$('HS-3'))).level, 4);
  });

  it('hands a vote\'s Retry-After to the caller, who keeps it with the vote, rather than waiting it out in memory', async () => {
    script({ kind: 'status', status: 429, headers: { 'retry-after': '1' } });
    const error: unknown = await firstValueFrom(adapter().submitSurvey(vote('HS-4'), 'vote-hs4-busy', surveyTokenOf('HS-4'))).catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.equal(error.retryAfterMs, 1000);
    assert.deepEqual(seen, ['POST /api/v1/surveys']);
    assert.equal((await firstValueFrom(adapter().surveyStatus$('HS-4', surveyTokenOf('HS-4')))).answered, false);
  });

  it('aborts the request when the subscriber leaves', { timeout: 10_000 }, async () => {
    script({ kind: 'slow', delayMs: 500 });
    const subscription = adapter().agencies$.subscribe();
    while (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    subscription.unsubscribe();
    while (aborted === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(aborted, 1);
  });
});
