// Throughput of the reference server: GET one dossier (with a staff token) and POST a survey (a fresh dossier,
// key and survey token each time), in-process on a loopback port with the seeded demo data in memory, access
// control on as in production. Prints figures; asserts nothing.
import { createHmac, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Dossier } from '@cqtt/core';
import { issueSurveyToken, loadAuthSettings, loadConfig, startServer, surveyTokenHeader, type AuthSettings } from '@cqtt/server';
import { reportFigure } from './figures.js';

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { setupRequest: (request: AutocannonRequest) => AutocannonRequest }[];
}) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const seconds = 5;
const connections = 10;

/** Fresh dossiers for the survey POSTs, each with its survey token issued beforehand. */
const freshDossiers = 20_000;

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** A staff token as the portal's identity provider would issue it: HS256, every agency, valid for an hour. */
function staffToken(auth: AuthSettings): string {
  if (auth.staffKey.kind !== 'hmac') throw new TypeError('the bench signs staff tokens with an HMAC secret');
  const nowS = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const claims = { iss: auth.issuer, aud: auth.audience, sub: 'bench.mot-cua', iat: nowS, exp: nowS + 3600, [auth.agencyClaim]: '*' };
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', auth.staffKey.secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

const auth = loadAuthSettings({
  CQTT_AUTH_ISSUER: 'cqtt-bench',
  CQTT_AUTH_AUDIENCE: 'cqtt-api',
  CQTT_AUTH_HMAC_SECRET: randomBytes(32).toString('base64url'),
  CQTT_SURVEY_TOKEN_SECRET: randomBytes(32).toString('base64url'),
});
const config = loadConfig({ CQTT_DATA_DIR: 'memory://', CQTT_PORT: '0', CQTT_RATE_LIMIT: '0', CQTT_MODE: 'demo', CQTT_DEMO_AUTH: 'off' });
const server = await startServer(config, auth);
try {
  const seeded = await server.repository.dossiers({ limit: 1000 });
  const template = seeded[0];
  if (!template) throw new Error('the seed produced no dossiers');
  const fresh: Dossier[] = Array.from({ length: freshDossiers }, (_, i) => ({
    ...template,
    id: `BENCH-${i}`,
    status: 'returned',
    resolvedAt: template.receivedAt + 3_600_000,
    returnedAt: template.receivedAt + 7_200_000,
  }));
  for (let start = 0; start < fresh.length; start += 10_000) await server.repository.saveDossiers(fresh.slice(start, start + 10_000));
  const surveyTokens = await Promise.all(fresh.map((dossier) => issueSurveyToken({ dossierId: dossier.id, resultAt: Date.now() }, auth)));
  const authorization = `Bearer ${staffToken(auth)}`;

  let next = 0;
  const getDossier = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          method: 'GET',
          path: `/api/v1/dossiers/${seeded[next++ % seeded.length]!.id}`,
          headers: { authorization },
        }),
      },
    ],
  });

  let vote = 0;
  const postSurvey = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          const i = vote++ % fresh.length;
          return {
            ...request,
            method: 'POST',
            path: '/api/v1/surveys',
            headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${i}`, [surveyTokenHeader]: surveyTokens[i]! },
            body: JSON.stringify({
              dossierId: `BENCH-${i}`,
              level: 5,
              shortcomings: [],
              praise: ['xin-chao'],
              callbackConsent: false,
              votedAt: '2026-11-27T15:30:00+07:00',
            }),
          };
        },
      },
    ],
  });

  const line = (name: string, result: AutocannonResult) =>
    console.log(
      `${name.padEnd(26)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(3)} ms   ` +
        `(${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors)`,
    );
  console.log(`reference server, PGlite in memory, ${connections} connections, ${seconds} s each, autocannon in the same process`);
  line('GET /api/v1/dossiers/{id}', getDossier);
  line('POST /api/v1/surveys', postSurvey);
  for (const [what, result] of [['GET /api/v1/dossiers/{id} (staff token)', getDossier], ['POST /api/v1/surveys (survey token)', postSurvey]] as const) {
    const failures = result.non2xx + result.errors;
    reportFigure(`server ${what}`, Math.round(result.requests.average), `req/s, p99 ${result.latency.p99} ms${failures ? `, ${failures} not 2xx` : ''} (${connections} connections)`);
  }
  console.log(`surveys stored: ${await server.repository.surveyCount()}`);
} finally {
  await server.close();
}
