import { Hono, type Context } from 'hono';
import type { Instant } from '@cqtt/core';
import { agencySettingsInputSchema } from '@cqtt/core/admin';
import type { StaffEnv } from '../../auth/middleware.js';
import type { Repository } from '../../repository-types.js';
import { agencyTreeFrom } from '../staff-routes.js';
import { actorOf, assertScope, bodyOf, expectedVersion, notFound, refuse, sendOutcome, sendVersioned } from './admin-http.js';

/** `/admin/agencies/{code}/settings`: office hours, the Friday rule and cut-offs of an agency in the caller's scope. */
export function adminSettingsRoutes(repository: Repository, clock: () => Instant): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();

  async function agencyOf(c: Context<StaffEnv>): Promise<string> {
    const code = c.req.param('code') ?? '';
    assertScope(c, code, await agencyTreeFrom(repository));
    if (!(await repository.hasAgency(code))) throw notFound();
    return code;
  }

  routes.get('/:code/settings', async (c) => sendVersioned(c, await repository.admin.settings(await agencyOf(c))));

  routes.put('/:code/settings', async (c) => {
    const code = await agencyOf(c);
    const expected = expectedVersion(c);
    const input = await bodyOf(c, agencySettingsInputSchema);
    const known = new Set((await repository.procedures()).map((procedure) => procedure.code));
    refuse(
      Object.keys(input.procedures)
        .filter((procedureCode) => !known.has(procedureCode))
        .map((procedureCode) => ({ path: `$.procedures[${JSON.stringify(procedureCode)}]`, message: 'Không có thủ tục này. / Unknown procedure.' })),
    );
    return sendOutcome(c, await repository.admin.saveSettings(code, input, expected, actorOf(c, clock)));
  });

  routes.delete('/:code/settings', async (c) => {
    const code = await agencyOf(c);
    return sendOutcome(c, await repository.admin.resetSettings(code, expectedVersion(c), actorOf(c, clock)));
  });
  return routes;
}
