import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstValueFrom, lastValueFrom } from 'rxjs';
import { ContractError, HttpStatusError, type FetchLike } from '@cqtt/core';
import { HttpAdminAdapter, MemoryAdminAdapter, PreconditionFailedError, type AdminCalendarYear, type Registration } from '@cqtt/core/admin';

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

function scriptedFetch(answer: (call: Call) => Response): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: (url, init) => {
      calls.push({ url, init });
      return Promise.resolve(answer({ url, init }));
    },
  };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const registration: Registration = { id: 'r1', agencyCode: 'xa-a', procedureCode: '1.001', from: '2023-08-08', document: 'Kế hoạch', version: '7' };
const input = { agencyCode: 'xa-a', procedureCode: '1.001', from: '2023-08-08', document: 'Kế hoạch' };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected an error');
}

describe('HttpAdminAdapter', () => {
  it('sends If-Match and the body on an update, with the token', async () => {
    const { fetch, calls } = scriptedFetch(() => json({ ...registration, version: '8' }));
    const adapter = new HttpAdminAdapter({ baseUrl: 'https://cqtt.example/', fetch, authHeader: () => 'Bearer t' });
    const saved = await firstValueFrom(adapter.updateRegistration('r 1', input, '7'));
    assert.equal(saved.version, '8');
    assert.equal(calls[0]!.url, 'https://cqtt.example/api/v1/admin/registrations/r%201');
    assert.equal(calls[0]!.init.method, 'PUT');
    const headers = calls[0]!.init.headers as Record<string, string>;
    assert.equal(headers['If-Match'], '"7"');
    assert.equal(headers['Authorization'], 'Bearer t');
    assert.deepEqual(JSON.parse(calls[0]!.init.body as string), input);
  });

  it('turns a 412 into PreconditionFailedError carrying the current version', async () => {
    const current = { ...registration, document: 'Quyết định khác', version: '9' };
    const { fetch } = scriptedFetch(() => json({ error: { code: 'precondition-failed', message: 'changed' }, current }, 412));
    const error = await rejection(firstValueFrom(new HttpAdminAdapter({ fetch }).updateRegistration('r1', input, '7')));
    assert.ok(error instanceof PreconditionFailedError);
    assert.equal(error.status, 412);
    assert.deepEqual(error.current, current);
  });

  it('refuses a 412 whose current breaks the contract, and passes 400 fields on', async () => {
    const bad = scriptedFetch(() => json({ error: { code: 'precondition-failed', message: 'changed' }, current: { id: 1 } }, 412));
    assert.ok((await rejection(firstValueFrom(new HttpAdminAdapter({ fetch: bad.fetch }).deleteMessage('m1', '1')))) instanceof ContractError);
    const invalid = scriptedFetch(() => json({ error: { code: 'invalid-request', message: 'bad', fields: [{ path: '$.to', message: 'must not be before from' }] } }, 400));
    const error = await rejection(firstValueFrom(new HttpAdminAdapter({ fetch: invalid.fetch }).createRegistration(input)));
    assert.ok(error instanceof HttpStatusError);
    assert.deepEqual(error.body?.fields, [{ path: '$.to', message: 'must not be before from' }]);
  });

  it('lists with query parameters and deletes with no body', async () => {
    const { fetch, calls } = scriptedFetch((call) => (call.init.method === 'DELETE' ? new Response(null, { status: 204 }) : json({ items: [registration] })));
    const adapter = new HttpAdminAdapter({ fetch });
    assert.deepEqual(await firstValueFrom(adapter.registrations$({ agencyCode: 'xa-a', on: '2026-12-04' })), [registration]);
    assert.equal(calls[0]!.url, '/api/v1/admin/registrations?agencyCode=xa-a&on=2026-12-04');
    assert.equal(await lastValueFrom(adapter.deleteRegistration('r1', '7'), { defaultValue: 'none' }), undefined);
  });
});

