/*
 * The briefing's aggregation for a province-sized month: 100,000 dossiers over the plan's agencies, computed by the
 * server's SQL on PGlite and by the core rules in memory. Prints figures; asserts nothing.
 */
import { aggregateReport, defaultCatalog, fromVietnamDateTime, type Dossier, type StoredSurvey } from '@cqtt/core';
import { openRepository } from '@cqtt/server';
import { reportFigure } from './figures.js';

const count = 100_000;
const agencies = defaultCatalog.agencies;
const registrations = defaultCatalog.sameDay;
const procedures = defaultCatalog.procedures;
const november = { from: '2026-11-01', to: '2026-11-30' } as const;
const now = fromVietnamDateTime('2026-12-01', '08:00');

function dossierAt(index: number): Dossier {
  const registration = registrations[Math.floor(index / 3) % registrations.length]!;
  const sameDay = index % 3 !== 0;
  const agencyCode = sameDay ? registration.agencyCode : agencies[index % agencies.length]!.code;
  const procedureCode = sameDay ? registration.procedureCode : procedures[index % procedures.length]!.code;
  const day = String(1 + (index % 30)).padStart(2, '0');
  const receivedAt = fromVietnamDateTime(`2026-11-${day}`, '08:00') + (index % 420) * 60_000;
  const resolvedAt = receivedAt + (index % 7) * 3 * 3_600_000;
  return {
    id: `B${index}`,
    procedureCode,
    agencyCode,
    status: 'returned',
    receivedAt,
    appointmentAt: receivedAt + 8 * 3_600_000,
    resolvedAt,
    returnedAt: resolvedAt + 1_800_000,
    ...(index % 10 === 0 ? {} : { closedAt: resolvedAt + 1_900_000 }),
  };
}

/** Milliseconds of each timed step, by label without its run number, for the best-of figures. */
const timings = new Map<string, number[]>();

async function time<T>(label: string, run: () => Promise<T> | T, figure = label): Promise<T> {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  console.log(`${label}: ${ms.toFixed(0)} ms`);
  timings.set(figure, [...(timings.get(figure) ?? []), ms]);
  return result;
}

const best = (figure: string) => Math.min(...(timings.get(figure) ?? [Number.NaN]));

const dossiers = Array.from({ length: count }, (_, index) => dossierAt(index));
const surveys: StoredSurvey[] = dossiers
  .filter((_, index) => index % 2 === 0)
  .map((dossier, index) => ({
    receivedAt: dossier.returnedAt!,
    response: { dossierId: dossier.id, level: ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5, shortcomings: [], praise: [], callbackConsent: false, votedAt: dossier.returnedAt! },
  }));

const repository = await openRepository('memory://');
await repository.saveCatalog(defaultCatalog);
await time(`insert ${count} dossiers (saveDossiers, batches of 10,000)`, async () => {
  for (let start = 0; start < count; start += 10_000) await repository.saveDossiers(dossiers.slice(start, start + 10_000));
});
for (let run = 1; run <= 3; run += 1) {
  const rows = await time(`SQL report, all ${agencies.length} agencies, November (run ${run})`, () => repository.report(november, now), 'sql');
  if (run === 3) console.log(`  received in total: ${rows.reduce((sum, row) => sum + row.received, 0)}`);
}
const one = await time('SQL report, one agency, November', () => repository.report({ ...november, agencyCode: registrations[0]!.agencyCode }, now));
console.log(`  received at ${registrations[0]!.agencyCode}: ${one[0]?.received ?? 0}`);
await repository.close();

for (let run = 1; run <= 3; run += 1) {
  await time(`core aggregateReport, ${count} dossiers + ${surveys.length} surveys (run ${run})`, () => aggregateReport(dossiers, surveys, defaultCatalog, november, now), 'core');
}
reportFigure(`report of a month, ${count.toLocaleString('en-US')} dossiers: SQL on PGlite (best of 3)`, best('sql'), 'ms');
reportFigure(`report of a month, ${count.toLocaleString('en-US')} dossiers: core aggregateReport (best of 3)`, best('core'), 'ms');
