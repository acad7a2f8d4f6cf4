import { Hono } from 'hono';
import type { Instant } from '@cqtt/core';
import type { AuthSettings } from '../../auth/config.js';
import type { StaffEnv } from '../../auth/middleware.js';
import type { Repository } from '../../repository-types.js';
import { invalidRequest } from '../errors.js';
import { agencyTreeFrom } from '../staff-routes.js';
import { adminCalendarRoutes } from './admin-calendar-routes.js';
import { requireAdmin, scopeCodes } from './admin-http.js';
import { adminMessageRoutes } from './admin-message-routes.js';
import { adminRegistrationRoutes } from './admin-registration-routes.js';
import { adminSettingsRoutes } from './admin-settings-routes.js';

/**
 * The administration API under `/api/v1/admin`: a staff token with the admin role on every route, the agency scope
 * on every record, `ETag` on reads, `If-Match` on updates and deletes, an audit row for every write.
 */
export function adminRoutes(repository: Repository, clock: () => Instant, auth: AuthSettings): Hono<StaffEnv> {
  const admin = new Hono<StaffEnv>();
  admin.use('*', ...requireAdmin(auth, clock));
  admin.route('/calendar', adminCalendarRoutes(repository, clock));
  admin.route('/registrations', adminRegistrationRoutes(repository, clock));
  admin.route('/agencies', adminSettingsRoutes(repository, clock));
  admin.route('/messages', adminMessageRoutes(repository, clock));

  admin.get('/audit', async (c) => {
    const limitText = c.req.query('limit') ?? '50';
    const before = c.req.query('before');
    const problems = [
      ...(/^\d{1,3}$/.test(limitText) && Number(limitText) >= 1 && Number(limitText) <= 200 ? [] : [{ path: 'limit', message: '1-200.' }]),
      ...(before === undefined || /^\d{1,18}$/.test(before) ? [] : [{ path: 'before', message: 'The `next` of a page.' }]),
    ];
    if (problems.length > 0) throw invalidRequest(problems);
    const scope = scopeCodes(c, await agencyTreeFrom(repository));
    return c.json(await repository.admin.audit({ limit: Number(limitText), ...(before !== undefined && { before }), scope }));
  });
  return admin;
}
