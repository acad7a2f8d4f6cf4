import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateReport, defaultCatalog, fromVietnamDateTime, type Dossier, type StoredSurvey } from '@cqtt/core';

const thacMo = 'thi-xa-phuoc-long/phuong-thac-mo';
const sonGiang = 'thi-xa-phuoc-long/phuong-son-giang';
const birth = 'cqtt:xa:dang-ky-khai-sinh';
const vn = (date: string, time: string) => fromVietnamDateTime(date, time);
const november = { from: '2026-11-01', to: '2026-11-30' } as const;

// Friday 27/11/2026, received 09:00, resolved 10:00, never closed nor handed over.
const friday: Dossier = {
  id: 'HS-1',
  procedureCode: birth,
  agencyCode: thacMo,
  status: 'resolved',
  receivedAt: vn('2026-11-27', '09:00'),
  appointmentAt: vn('2026-11-27', '17:00'),
  resolvedAt: vn('2026-11-27', '10:00'),
};
const vote = (dossierId: string, level: 1 | 2 | 3 | 4 | 5, receivedAt: number): StoredSurvey => ({
  receivedAt,
  response: { dossierId, level, shortcomings: [], praise: [], callbackConsent: false, votedAt: receivedAt },
});

describe('aggregateReport', () => {
  it('gives one row per agency of the catalog, in its order, zero when quiet', () => {
    const rows = aggregateReport([], [], defaultCatalog, november, vn('2026-12-01', '08:00'));
    assert.deepEqual(rows.map((row) => row.agencyCode), defaultCatalog.agencies.map((agency) => agency.code));
    assert.ok(rows.every((row) => row.received === 0 && row.satisfaction.every((count) => count === 0)));
  });

  it('counts a Friday same-day dossier, and reports it unclosed only after the grace', () => {
    const at = (time: string, grace?: number) =>
      aggregateReport([friday], [], defaultCatalog, { ...november, agencyCode: thacMo }, vn('2026-11-27', time), grace)[0]!;
    const row = at('10:31');
    assert.deepEqual(
      [row.received, row.resolved, row.returned, row.onTime, row.sameDayEligible, row.sameDayResolved, row.fridayReceived, row.fridayReturned, row.resolvedNotClosed],
      [1, 1, 0, 1, 1, 1, 1, 1, 1],
    );
    assert.equal(at('10:30').resolvedNotClosed, 0);
    assert.equal(at('10:31', 60).resolvedNotClosed, 0);
  });

  it('puts a survey in its dossier agency and the period it was received, ignoring unknown dossiers', () => {
    const other: Dossier = { ...friday, id: 'HS-2', agencyCode: sonGiang, procedureCode: birth };
    const surveys = [vote('HS-1', 5, vn('2026-11-27', '10:05')), vote('HS-2', 3, vn('2026-12-01', '07:00')), vote('HS-X', 1, vn('2026-11-27', '11:00'))];
    const rows = aggregateReport([friday, other], surveys, defaultCatalog, november, vn('2026-12-01', '08:00'));
    const byCode = new Map(rows.map((row) => [row.agencyCode, row]));
    assert.deepEqual(byCode.get(thacMo)!.satisfaction, [0, 0, 0, 0, 1]);
    assert.equal(byCode.get(sonGiang)!.surveys, 0);
    // Sơn Giang did not register birth registration: received, but not same-day eligible.
    assert.deepEqual([byCode.get(sonGiang)!.received, byCode.get(sonGiang)!.sameDayEligible], [1, 0]);
    assert.equal(rows.reduce((sum, row) => sum + row.surveys, 0), 1);
  });

  it('classifies early and late by Vietnam date', () => {
    const early: Dossier = { ...friday, id: 'E', receivedAt: vn('2026-11-02', '08:00'), appointmentAt: vn('2026-11-05', '17:00'), resolvedAt: vn('2026-11-04', '23:30'), returnedAt: vn('2026-11-05', '08:00'), closedAt: vn('2026-11-05', '08:00') };
    const late: Dossier = { ...early, id: 'L', resolvedAt: vn('2026-11-06', '00:10'), returnedAt: vn('2026-11-06', '08:00') };
    const [row] = aggregateReport([early, late], [], defaultCatalog, { ...november, agencyCode: thacMo }, vn('2026-12-01', '08:00'));
    assert.deepEqual([row!.early, row!.onTime, row!.late, row!.returned], [1, 0, 1, 2]);
  });
});
