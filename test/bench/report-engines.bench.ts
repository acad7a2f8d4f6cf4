/*
 * The month report at province scale on both engines: 100,000 dossiers in November 2026 over 300,000 older ones,
 * half of November's with a survey; the report's time, and how long `GET /api/v1/time` waits while four reports run
 * (the other requests of a busy server). PGlite twice: in the server's thread, as it ran before, and in the worker
 * thread the server now opens. PostgreSQL is a throwaway cluster (scripts/postgres-cluster.mjs), skipped when it is
 * not installed. Prints figures, with the load average, as the machine may be shared; asserts nothing.
 */
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { serve } from '@hono/node-server';
import { defaultCatalog, fromVietnamDateTime } from '@cqtt/core';
import { connectDatabase, createApp, loadAuthSettings, loadConfig, migrate, migrations, PgliteClient, SqlRepository, type SqlClient } from '@cqtt/server';
import { postgresBinDir, startPostgresCluster } from '../../scripts/postgres-cluster.mjs';
import { median, reportFigure } from './figures.js';

const monthCount = 100_000;
const olderCount = 300_000;
const november = { from: '2026-11-01', to: '2026-11-30' } as const;
const now = fromVietnamDateTime('2026-12-01', '08:00');

/** The dossiers and surveys, made by the database itself (generate_series): seconds, not minutes. */
async function fill(db: SqlClient): Promise<void> {
  const agencies = defaultCatalog.agencies.map((agency) => agency.code);
  const procedures = defaultCatalog.procedures.map((procedure) => procedure.code);
  const insert = `insert into dossiers (id, procedure_code, agency_code, status, received_at, appointment_at, resolved_at, returned_at, closed_at)
    select $1 || i, ($4::text[])[1 + i % cardinality($4::text[])], ($5::text[])[1 + (i / 3) % cardinality($5::text[])], 'returned',
      t.r, t.r + interval '8 hours', t.r + (i % 7) * interval '3 hours', t.r + (i % 7) * interval '3 hours' + interval '30 minutes',
      case when i % 10 = 0 then null else t.r + (i % 7) * interval '3 hours' + interval '32 minutes' end
    from generate_series(0, $2::int - 1) as i,
      lateral (select $3::timestamptz + (i % $6::int) * interval '1 day' + (i % 420) * interval '1 minute' as r) as t`;
  await db.query(insert, ['N', monthCount, '2026-11-01T01:00:00Z', procedures, agencies, 30]);
  await db.query(insert, ['O', olderCount, '2025-10-31T01:00:00Z', procedures, agencies, 365]);
  await db.exec(`insert into surveys (dossier_id, level, shortcomings, praise, callback_consent, voted_at, received_at)
    select id, 1 + (length(id) + ascii(right(id, 1))) % 5, '[]', '[]', false, returned_at, returned_at
    from dossiers where id like 'N%' and ascii(right(id, 1)) % 2 = 0;
    analyze;`);
}

const load = (): string => loadavg().map((average) => average.toFixed(1)).join(' ');

async function bench(engine: string, db: SqlClient): Promise<void> {
  await migrate(db, migrations);
  console.log(`${engine}: load average ${load()} at the start`);
  const repository = new SqlRepository(db);
  await repository.saveCatalog(defaultCatalog);
  let started = performance.now();
  await fill(db);
  console.log(`${engine}: ${monthCount + olderCount} dossiers made in ${(performance.now() - started).toFixed(0)} ms`);

  const runs: number[] = [];
  for (let run = 1; run <= 3; run += 1) {
    started = performance.now();
    const rows = await repository.report(november, now);
    runs.push(performance.now() - started);
    console.log(`${engine}: month report run ${run}: ${runs.at(-1)!.toFixed(0)} ms (received ${rows.reduce((sum, row) => sum + row.received, 0)})`);
  }
  reportFigure(`month report, ${monthCount.toLocaleString('en-US')} dossiers over ${olderCount.toLocaleString('en-US')} older: ${engine} (best of 3)`, Math.min(...runs), 'ms (aim ≤ 300 on PostgreSQL)');

  const config = loadConfig({ CQTT_DATA_DIR: 'memory://', CQTT_PORT: '0', CQTT_RATE_LIMIT: '0', CQTT_SEED: 'off' });
  const auth = loadAuthSettings({
    CQTT_AUTH_ISSUER: 'https://sso.bench.invalid',
    CQTT_AUTH_AUDIENCE: 'cqtt',
    CQTT_AUTH_HMAC_SECRET: 'bench-secret-0123456789-abcdefghijklmnopqrstu',
    CQTT_SURVEY_TOKEN_SECRET: 'bench-survey-secret-0123456789-abcdefghijklmn',
  });
  const app = createApp(config, { repository, auth });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/time`;
  const waits: number[] = [];
  let reporting = true;
  const reports = Promise.all(Array.from({ length: 4 }, () => repository.report(november, now))).finally(() => (reporting = false));
  while (reporting) {
    const asked = performance.now();
    await (await fetch(url)).arrayBuffer();
    waits.push(performance.now() - asked);
  }
  await reports;
  waits.sort((a, b) => a - b);
  const p99 = waits[Math.min(waits.length - 1, Math.floor(waits.length * 0.99))]!;
  console.log(`${engine}: /time during four reports: ${waits.length} requests, median ${median(waits).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; load average ${load()}`);
  reportFigure(`GET /time p99 while four month reports run: ${engine}`, p99, `ms (aim < 100; ${waits.length} requests; load average ${load()})`);
  await new Promise((resolve) => server.close(resolve));
  await repository.close();
}

await bench('PGlite in the server thread', await PgliteClient.open('memory://'));
await bench('PGlite in a worker thread', await connectDatabase('memory://'));
if (postgresBinDir()) {
  const cluster = await startPostgresCluster();
  try {
    await bench('PostgreSQL', await connectDatabase(cluster.url));
  } finally {
    cluster.stop();
  }
} else {
  console.log('PostgreSQL is not installed: its figures are skipped (apt-get install postgresql).');
}
