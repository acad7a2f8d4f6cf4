// The real reference server (@cqtt/server on an in-memory PGlite), run inside the browser test runner so that
// browser tests can deliver surveys to it, with faults injected between the browser and the server.
// Test-only: loaded by web-test-runner.config.mjs, never by the product server.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { register as registerHooks } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { SignJWT } from 'jose';
import { register as registerTsx } from 'tsx/esm/api';

const apiPrefix = '/api/v1/';
const controlPrefix = '/__cqtt/';
const surveysPath = '/api/v1/surveys';

/**
 * A fault for one `POST /api/v1/surveys`, consumed in order, one per request:
 * - `{ kind: 'pass' }` forwards the request untouched;
 * - `{ kind: 'status', status, retryAfter?, body? }` answers with that status (and `Retry-After`) without the server:
 *   the API's error envelope, or `body` as an HTML page (a gateway's; '' sends no body at all);
 * - `{ kind: 'replace', status, body? }` lets the server process the request (and store the vote), then answers with
 *   that status and `body` (HTML) in place of the server's answer: a captive portal, a gateway's 502;
 * - `{ kind: 'truncate' }` lets the server process the request, then sends only the first half of its answer;
 * - `{ kind: 'drop' }` destroys the connection before any answer;
 * - `{ kind: 'delay', ms }` lets the server process the request, then holds its answer `ms` milliseconds;
 * - `{ kind: 'slow-db', ms, fail? }` holds the server `ms` milliseconds after it claimed the idempotency key and
 *   before it writes (retries meanwhile get 409 "in flight"), then stores the vote, or fails with a database
 *   error when `fail` is true (the server then releases the key and answers 500).
 * @typedef {{ kind: 'pass' } | { kind: 'status'; status: number; retryAfter?: number; body?: string } | { kind: 'drop' }
 *   | { kind: 'replace'; status: number; body?: string } | { kind: 'truncate' }
 *   | { kind: 'delay'; ms: number } | { kind: 'slow-db'; ms: number; fail?: boolean }} Fault
 */

/** @type {Fault[]} */
let faults = [];
/** Every API request gets its connection dropped while true (the browser is "offline"). */
let offline = false;
/** The `Idempotency-Key` of every survey POST that reached the middleware since the last reset, in order. */
let surveyKeys = [];

const databaseFault = new AsyncLocalStorage();

/** Wraps the repository so that `slow-db` faults act inside `recordSurvey`, after the key is claimed. */
function withDatabaseFaults(repository) {
  return new Proxy(repository, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property !== 'recordSurvey') return value.bind(target);
      return async (...args) => {
        const fault = databaseFault.getStore();
        if (fault) {
          await sleep(fault.ms);
          if (fault.fail) throw Object.assign(new Error('Injected database failure.'), { code: '57P01' });
        }
        return value.apply(target, args);
      };
    },
  });
}

/** Loads the server's TypeScript sources into the runner's process; only done when a test first needs it. */
async function importServer() {
  registerTsx();
  // The runner's process is not started with `--conditions=source`: send the workspace packages to their sources
  // (their `dist` may be missing or stale) without touching how any other package resolves.
  const sourceCondition = `export async function resolve(specifier, context, next) {
  return next(specifier, specifier.startsWith('@cqtt/') ? { ...context, conditions: [...context.conditions, 'source'] } : context);
}`;
  registerHooks(`data:text/javascript,${encodeURIComponent(sourceCondition)}`);
  return import('../../packages/server/src/index.ts');
}

async function startServer() {
  const server = await importServer();
  const db = await server.openDatabase('memory://');
  const repository = new server.SqlRepository(db);
  // The catalog only, for the dossiers' foreign keys; the demo dossiers it adds are never used by the tests.
  await server.seedDatabase(repository, { now: Date.now(), hotline: '' });
  const config = server.loadConfig({ ...process.env, CQTT_SEED: 'false', CQTT_RATE_LIMIT: '100000', CQTT_CORS_ORIGINS: '', CQTT_TRUST_PROXY: 'false' });
  const auth = server.loadAuthSettings({
    CQTT_AUTH_ISSUER: 'https://sso.browser-tests.invalid',
    CQTT_AUTH_AUDIENCE: 'cqtt-api',
    CQTT_AUTH_HMAC_SECRET: randomBytes(32).toString('base64url'),
    CQTT_SURVEY_TOKEN_SECRET: randomBytes(32).toString('base64url'),
  });
  const app = server.createApp(config, { repository: withDatabaseFaults(repository), auth });
  return { db, repository, app, auth, server };
}

/** @type {ReturnType<typeof startServer> | undefined} */
let started;
const running = () => (started ??= startServer());

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function requestOf(ctx, body) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const init = { method: ctx.method, headers };
  if (body.length > 0 && ctx.method !== 'GET' && ctx.method !== 'HEAD') init.body = body;
  return new Request(`http://${ctx.host || 'localhost'}${ctx.url}`, init);
}

/** Sends a raw page in place of an API answer: HTML, or nothing at all for an empty `body`. */
function sendPage(ctx, status, body = '') {
  ctx.status = status;
  ctx.type = 'text/html';
  ctx.body = Buffer.from(body, 'utf8');
}

async function sendResponse(ctx, response, fault) {
  const body = Buffer.from(await response.arrayBuffer());
  if (fault?.kind === 'replace') return sendPage(ctx, fault.status, fault.body);
  ctx.status = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'content-encoding' && name !== 'transfer-encoding') ctx.set(name, value);
  });
  ctx.body = fault?.kind === 'truncate' ? body.subarray(0, Math.floor(body.length / 2)) : body;
  return undefined;
}

