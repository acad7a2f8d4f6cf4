import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstValueFrom, take } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { HttpStatusError, MemoryPortalAdapter, NetworkError, type Dossier, type MemoryPortalData, type SurveyResponse } from '@cqtt/core';

const at = (iso: string) => Date.parse(iso);

const dossiers: Dossier[] = [
  {
    id: 'HS-1',
    procedureCode: '1.000804.000.00.00.H25',
    agencyCode: 'UBND-PHUONG-LONG-PHUOC',
    status: 'returned',
    receivedAt: at('2026-11-27T09:00:00+07:00'),
    returnedAt: at('2026-11-27T15:00:00+07:00'),
  },
  { id: 'HS-2', procedureCode: '2.000815.000.00.00.H25', agencyCode: 'TP', status: 'processing', receivedAt: at('2026-11-30T23:30:00+07:00') },
  { id: 'HS-3', procedureCode: '2.000815.000.00.00.H25', agencyCode: 'TP', status: 'resolved', receivedAt: at('2026-12-01T00:30:00+07:00') },
];

const vote = (dossierId: string, level: SurveyResponse['level'] = 5): SurveyResponse => ({
  dossierId,
  level,
  shortcomings: [],
  praise: ['xin-chao'],
  callbackConsent: false,
  votedAt: at('2026-12-01T10:00:00+07:00'),
});

const now = at('2026-12-01T10:00:05+07:00');

function memory(data: Partial<MemoryPortalData> = {}, options: Partial<ConstructorParameters<typeof MemoryPortalAdapter>[1]> = {}) {
  return new MemoryPortalAdapter({ dossiers, ...data }, { clock: () => now, ...options });
}

describe('MemoryPortalAdapter: reading', () => {
  it('serves the catalog, messages and calendar it was given', async () => {
    const portal = memory({
      catalog: { agencies: [], procedures: [], sameDay: [{ agencyCode: 'TP', procedureCode: 'P' }] },
      messages: [{ id: 'm', kind: 'hotline', text: 'Đường dây nóng', href: 'tel:0901234567' }],
      calendarYears: [{ year: 2026, daysOff: ['2026-01-01'], workingDays: ['2026-01-10'] }],
    });
    assert.deepEqual(await firstValueFrom(portal.sameDay$), [{ agencyCode: 'TP', procedureCode: 'P' }]);
    assert.deepEqual(await firstValueFrom(portal.agencies$), []);
    assert.deepEqual(await firstValueFrom(portal.procedures$), []);
    assert.equal((await firstValueFrom(portal.messages$))[0]?.href, 'tel:0901234567');
    assert.deepEqual((await firstValueFrom(portal.calendar$(2026))).workingDays, ['2026-01-10']);
    await assert.rejects(firstValueFrom(portal.calendar$(2031)), (error: unknown) => error instanceof HttpStatusError && error.status === 404);
    assert.deepEqual(await firstValueFrom(memory({ dossiers: [] }).messages$), []);
  });

  it('finds dossiers by Vietnam date, agency, status and limit', async () => {
    const portal = memory();
    const ids = async (query: Parameters<MemoryPortalAdapter['dossiers$']>[0]) => (await firstValueFrom(portal.dossiers$(query))).map((d) => d.id);
    assert.deepEqual(await ids({}), ['HS-1', 'HS-2', 'HS-3']);
    assert.deepEqual(await ids({ from: '2026-11-30', to: '2026-11-30' }), ['HS-2']);
    assert.deepEqual(await ids({ from: '2026-12-01' }), ['HS-3']);
    assert.deepEqual(await ids({ agencyCode: 'TP', status: ['resolved', 'returned'] }), ['HS-3']);
    assert.deepEqual(await ids({ status: [], limit: 1 }), ['HS-1']);
    assert.equal((await firstValueFrom(portal.dossier$('HS-2'))).status, 'processing');
    await assert.rejects(firstValueFrom(portal.dossier$('HS-9')), (error: unknown) => error instanceof HttpStatusError && error.body?.code === 'not-found');
  });

  it('computes the report with the function it was given', async () => {
    const portal = memory({
      report: (query, data) => [
        {
          agencyCode: query.agencyCode ?? 'ALL',
          received: data.dossiers.length,
          resolved: 0,
          returned: 0,
          early: 0,
          onTime: 0,
          late: 0,
          sameDayEligible: 0,
          sameDayResolved: 0,
          fridayReceived: 0,
          fridayReturned: 0,
          resolvedNotClosed: 0,
          surveys: data.surveys.length,
          satisfaction: [0, 0, 0, 0, data.surveys.length],
        },
      ],
      surveys: [vote('HS-1')],
    });
    const [row] = await firstValueFrom(portal.report$({ from: '2026-11-01', to: '2026-11-30', agencyCode: 'TP' }));
    assert.equal(row?.agencyCode, 'TP');
    assert.equal(row?.received, 3);
    assert.equal(row?.surveys, 1);
    assert.deepEqual(await firstValueFrom(memory().report$({ from: '2026-11-01', to: '2026-11-30' })), []);
  });
});

