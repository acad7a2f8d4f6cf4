import { Hono } from 'hono';
import type { Instant } from '@cqtt/core';
import { calendarYearInputSchema, calendarYearProblems } from '@cqtt/core/admin';
import { everyAgency } from '../../auth/agency-scope.js';
import type { StaffEnv } from '../../auth/middleware.js';
import type { Repository } from '../../repository-types.js';
import { parseYear } from '../query-params.js';
import { actorOf, bodyOf, expectedVersion, forbidden, refuse, sendOutcome, sendVersioned } from './admin-http.js';

/** `/admin/calendar/{year}`: read any year; publish or withdraw only with the province's scope (`*`). */
export function adminCalendarRoutes(repository: Repository, clock: () => Instant): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();
  routes.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && !c.get('staff').agencyCodes.includes(everyAgency)) throw forbidden();
    await next();
  });

  routes.get('/:year', async (c) => sendVersioned(c, await repository.admin.calendarYear(parseYear(c.req.param('year')))));

  routes.put('/:year', async (c) => {
    const year = parseYear(c.req.param('year'));
    const expected = expectedVersion(c);
    const input = await bodyOf(c, calendarYearInputSchema);
    refuse(calendarYearProblems(year, input));
    return sendOutcome(c, await repository.admin.publishCalendar(year, input, expected, actorOf(c, clock)));
  });

  routes.delete('/:year', async (c) => {
    const year = parseYear(c.req.param('year'));
    return sendOutcome(c, await repository.admin.unpublishCalendar(year, expectedVersion(c), actorOf(c, clock)));
  });
  return routes;
}
