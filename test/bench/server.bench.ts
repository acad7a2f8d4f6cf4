// Throughput of the reference server: GET one dossier and POST a survey (a fresh dossier and key each time),
// in-process on a loopback port with the seeded demo data in memory. Prints figures; asserts nothing.
import { createRequire } from 'node:module';
import type { Dossier } from '@cqtt/core';
import { loadConfig, startServer } from '@cqtt/server';

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

const config = loadConfig({ CQTT_DATA_DIR: 'memory://', CQTT_PORT: '0', CQTT_RATE_LIMIT: '0', CQTT_SEED: 'on' });
const server = await startServer(config);
try {
  const seeded = await server.repository.dossiers({ limit: 1000 });
  const template = seeded[0];
  if (!template) throw new Error('the seed produced no dossiers');
  const fresh: Dossier[] = Array.from({ length: 50_000 }, (_, i) => ({
    ...template,
    id: `BENCH-${i}`,
    status: 'returned',
    resolvedAt: template.receivedAt + 3_600_000,
    returnedAt: template.receivedAt + 7_200_000,
  }));
  for (let start = 0; start < fresh.length; start += 10_000) await server.repository.saveDossiers(fresh.slice(start, start + 10_000));

  let next = 0;
  const getDossier = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, method: 'GET', path: `/api/v1/dossiers/${seeded[next++ % seeded.length]!.id}` }) }],
  });

  let vote = 0;
  const postSurvey = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          const i = vote++;
          return {
            ...request,
            method: 'POST',
            path: '/api/v1/surveys',
            headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${i}` },
            body: JSON.stringify({
              dossierId: `BENCH-${i % fresh.length}`,
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
  console.log(`surveys stored: ${await server.repository.surveyCount()}`);
} finally {
  await server.close();
}