function dropConnection(ctx) {
  // Koa's default 404 would be reported by the runner as a missing file; nothing is ever sent anyway.
  ctx.status = 204;
  ctx.respond = false;
  ctx.req.socket.destroy();
}

async function forward(ctx, app, fault) {
  const request = requestOf(ctx, await readBody(ctx.req));
  const response = fault?.kind === 'slow-db' ? await databaseFault.run(fault, () => app.fetch(request)) : await app.fetch(request);
  if (fault?.kind === 'delay') await sleep(fault.ms);
  await sendResponse(ctx, response, fault);
}

async function serveApi(ctx) {
  const { app } = await running();
  if (offline) return dropConnection(ctx);
  const isSurveyPost = ctx.method === 'POST' && ctx.path === surveysPath;
  const fault = isSurveyPost ? faults.shift() : undefined;
  if (isSurveyPost) surveyKeys.push(ctx.get('idempotency-key'));
  if (fault?.kind === 'drop') return dropConnection(ctx);
  if (fault?.kind === 'status') {
    if (fault.retryAfter !== undefined) ctx.set('Retry-After', String(fault.retryAfter));
    if (fault.body !== undefined) return sendPage(ctx, fault.status, fault.body);
    ctx.status = fault.status;
    ctx.body = { error: { code: fault.status === 429 ? 'rate-limited' : 'internal', message: 'Injected fault.' } };
    return undefined;
  }
  return forward(ctx, app, fault);
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.body = body;
}

async function insertDossiers(repository, list) {
  const [agency] = await repository.agencies();
  const [procedure] = await repository.procedures();
  if (!agency || !procedure) throw new Error('The test server has no catalog.');
  const receivedAt = Date.UTC(2026, 10, 2, 2);
  await repository.saveDossiers(
    list.map((item) => ({
      id: String(item.id),
      procedureCode: item.procedureCode ?? procedure.code,
      agencyCode: item.agencyCode ?? agency.code,
      status: item.status ?? 'returned',
      receivedAt: item.receivedAt ?? receivedAt,
      // An open dossier (a test's `processing`) is not resolved yet.
      ...(['resolved', 'returned'].includes(item.status ?? 'returned') ? { resolvedAt: receivedAt + 86_400_000 } : {}),
      ...((item.status ?? 'returned') === 'returned' ? { returnedAt: receivedAt + 2 * 86_400_000 } : {}),
    })),
  );
}

/**
 * The `/__cqtt/` endpoints with which a test page sets faults, adds dossiers (`{ id, status?, receivedAt?,
 * procedureCode?, agencyCode? }`), gets survey tokens (`POST /__cqtt/survey-token` `{ dossierId, expired? }` →
 * `{ token }`) and a province administrator's staff token (`POST /__cqtt/admin-token` → `{ token }`), and counts
 * stored surveys.
 */
async function serveControl(ctx, next) {
  const route = `${ctx.method} ${ctx.path}`;
  if (route === 'POST /__cqtt/faults') {
    const script = JSON.parse((await readBody(ctx.req)).toString('utf8') || '{}');
    if (Array.isArray(script.surveys)) faults.push(...script.surveys);
    if (typeof script.offline === 'boolean') offline = script.offline;
    return json(ctx, 200, { queued: faults.length, offline });
  }
  if (route === 'POST /__cqtt/reset') {
    faults = [];
    offline = false;
    surveyKeys = [];
    return json(ctx, 200, { ok: true });
  }
  if (route === 'POST /__cqtt/dossiers') {
    const { repository } = await running();
    const list = JSON.parse((await readBody(ctx.req)).toString('utf8'));
    await insertDossiers(repository, Array.isArray(list) ? list : [list]);
    return json(ctx, 201, { ok: true });
  }
  if (route === 'POST /__cqtt/survey-token') {
    const { auth, server } = await running();
    const { dossierId, expired } = JSON.parse((await readBody(ctx.req)).toString('utf8'));
    // An expired token: its result was returned just past the validity period.
    const resultAt = expired ? Date.now() - (auth.surveyTokenTtlDays + 1) * 86_400_000 : Date.now();
    return json(ctx, 201, { token: await server.issueSurveyToken({ dossierId: String(dossierId), resultAt }, auth) });
  }
  if (route === 'POST /__cqtt/admin-token') {
    // A province administrator's staff token (roles claim with the admin role, agency "*"), for 5 minutes.
    const { auth } = await running();
    const nowS = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ [auth.agencyClaim]: ['*'], [auth.rolesClaim ?? 'roles']: [auth.adminRole ?? 'cqtt-admin'] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(auth.issuer)
      .setAudience(auth.audience)
      .setSubject('browser-test.admin')
      .setIssuedAt(nowS)
      .setExpirationTime(nowS + 300)
      .sign(auth.staffKey.secret);
    return json(ctx, 201, { token });
  }
  if (route === 'GET /__cqtt/surveys') {
    const { db } = await running();
    const dossierId = ctx.query.dossierId;
    const rows = await db.query('select count(*)::int as n from surveys where dossier_id = $1', [String(dossierId)]);
    return json(ctx, 200, { dossierId, count: rows.rows[0]?.n ?? 0, posts: surveyKeys.length, keys: surveyKeys, faultsLeft: faults.length });
  }
  return next();
}

/**
 * Koa middleware for web-test-runner: `/api/v1/…` goes to the real reference server (through the injected
 * faults), `/__cqtt/faults|reset|dossiers|survey-token|surveys` control it; everything else passes on.
 */
export async function realServerMiddleware(ctx, next) {
  if (ctx.path.startsWith(apiPrefix)) return serveApi(ctx);
  if (ctx.path.startsWith(controlPrefix)) return serveControl(ctx, next);
  return next();
}