describe('MemoryPortalAdapter: surveys, with the server semantics', () => {
  it('takes one answer per finished dossier and reports the status', async () => {
    const portal = memory();
    assert.deepEqual(await firstValueFrom(portal.surveyStatus$('HS-3')), { dossierId: 'HS-3', answered: false });
    assert.deepEqual(await firstValueFrom(portal.submitSurvey(vote('HS-3', 4), 'k1')), { dossierId: 'HS-3', receivedAt: now, duplicate: false });
    assert.deepEqual(await firstValueFrom(portal.surveyStatus$('HS-3')), { dossierId: 'HS-3', answered: true, level: 4, answeredAt: now });
    assert.deepEqual(await firstValueFrom(portal.submitSurvey(vote('HS-3', 1), 'k2')), { dossierId: 'HS-3', receivedAt: now, duplicate: true });
    assert.equal((await firstValueFrom(portal.surveyStatus$('HS-3'))).level, 4);
  });

  it('accepts a survey token and checks nothing: it has no access control', async () => {
    const portal = memory();
    assert.deepEqual(await firstValueFrom(portal.surveyStatus$('HS-3', 'any.token.at-all')), { dossierId: 'HS-3', answered: false });
    assert.equal((await firstValueFrom(portal.submitSurvey(vote('HS-3', 5), 'k1', 'not even a JWS'))).duplicate, false);
    assert.equal((await firstValueFrom(portal.surveyStatus$('HS-3'))).level, 5);
  });

  it('is idempotent by key, and refuses a key reused for another answer', async () => {
    const portal = memory();
    const first = await firstValueFrom(portal.submitSurvey(vote('HS-1'), 'same-key'));
    assert.deepEqual(await firstValueFrom(portal.submitSurvey(vote('HS-1'), 'same-key')), first);
    assert.equal(first.duplicate, false);
    await assert.rejects(
      firstValueFrom(portal.submitSurvey(vote('HS-1', 2), 'same-key')),
      (error: unknown) => error instanceof HttpStatusError && error.status === 422 && error.body?.code === 'idempotency-key-reused',
    );
  });

  it('refuses unfinished or unknown dossiers and invalid answers', async () => {
    const portal = memory({ surveys: [vote('HS-1')] });
    assert.equal((await firstValueFrom(portal.surveyStatus$('HS-1'))).answered, true);
    await assert.rejects(
      firstValueFrom(portal.submitSurvey(vote('HS-2'), 'a')),
      (error: unknown) => error instanceof HttpStatusError && error.status === 422 && error.body?.code === 'dossier-not-finished',
    );
    await assert.rejects(firstValueFrom(portal.submitSurvey(vote('HS-404'), 'b')), (error: unknown) => error instanceof HttpStatusError && error.status === 404);
    await assert.rejects(firstValueFrom(portal.surveyStatus$('HS-404')), (error: unknown) => error instanceof HttpStatusError && error.status === 404);
    await assert.rejects(
      firstValueFrom(portal.submitSurvey({ ...vote('HS-3'), phone: '0901234567' }, 'c')),
      (error: unknown) =>
        error instanceof HttpStatusError && error.status === 400 && error.body?.fields?.[0]?.path === '$.phone',
    );
  });
});

describe('MemoryPortalAdapter: knobs', () => {
  it('fails every request while offline, and recovers when back', async () => {
    const portal = memory({}, { offline: true });
    await assert.rejects(firstValueFrom(portal.dossier$('HS-1')), NetworkError);
    await assert.rejects(firstValueFrom(portal.serverTime$), NetworkError);
    portal.offline = false;
    assert.equal((await firstValueFrom(portal.dossier$('HS-1'))).id, 'HS-1');
  });

  it('fails at the failure rate, drawn from the injected random', async () => {
    const draws = [0.1, 0.9];
    const portal = memory({}, { failureRate: 0.5, random: () => draws.shift() ?? 0.9 });
    await assert.rejects(firstValueFrom(portal.messages$), NetworkError);
    assert.deepEqual(await firstValueFrom(portal.messages$), []);
  });

  it('answers after the latency, in virtual time', () => {
    new TestScheduler((actual, expected) => assert.deepEqual(actual, expected)).run(({ expectObservable }) => {
      const portal = memory({}, { latencyMs: 250 });
      expectObservable(portal.dossier$('HS-3')).toBe('250ms (a|)', { a: dossiers[2] });
    });
  });
});

describe('MemoryPortalAdapter: serverTime$', () => {
  it('emits the injected clock at once and every second, in virtual time', () => {
    const scheduler = new TestScheduler((actual, expected) => assert.deepEqual(actual, expected));
    scheduler.run(({ expectObservable }) => {
      const newYearEve = at('2026-12-31T23:59:58+07:00');
      const portal = memory({}, { clock: () => newYearEve + scheduler.now() });
      expectObservable(portal.serverTime$.pipe(take(3))).toBe('a 999ms b 999ms (c|)', {
        a: newYearEve,
        b: newYearEve + 1000,
        c: at('2027-01-01T00:00:00+07:00'),
      });
    });
  });
});
