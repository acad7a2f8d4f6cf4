import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, demoAuthEnvironment, loadAuthSettings } from '@cqtt/server';
import { openTestRepository } from './test-database.js';
import { testConfig, tinyCatalog, vn } from './helpers.js';

describe('demo sign-in as administrator', async () => {
  const repository = await openTestRepository();
  await repository.saveCatalog(tinyCatalog);
  const auth = loadAuthSettings(demoAuthEnvironment({ CQTT_ADMIN_ROLE: 'quan-tri-du-lieu' }));
  const app = createApp(testConfig({ demoAuth: true }), { repository, auth, clock: () => vn('2026-12-04', '10:00') });
  after(() => repository.close());

  const signIn = async (query: string) => (await (await app.request(`/demo/sign-in${query}`, { method: 'POST' })).json()) as { token: string; user: { roles: string[]; agencyCodes: string[] } };

  it('gives the configured admin role with ?role=admin, and only then', async () => {
    const administrator = await signIn('?role=admin');
    assert.ok(administrator.user.roles.includes('quan-tri-du-lieu'));
    assert.deepEqual(administrator.user.agencyCodes, ['*']);
    const asAdmin = await app.request('/api/v1/admin/calendar/2027', { headers: { Authorization: `Bearer ${administrator.token}` } });
    assert.equal(asAdmin.status, 200);
    const staff = await signIn('');
    const asStaff = await app.request('/api/v1/admin/calendar/2027', { headers: { Authorization: `Bearer ${staff.token}` } });
    assert.equal(asStaff.status, 403);
    assert.equal((await app.request('/demo/sign-in?role=root', { method: 'POST' })).status, 400);
  });
});
