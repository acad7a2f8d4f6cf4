import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateReport, type Dossier, type ReportRow, type SatisfactionLevel, type StoredSurvey } from '@cqtt/core';
import { createApp, type SqlRepository } from '@cqtt/server';
import { asStaff, dossier, postInit, surveyBody, testAuth, testConfig, tinyCatalog, vn } from './helpers.js';
import { openTestRepository } from './test-database.js';

/*
 * A small fixture whose briefing figures were counted by hand (November 2026; 1/11 is a Sunday, the Fridays are
 * 6, 13, 20 and 27). The ward (W) registered birth registration (1.001193) and certified copies (2.000815) as
 * same-day; the department (D) registered nothing. The report is read on 2/12/2026 at 10:00.
 */
const ward = 'phuoc-long/phuong-thac-mo';
const department = 'phuoc-long/phong-tu-phap';
const copy = '2.000815.000.00.00.H10';
const extract = '1.004946.000.00.00.H10';
const day = vn;
const readAt = vn('2026-12-02', '10:00');

const fixture: readonly Dossier[] = [
  // W1 Monday 2/11, resolved and returned the same morning, closed.
  dossier('W1', { receivedAt: day('2026-11-02', '08:00'), appointmentAt: day('2026-11-02', '17:00'), resolvedAt: day('2026-11-02', '09:00'), returnedAt: day('2026-11-02', '09:30'), closedAt: day('2026-11-02', '09:31') }),
  // W2 Friday 6/11 at 14:00, returned that Friday.
  dossier('W2', { receivedAt: day('2026-11-06', '14:00'), appointmentAt: day('2026-11-06', '17:00'), resolvedAt: day('2026-11-06', '16:00'), returnedAt: day('2026-11-06', '16:10'), closedAt: day('2026-11-06', '16:15') }),
  // W3 Friday 13/11 at 16:00 (after the cut-off), promised and returned Monday 16/11: on time, but not a Friday return.
  dossier('W3', { procedureCode: copy, receivedAt: day('2026-11-13', '16:00'), appointmentAt: day('2026-11-16', '17:00'), resolvedAt: day('2026-11-16', '08:30'), returnedAt: day('2026-11-16', '09:00'), closedAt: day('2026-11-16', '09:05') }),
  // W4 Tuesday 10/11, due that day, finished Wednesday 11/11: late.
  dossier('W4', { receivedAt: day('2026-11-10', '08:00'), appointmentAt: day('2026-11-10', '17:00'), resolvedAt: day('2026-11-11', '09:00'), returnedAt: day('2026-11-11', '10:00'), closedAt: day('2026-11-11', '10:05') }),
  // W5 a 3-day procedure (not same-day), due Thursday 19/11, finished Wednesday 18/11: early, and never closed.
  dossier('W5', { procedureCode: extract, receivedAt: day('2026-11-16', '08:00'), appointmentAt: day('2026-11-19', '17:00'), resolvedAt: day('2026-11-18', '10:00'), returnedAt: day('2026-11-18', '11:00'), closedAt: undefined }),
  // W6 Wednesday 25/11, still being processed.
  dossier('W6', { status: 'processing', receivedAt: day('2026-11-25', '09:00'), appointmentAt: day('2026-11-25', '17:00'), resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
  // W7 not accepted (rejected): counted nowhere.
  dossier('W7', { status: 'rejected', receivedAt: day('2026-11-26', '08:00'), appointmentAt: undefined, resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
  // W8 received Friday 30/10 (October's), finished Monday 2/11 as promised: resolved and returned in November.
  dossier('W8', { receivedAt: day('2026-10-30', '16:00'), appointmentAt: day('2026-11-02', '17:00'), resolvedAt: day('2026-11-02', '08:00'), returnedAt: day('2026-11-02', '08:30'), closedAt: day('2026-11-02', '08:31') }),
  // W9 received 00:15 on 1/12 in Vietnam (still 30/11 in UTC): December's.
  dossier('W9', { status: 'processing', receivedAt: day('2026-12-01', '00:15'), appointmentAt: day('2026-12-01', '17:00'), resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
  // W10 Friday 27/11, resolved that Friday but not handed over nor closed.
  dossier('W10', { status: 'resolved', procedureCode: copy, receivedAt: day('2026-11-27', '10:00'), appointmentAt: day('2026-11-27', '17:00'), resolvedAt: day('2026-11-27', '11:00'), returnedAt: undefined, closedAt: undefined }),
  // D1 due Thursday 12/11, finished that day: on time.
  dossier('D1', { agencyCode: department, procedureCode: extract, receivedAt: day('2026-11-09', '08:00'), appointmentAt: day('2026-11-12', '17:00'), resolvedAt: day('2026-11-12', '15:00'), returnedAt: day('2026-11-12', '16:00'), closedAt: day('2026-11-12', '16:05') }),
  // D2 due Thursday 26/11, finished Friday 27/11: late.
  dossier('D2', { agencyCode: department, procedureCode: extract, receivedAt: day('2026-11-23', '08:00'), appointmentAt: day('2026-11-26', '17:00'), resolvedAt: day('2026-11-27', '09:00'), returnedAt: day('2026-11-27', '10:00'), closedAt: day('2026-11-27', '10:05') }),
  // D3 a Friday birth registration returned that day, but the department did not register it: not same-day, not Friday.
  dossier('D3', { agencyCode: department, receivedAt: day('2026-11-20', '09:00'), appointmentAt: day('2026-11-20', '17:00'), resolvedAt: day('2026-11-20', '10:00'), returnedAt: day('2026-11-20', '10:30'), closedAt: day('2026-11-20', '10:35') }),
  // D4 received Wednesday 25/11, in progress.
  dossier('D4', { agencyCode: department, procedureCode: extract, status: 'processing', receivedAt: day('2026-11-25', '08:00'), appointmentAt: day('2026-11-30', '17:00'), resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
];

/** Answers: dossier, level, and the Vietnam date and time the server took it. */
const votes: readonly (readonly [string, SatisfactionLevel, string, string])[] = [
  ['W1', 5, '2026-11-02', '10:00'],
  ['W2', 4, '2026-11-06', '16:20'],
  ['W3', 3, '2026-11-16', '09:10'],
  ['W4', 2, '2026-11-11', '10:10'],
  ['W8', 5, '2026-11-02', '08:40'],
  ['D1', 5, '2026-11-12', '16:10'],
  ['D3', 4, '2026-11-20', '10:40'],
  // Taken on 1/12: December's.
  ['D2', 1, '2026-12-01', '08:00'],
];

const november: readonly ReportRow[] = [
  {
    agencyCode: ward,
    // W1 W2 W3 W4 W5 W6 W10 (W7 rejected, W8 October, W9 December).
    received: 7,
    // Finished in November: W1 W2 W3 W4 W5 W8 W10.
    resolved: 7,
    // Handed over in November: W1 W2 W3 W4 W5 W8 (W10 not handed over).
    returned: 6,
    early: 1, // W5
    onTime: 5, // W1 W2 W3 W8 W10
    late: 1, // W4
    // Received same-day procedures: W1 W2 W3 W4 W6 W10 (W5 is a 3-day procedure).
    sameDayEligible: 6,
    sameDayResolved: 3, // W1 W2 W10
    fridayReceived: 3, // W2 W3 W10
    fridayReturned: 2, // W2 W10
    resolvedNotClosed: 2, // W5 W10
    surveys: 5, // W1 W2 W3 W4 W8
    satisfaction: [0, 1, 1, 1, 2], // level 2: W4; 3: W3; 4: W2; 5: W1 W8
  },
  {
    agencyCode: department,
    received: 4, // D1 D2 D3 D4
    resolved: 3, // D1 D2 D3
    returned: 3, // D1 D2 D3
    early: 0,
    onTime: 2, // D1 D3
    late: 1, // D2
    sameDayEligible: 0, // nothing registered
    sameDayResolved: 0,
    fridayReceived: 0, // D3 is a Friday receipt, but not of a registered procedure
    fridayReturned: 0,
    resolvedNotClosed: 0,
    surveys: 2, // D1 D3 (D2's answer came in December)
    satisfaction: [0, 0, 0, 1, 1],
  },
];

const zero = { received: 0, resolved: 0, returned: 0, early: 0, onTime: 0, late: 0, sameDayEligible: 0, sameDayResolved: 0, fridayReceived: 0, fridayReturned: 0, resolvedNotClosed: 0, surveys: 0 };
const december: readonly ReportRow[] = [
  { ...zero, agencyCode: ward, received: 1, sameDayEligible: 1, satisfaction: [0, 0, 0, 0, 0] }, // W9
  { ...zero, agencyCode: department, surveys: 1, satisfaction: [1, 0, 0, 0, 0] }, // D2's answer
];

const surveysStored: readonly StoredSurvey[] = votes.map(([dossierId, level, date, time]) => ({
  receivedAt: vn(date, time),
  response: { dossierId, level, shortcomings: [], praise: [], callbackConsent: false, votedAt: vn(date, time) },
}));

describe('the briefing on a hand-counted fixture', () => {
  let repository: SqlRepository;
  let app: ReturnType<typeof createApp>;
  let now = readAt;

  before(async () => {
    repository = await openTestRepository();
    await repository.saveCatalog(tinyCatalog);
    await repository.saveDossiers(fixture);
    app = createApp(testConfig(), { repository, auth: testAuth, clock: () => now });
    for (const [id, level, date, time] of votes) {
      now = vn(date, time);
      const body = surveyBody(id, { level, praise: [], votedAt: `${date}T${time}:00+07:00` });
      assert.equal((await app.request('/api/v1/surveys', postInit(body, `fixture-${id}`))).status, 201, id);
    }
    now = readAt;
  });
  after(() => repository.close());

  const report = async (query: string): Promise<unknown> => {
    const response = await app.request(`/api/v1/reports?${query}`, asStaff());
    assert.equal(response.status, 200);
    return response.json();
  };

  it('gives the hand-counted figures from GET /api/v1/reports', async () => {
    assert.deepEqual(await report('from=2026-11-01&to=2026-11-30'), november);
    assert.deepEqual(await report('from=2026-12-01&to=2026-12-31'), december);
    assert.deepEqual(await report(`from=2026-11-01&to=2026-11-30&agency=${encodeURIComponent(department)}`), [november[1]]);
  });

  it('gives the same figures through the core rules (aggregateReport)', () => {
    assert.deepEqual(aggregateReport(fixture, surveysStored, tinyCatalog, { from: '2026-11-01', to: '2026-11-30' }, readAt), november);
    assert.deepEqual(aggregateReport(fixture, surveysStored, tinyCatalog, { from: '2026-12-01', to: '2026-12-31' }, readAt), december);
    assert.deepEqual(aggregateReport(fixture, surveysStored, tinyCatalog, { from: '2026-11-01', to: '2026-11-30', agencyCode: department }, readAt), [november[1]]);
  });
});
