import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { firstValueFrom, lastValueFrom } from 'rxjs';
import { HttpAdminAdapter, PreconditionFailedError } from '@cqtt/core/admin';
import { createApp, type SqlRepository } from '@cqtt/server';
import { openTestRepository } from './test-database.js';
import { staffAuthorization, testAuth, testConfig, tinyCatalog, vn } from './helpers.js';

const ward = 'phuoc-long/phuong-thac-mo';

describe('HttpAdminAdapter against the reference server', () => {
  let repository: SqlRepository;
  let adapter: HttpAdminAdapter;

  before(async () => {
    repository = await openTestRepository();
    await repository.saveCatalog(tinyCatalog);
    const app = createApp(testConfig(), { repository, auth: testAuth, clock: () => vn('2026-12-04', '10:00') });
    adapter = new HttpAdminAdapter({
      baseUrl: 'http://cqtt.test',
      fetch: (url, init) => Promise.resolve(app.request(url, init)),
      authHeader: () => staffAuthorization(['*'], { roles: ['cqtt-admin'], sub: 'quantri.tinh' }),
    });
  });
  after(() => repository.close());

  it('reads and writes every resource through the contract\'s schemas, 412 included', async () => {
    const computed = await firstValueFrom(adapter.calendar$(2027));
    const published = await firstValueFrom(adapter.publishCalendar(2027, { daysOff: ['2027-02-05'], workingDays: [], source: 'Thử' }, computed.version));
    assert.equal(published.status, 'published');
    assert.equal((await firstValueFrom(adapter.unpublishCalendar(2027, published.version))).status, 'computed');

    const settings = await firstValueFrom(adapter.settings$(ward));
    const input = { officeHours: settings.officeHours, fridayRule: false, cutoff: '16:00', procedures: { '1.004946.000.00.00.H10': { timeLimitDays: 2 } } };
    const saved = await firstValueFrom(adapter.saveSettings(ward, input, settings.version));
    const conflict = await firstValueFrom(adapter.saveSettings(ward, input, settings.version)).catch((error: unknown) => error);
    assert.ok(conflict instanceof PreconditionFailedError);
    assert.deepEqual(conflict.current, saved);
    assert.equal((await firstValueFrom(adapter.resetSettings(ward, saved.version))).version, '0');

    const registration = await firstValueFrom(adapter.createRegistration({ agencyCode: ward, procedureCode: '1.004946.000.00.00.H10', from: '2026-12-04', document: 'QĐ 1', cutoff: '14:00' }));
    assert.deepEqual(await firstValueFrom(adapter.registration$(registration.id)), registration);
    assert.ok((await firstValueFrom(adapter.registrations$({ agencyCode: ward, on: '2026-12-04' }))).some((item) => item.id === registration.id));
    await lastValueFrom(adapter.deleteRegistration(registration.id, registration.version), { defaultValue: undefined });

    const message = await firstValueFrom(adapter.createMessage({ agencyCode: '*', kind: 'hotline', textVi: 'Đường dây nóng', textEn: 'Hotline', href: 'tel:+842713000000', screens: ['led', 'staff'], position: 0 }));
    const edited = await firstValueFrom(adapter.updateMessage(message.id, { agencyCode: '*', kind: 'hotline', textVi: 'Gọi', textEn: 'Call', screens: ['led'], position: 1 }, message.version));
    assert.equal(edited.href, undefined);
    assert.deepEqual(await firstValueFrom(adapter.messages$({ agencyCode: '*' })), [edited]);
    assert.deepEqual(await firstValueFrom(adapter.message$(message.id)), edited);
    await lastValueFrom(adapter.deleteMessage(message.id, edited.version), { defaultValue: undefined });

    const page = await firstValueFrom(adapter.audit$({ limit: 4 }));
    assert.deepEqual(page.items.map((entry) => `${entry.action} ${entry.entity}`), ['delete message', 'update message', 'create message', 'delete registration']);
    const rest = await firstValueFrom(adapter.audit$({ before: page.next! }));
    assert.deepEqual(rest.items.map((entry) => entry.action), ['create', 'delete', 'update', 'unpublish', 'publish']);
    assert.equal(rest.next, undefined);
  });
});
