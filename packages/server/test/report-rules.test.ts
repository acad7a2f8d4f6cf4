import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyTimeliness,
  completedAt,
  defaultCatalog,
  isFridayReceived,
  isFridayReturned,
  isResolvedNotClosed,
  isSameDayResolved,
  vietnamDateOf,
  type Dossier,
  type ReportRow,
} from '@cqtt/core';
import { demoDossiers, type SqlRepository } from '@cqtt/server';
import { vn } from './helpers.js';
import { openTestRepository } from './test-database.js';

/** The report computed in TypeScript with core's per-dossier rules, as the SQL must compute it. */
function expectedRow(agencyCode: string, dossiers: readonly Dossier[], from: string, to: string, now: number): Omit<ReportRow, 'surveys' | 'satisfaction'> {
  const inPeriod = (instant: number | undefined) => instant !== undefined && vietnamDateOf(instant) >= from && vietnamDateOf(instant) <= to;
  const sameDay = new Set(defaultCatalog.sameDay.filter((r) => r.agencyCode === agencyCode).map((r) => r.procedureCode));
  const own = dossiers.filter((d) => d.agencyCode === agencyCode);
  const received = own.filter((d) => inPeriod(d.receivedAt) && d.status !== 'registered' && d.status !== 'rejected');
  const finished = own.filter((d) => inPeriod(completedAt(d)));
  const eligible = received.filter((d) => sameDay.has(d.procedureCode));
  return {
    agencyCode,
    received: received.length,
    resolved: finished.length,
    returned: own.filter((d) => inPeriod(d.returnedAt)).length,
    early: finished.filter((d) => classifyTimeliness(d) === 'early').length,
    onTime: finished.filter((d) => classifyTimeliness(d) === 'on-time').length,
    late: finished.filter((d) => classifyTimeliness(d) === 'late').length,
    sameDayEligible: eligible.length,
    sameDayResolved: eligible.filter(isSameDayResolved).length,
    fridayReceived: eligible.filter(isFridayReceived).length,
    fridayReturned: eligible.filter(isFridayReturned).length,
    resolvedNotClosed: finished.filter((d) => isResolvedNotClosed(d, now)).length,
  };
}

describe('the report SQL and the core report rules', () => {
  let repository: SqlRepository;
  const now = vn('2026-11-27', '16:10');
  const dossiers = demoDossiers(defaultCatalog, now);

  before(async () => {
    repository = await openTestRepository();
    await repository.saveCatalog(defaultCatalog);
    await repository.saveDossiers(dossiers);
  });
  after(() => repository.close());

  for (const [from, to] of [['2026-10-13', '2026-11-27'], ['2026-11-01', '2026-11-30'], ['2026-11-27', '2026-11-27'], ['2026-11-20', '2026-11-20']] as const) {
    it(`agree on every agency for ${from} … ${to} over the demo dossiers`, async () => {
      const rows = await repository.report({ from, to }, now);
      assert.equal(rows.length, defaultCatalog.agencies.length);
      for (const row of rows) {
        const { surveys, satisfaction, ...figures } = row;
        assert.equal(surveys, 0);
        assert.deepEqual(satisfaction, [0, 0, 0, 0, 0]);
        assert.deepEqual(figures, expectedRow(row.agencyCode, dossiers, from, to, now), row.agencyCode);
      }
      assert.ok(rows.some((row) => row.received > 0));
    });
  }
});
