import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, type SqlRepository } from '@cqtt/server';
import { asStaff, dossier, postInit, surveyBody, testAuth, testConfig, tinyCatalog, vn } from './helpers.js';
import { openTestRepository } from './test-database.js';

const ward = 'phuoc-long/phuong-thac-mo';
const department = 'phuoc-long/phong-tu-phap';

describe('GET /api/v1/reports', () => {
  let repository: SqlRepository;
  let app: ReturnType<typeof createApp>;
  let now = vn('2026-11-27', '17:00');

  before(async () => {
    repository = await openTestRepository();
    await repository.saveCatalog(tinyCatalog);
    const day = (date: string, time: string) => vn(date, time);
    await repository.saveDossiers([
      // Monday, same day, on time.
      dossier('A'),
      // Friday before the cut-off, returned that Friday.
      dossier('B', { receivedAt: day('2026-11-27', '14:00'), appointmentAt: day('2026-11-27', '17:00'), resolvedAt: day('2026-11-27', '16:00'), returnedAt: day('2026-11-27', '16:30'), closedAt: day('2026-11-27', '16:31') }),
      // Friday after the cut-off, promised for Monday (the violation), returned Monday: on time, not Friday-returned.
      dossier('C', { receivedAt: day('2026-11-20', '16:00'), appointmentAt: day('2026-11-23', '17:00'), resolvedAt: day('2026-11-23', '09:00'), returnedAt: day('2026-11-23', '09:30'), closedAt: day('2026-11-23', '09:31') }),
      // Late by a day, returned, never closed.
      dossier('D', { receivedAt: day('2026-11-24', '08:00'), appointmentAt: day('2026-11-24', '17:00'), resolvedAt: day('2026-11-25', '09:00'), returnedAt: day('2026-11-25', '10:00'), closedAt: undefined }),
      // Resolved a day early, not handed over, not closed.
      dossier('E', { procedureCode: '2.000815.000.00.00.H10', receivedAt: day('2026-11-25', '08:00'), appointmentAt: day('2026-11-26', '17:00'), resolvedAt: day('2026-11-25', '09:00'), returnedAt: undefined, closedAt: undefined, status: 'resolved' }),
      // 00:30 on 1/11 in Vietnam (31/10 in UTC): November's.
      dossier('F', { status: 'processing', receivedAt: day('2026-11-01', '00:30'), resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
      // 06:00 on 1/12 in Vietnam (30/11 in UTC): December's.
      dossier('G', { status: 'processing', receivedAt: day('2026-12-01', '06:00'), resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
      // Not accepted: not counted as received.
      dossier('H', { status: 'rejected', resolvedAt: undefined, returnedAt: undefined, closedAt: undefined }),
      // Finished at 07:45 on 1/12 and not closed yet: within the 30-minute grace at 08:00, reported at 08:30.
      dossier('J', { status: 'resolved', receivedAt: day('2026-12-01', '07:30'), appointmentAt: day('2026-12-01', '17:00'), resolvedAt: day('2026-12-01', '07:45'), returnedAt: undefined, closedAt: undefined }),
      // No appointment: finished, but neither early, on time nor late.
      dossier('K', { agencyCode: department, procedureCode: '1.004946.000.00.00.H10', receivedAt: day('2026-12-01', '07:00'), appointmentAt: undefined, resolvedAt: day('2026-12-01', '07:10'), returnedAt: day('2026-12-01', '07:20'), closedAt: day('2026-12-01', '07:21') }),
      // The department, a 3-working-day procedure it did not register as same-day, a day late.
      dossier('I', { agencyCode: department, procedureCode: '1.004946.000.00.00.H10', receivedAt: day('2026-11-23', '08:00'), appointmentAt: day('2026-11-26', '17:00'), resolvedAt: day('2026-11-27', '09:00'), returnedAt: day('2026-11-27', '10:00'), closedAt: day('2026-11-27', '10:01') }),
    ]);
    app = createApp(testConfig(), { repository, auth: testAuth, clock: () => now });
    const votes: [string, 1 | 2 | 3 | 4 | 5][] = [['A', 5], ['B', 4], ['C', 1], ['I', 3]];
    for (const [id, level] of votes) {
      const praise = level >= 4 ? ['xin-chao'] : [];
      const response = await app.request('/api/v1/surveys', postInit(surveyBody(id, { level, praise }), `report-${id}`));
      assert.equal(response.status, 201);
    }
    now = vn('2026-12-01', '08:00');
    assert.equal((await app.request('/api/v1/surveys', postInit(surveyBody('D'), 'report-D'))).status, 201);
  });
  after(() => repository.close());

  const report = async (query: string) => {
    const response = await app.request(`/api/v1/reports?${query}`, asStaff());
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('counts each indicator per agency by calendar date in Vietnam', async () => {
    const { status, body } = await report('from=2026-11-01&to=2026-11-30');
    assert.equal(status, 200);
    assert.deepEqual(body, [
      {
        agencyCode: ward,
        received: 6,
        resolved: 5,
        returned: 4,
        early: 1,
        onTime: 3,
        late: 1,
        sameDayEligible: 6,
        sameDayResolved: 3,
        fridayReceived: 2,
        fridayReturned: 1,
        resolvedNotClosed: 2,
        surveys: 3,
        satisfaction: [1, 0, 0, 1, 1],
      },
      {
        agencyCode: department,
        received: 1,
        resolved: 1,
        returned: 1,
        early: 0,
        onTime: 0,
        late: 1,
        sameDayEligible: 0,
        sameDayResolved: 0,
        fridayReceived: 0,
        fridayReturned: 0,
        resolvedNotClosed: 0,
        surveys: 1,
        satisfaction: [0, 0, 1, 0, 0],
      },
    ]);
  });

  it('narrows to one agency, and gives zero rows for a quiet period', async () => {
    const one = await report(`from=2026-12-01&to=2026-12-31&agency=${encodeURIComponent(ward)}`);
    assert.equal(one.status, 200);
    type Row = { received: number; resolved: number; surveys: number; satisfaction: number[] };
    const rows = one.body as Row[];
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.received, 2);
    assert.equal(rows[0]!.resolved, 1);
    assert.equal(rows[0]!.surveys, 1);
    assert.deepEqual(rows[0]!.satisfaction, [0, 0, 0, 0, 1]);
    const quiet = (await report('from=2025-01-01&to=2025-01-31')).body as { received: number }[];
    assert.deepEqual(quiet.map((row) => row.received), [0, 0]);
  });

  it('gives staff 30 minutes to close a finished dossier before reporting it', async () => {
    const at = async (time: string) => {
      now = vn('2026-12-01', time);
      const rows = (await report(`from=2026-12-01&to=2026-12-01&agency=${encodeURIComponent(ward)}`)).body as { resolvedNotClosed: number }[];
      return rows[0]!.resolvedNotClosed;
    };
    assert.equal(await at('08:00'), 0);
    assert.equal(await at('08:30'), 1);
  });

  it('leaves a dossier without appointment out of early, on time and late', async () => {
    const rows = (await report(`from=2026-12-01&to=2026-12-01&agency=${encodeURIComponent(department)}`)).body as Record<string, number>[];
    assert.deepEqual([rows[0]!.received, rows[0]!.resolved, rows[0]!.returned, rows[0]!.early, rows[0]!.onTime, rows[0]!.late], [1, 1, 1, 0, 0, 0]);
  });

  it('refuses a bad period or an unknown agency with 400 naming the parameter', async () => {
    const cases: [string, string[]][] = [
      ['from=2026-11-30&to=2026-11-01', ['from']],
      ['from=2026-13-01&to=2026-11-30', ['from']],
      ['from=2026-02-29&to=2026-03-01', ['from']],
      ['from=2026-11-01', ['to']],
      ['', ['from', 'to']],
      ['from=2026-11-01&to=2026-11-30&agency=phuoc-long/khong-co', ['agency']],
    ];
    for (const [query, paths] of cases) {
      const { status, body } = await report(query);
      assert.equal(status, 400, query);
      const error = (body as { error: { code: string; message: string; fields: { path: string }[] } }).error;
      assert.equal(error.code, 'invalid-request', query);
      assert.match(error.message, /Kỳ báo cáo/);
      assert.deepEqual(error.fields.map((field) => field.path), paths, query);
    }
  });
});
