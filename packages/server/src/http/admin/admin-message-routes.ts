import { Hono, type Context } from 'hono';
import type { Instant } from '@cqtt/core';
import { adminMessageInputSchema, type AdminMessageInput } from '@cqtt/core/admin';
import type { StaffEnv } from '../../auth/middleware.js';
import type { Repository } from '../../repository-types.js';
import { agencyTreeFrom } from '../staff-routes.js';
import { actorOf, assertScope, bodyOf, expectedVersion, notFound, refuse, scopeCodes, sendOutcome, sendVersioned } from './admin-http.js';

/** `/admin/messages`: ticker lines, reminders and hotlines of the caller's agencies; province-wide (`*`) ones need `*`. */
export function adminMessageRoutes(repository: Repository, clock: () => Instant): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();

  async function existing(c: Context<StaffEnv>) {
    const message = await repository.admin.message(c.req.param('id') ?? '');
    if (!message) throw notFound();
    assertScope(c, message.agencyCode, await agencyTreeFrom(repository));
    return message;
  }

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

  routes.post('/', async (c) => {
    const created = await repository.admin.createMessage(await checkedInput(c), actorOf(c, clock));
    c.header('Location', `/api/v1/admin/messages/${encodeURIComponent(created.id)}`);
    return sendVersioned(c, created, 201);
  });

  routes.get('/:id', async (c) => sendVersioned(c, await existing(c)));

  routes.put('/:id', async (c) => {
    const { id } = await existing(c);
    const expected = expectedVersion(c);
    const input = await checkedInput(c);
    return sendOutcome(c, await repository.admin.updateMessage(id, input, expected, actorOf(c, clock)));
  });

  routes.delete('/:id', async (c) => {
    const { id } = await existing(c);
    return sendOutcome(c, await repository.admin.deleteMessage(id, expectedVersion(c), actorOf(c, clock)), true);
  });
  return routes;
}