describe('MemoryAdminAdapter', () => {
  const clock = () => Date.UTC(2026, 11, 4, 3);

  it('publishes 2027 and withdraws it back to the computed year, in the audit trail', async () => {
    const admin = new MemoryAdminAdapter({ clock, subject: 'admin.tinh' });
    const computed = await firstValueFrom(admin.calendar$(2027));
    assert.equal(computed.status, 'computed');
    assert.equal(computed.version, '0');
    const tet = { daysOff: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'], workingDays: ['2027-01-30'], source: 'Thông báo thử' };
    const published: AdminCalendarYear = await firstValueFrom(admin.publishCalendar(2027, tet, '0'));
    assert.equal(published.status, 'published');
    assert.equal(published.publishedBy, 'admin.tinh');
    const stale = await rejection(firstValueFrom(admin.unpublishCalendar(2027, '0')));
    assert.ok(stale instanceof PreconditionFailedError);
    assert.deepEqual(stale.current, published);
    const back = await firstValueFrom(admin.unpublishCalendar(2027, published.version));
    assert.equal(back.status, 'computed');
    const audit = await firstValueFrom(admin.audit$());
    assert.deepEqual(audit.items.map((entry) => entry.action), ['unpublish', 'publish']);
  });

  it('refuses a year that makes no sense with field paths, writing nothing', async () => {
    const admin = new MemoryAdminAdapter({ clock });
    const error = await rejection(firstValueFrom(admin.publishCalendar(2027, { daysOff: ['2026-02-04'], workingDays: [], source: 's' }, '0')));
    assert.ok(error instanceof HttpStatusError);
    assert.deepEqual(error.body?.fields, [{ path: '$.daysOff[0]', message: 'this date is not in 2027' }]);
    assert.equal((await firstValueFrom(admin.audit$())).items.length, 0);
  });

  it('gives the second of two editors a 412 with the first one\'s version', async () => {
    const admin = new MemoryAdminAdapter({ clock });
    const read = await firstValueFrom(admin.settings$('xa-a'));
    const body = { officeHours: read.officeHours, fridayRule: read.fridayRule, cutoff: read.cutoff, procedures: read.procedures };
    const first = await firstValueFrom(admin.saveSettings('xa-a', { ...body, fridayRule: false }, read.version));
    const error = await rejection(firstValueFrom(admin.saveSettings('xa-a', { ...body, cutoff: '16:00' }, read.version)));
    assert.ok(error instanceof PreconditionFailedError);
    assert.deepEqual(error.current, first);
    assert.equal((await firstValueFrom(admin.settings$('xa-a'))).fridayRule, false);
  });

  it('keeps registrations and messages with their validity, and 404s an unknown id', async () => {
    const admin = new MemoryAdminAdapter({ clock });
    const created = await firstValueFrom(admin.createRegistration(input));
    const ended = await firstValueFrom(admin.updateRegistration(created.id, { ...input, to: '2026-11-30' }, created.version));
    assert.deepEqual(await firstValueFrom(admin.registrations$({ on: '2026-12-04' })), []);
    assert.deepEqual(await firstValueFrom(admin.registrations$({ agencyCode: 'xa-a', on: '2026-11-30' })), [ended]);
    assert.deepEqual(await firstValueFrom(admin.registration$(created.id)), ended);
    await lastValueFrom(admin.deleteRegistration(created.id, ended.version), { defaultValue: undefined });
    const missing = await rejection(firstValueFrom(admin.registration$(created.id)));
    assert.ok(missing instanceof HttpStatusError && missing.status === 404);

    const message = { agencyCode: '*', kind: 'slogan' as const, textVi: 'Vì nhân dân phục vụ', textEn: 'Serving the people', screens: ['led' as const], position: 2 };
    const first = await firstValueFrom(admin.createMessage(message));
    const second = await firstValueFrom(admin.createMessage({ ...message, position: 1 }));
    assert.deepEqual((await firstValueFrom(admin.messages$())).map((item) => item.id), [second.id, first.id]);
    const edited = await firstValueFrom(admin.updateMessage(first.id, { ...message, textVi: 'Hài lòng' }, first.version));
    assert.equal((await firstValueFrom(admin.message$(first.id))).textVi, 'Hài lòng');
    await lastValueFrom(admin.deleteMessage(first.id, edited.version), { defaultValue: undefined });
    assert.deepEqual((await firstValueFrom(admin.messages$({ agencyCode: '*' }))).map((item) => item.id), [second.id]);
    const reset = await firstValueFrom(admin.resetSettings('xa-a', '0'));
    assert.equal(reset.version, '0');
    const page = await firstValueFrom(admin.audit$({ limit: 3 }));
    assert.equal(page.items.length, 3);
    assert.ok(page.next !== undefined);
    assert.equal((await firstValueFrom(admin.audit$({ before: page.next }))).items.length, 5);
  });
});
