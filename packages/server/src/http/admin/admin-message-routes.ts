import { Hono, type Context } from 'hono';
import type { Instant } from '@cqtt/core';
import { adminMessageInputSchema, type AdminMessageInput } from '@cqtt/core/admin';
import type { StaffEnv } from '../../auth/middleware.js';
import type { Repository } from '../../repository-types.js';
import { agencyTreeFrom } from '../staff-routes.js';
import { assertScope, bodyOf, refuse, scopeCodes } from './admin-http.js';
import { mountItemRoutes } from './admin-item-routes.js';

/** `/admin/messages`: ticker lines, reminders and hotlines of the caller's agencies; province-wide (`*`) ones need `*`. */
export function adminMessageRoutes(repository: Repository, clock: () => Instant): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();


  async function checkedInput(c: Context<StaffEnv>): Promise<AdminMessageInput> {
    const input = await bodyOf(c, adminMessageInputSchema);
    assertScope(c, input.agencyCode, await agencyTreeFrom(repository));
    if (input.agencyCode !== '*' && !(await repository.hasAgency(input.agencyCode))) {
      refuse([{ path: '$.agencyCode', message: 'Không có cơ quan này. / Unknown agency.' }]);
    }
    return input;
  }

  routes.get('/', async (c) => {
    const agencyCode = c.req.query('agencyCode');
    const tree = await agencyTreeFrom(repository);
    if (agencyCode !== undefined) assertScope(c, agencyCode, tree);
    return c.json({ items: await repository.admin.messages({ ...(agencyCode !== undefined && { agencyCode }), scope: scopeCodes(c, tree) }) });
  });

  mountItemRoutes(routes, repository, clock, {
    path: 'messages',
    find: (id) => repository.admin.message(id),
    checkedInput,
    create: (input, actor) => repository.admin.createMessage(input, actor),
    update: (id, input, expected, actor) => repository.admin.updateMessage(id, input, expected, actor),
    remove: (id, expected, actor) => repository.admin.deleteMessage(id, expected, actor),
  });
  return routes;
}
