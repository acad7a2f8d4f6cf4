import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportRow } from '@cqtt/core';
import { createApp, type SqlRepository } from '@cqtt/server';
import { openTestRepository } from './test-database.js';
import { asStaff, dossier, staffAuthorization, testAuth, testConfig, tinyCatalog, vn } from './helpers.js';

const ward = 'phuoc-long/phuong-thac-mo';
const department = 'phuoc-long/phong-tu-phap';
const birth = '1.001193.000.00.00.H10';
const copy = '1.004946.000.00.00.H10';
const admin = staffAuthorization(['*'], { roles: ['cqtt-admin'], sub: 'quantri.tinh' });

describe('the month report and same-day registrations over time', () => {
  let repository: SqlRepository;
  let app: ReturnType<typeof createApp>;

  before(async () => {
    repository = await openTestRepository();
    await repository.saveCatalog(tinyCatalog);
    await repository.saveDossiers([
      dossier('W1', { receivedAt: vn('2026-11-10', '09:00'), appointmentAt: vn('2026-11-10', '17:00'), resolvedAt: vn('2026-11-10', '10:00'), returnedAt: vn('2026-11-10', '10:30') }),
      dossier('D1', { agencyCode: department, procedureCode: copy, receivedAt: vn('2026-11-12', '09:00'), appointmentAt: vn('2026-11-17', '17:00'), resolvedAt: vn('2026-11-12', '15:00'), returnedAt: vn('2026-11-12', '16:00') }),
    ]);
    // Today is Friday 4/12/2026 in Vietnam; last month is November.
    app = createApp(testConfig(), { repository, auth: testAuth, clock: () => vn('2026-12-04', '10:00') });
  });
  after(() => repository.close());

  const november = async (): Promise<Map<string, ReportRow>> => {
    const response = await app.request('/api/v1/reports?from=2026-11-01&to=2026-11-30', asStaff());
    assert.equal(response.status, 200);
    return new Map(((await response.json()) as ReportRow[]).map((row) => [row.agencyCode, row]));
  };
  const send = (method: string, path: string, body: unknown, version?: string) =>
    app.request(path, {
      method,
      headers: { Authorization: admin, 'Content-Type': 'application/json', ...(version !== undefined && { 'If-Match': `"${version}"` }) },
      body: JSON.stringify(body),
    });

  it('keeps last month\'s figures when a registration is added today or ended yesterday', async () => {
    const before = await november();
    assert.equal(before.get(ward)?.sameDayEligible, 1);
    assert.equal(before.get(department)?.sameDayEligible, 0);

    const added = await send('POST', '/api/v1/admin/registrations', { agencyCode: department, procedureCode: copy, from: '2026-12-04', document: 'Quyết định 30/QĐ-UBND ngày 4/12/2026' });
    assert.equal(added.status, 201);
    const registrations = (await (await app.request(`/api/v1/admin/registrations?agencyCode=${encodeURIComponent(ward)}`, { headers: { Authorization: admin } })).json()) as {
      items: { id: string; procedureCode: string; version: string; from: string; document: string }[];
    };
    const birthRegistration = registrations.items.find((item) => item.procedureCode === birth)!;
    const { id, version, ...kept } = birthRegistration;
    const ended = await send('PUT', `/api/v1/admin/registrations/${id}`, { ...kept, agencyCode: ward, to: '2026-12-03' }, version);
    assert.equal(ended.status, 200);

    assert.deepEqual(await november(), before);
    const today = (await (await app.request('/api/v1/same-day')).json()) as { agencyCode: string; procedureCode: string }[];
    assert.ok(today.some((entry) => entry.agencyCode === department && entry.procedureCode === copy), 'added today: on today\'s list');
    assert.ok(!today.some((entry) => entry.agencyCode === ward && entry.procedureCode === birth), 'ended yesterday: off today\'s list');
  });
});
