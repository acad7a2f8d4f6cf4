import { Hono, type Context } from 'hono';
import { parseLocalDate, type Instant } from '@cqtt/core';
import { registrationInputSchema, type RegistrationInput } from '@cqtt/core/admin';
import type { StaffEnv } from '../../auth/middleware.js';
import type { Repository } from '../../repository-types.js';
import { invalidRequest, type FieldProblem } from '../errors.js';
import { agencyTreeFrom } from '../staff-routes.js';
import { actorOf, assertScope, bodyOf, expectedVersion, notFound, refuse, scopeCodes, sendOutcome, sendVersioned } from './admin-http.js';

async function catalogProblems(repository: Repository, input: RegistrationInput): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (!(await repository.hasAgency(input.agencyCode))) problems.push({ path: '$.agencyCode', message: 'Không có cơ quan này. / Unknown agency.' });
  const procedures = await repository.procedures();
  if (!procedures.some((procedure) => procedure.code === input.procedureCode)) {
    problems.push({ path: '$.procedureCode', message: 'Không có thủ tục này. / Unknown procedure.' });
  }
  return problems;
}

function dateParameter(c: Context, name: string): string | undefined {
  const value = c.req.query(name);
  if (value === undefined) return undefined;
  try {
    return parseLocalDate(value);
  } catch {
    throw invalidRequest([{ path: name, message: 'Ngày không có thật hoặc sai dạng (YYYY-MM-DD). / Not a real date as YYYY-MM-DD.' }]);
  }
}

/**
 * `/admin/registrations`: the same-day registrations with their validity. An administrator edits those of their
 * agencies (and the agencies below them), before and after the change.
 */
export function adminRegistrationRoutes(repository: Repository, clock: () => Instant): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();

  /** The registration `id`, 404 when missing, 403 when another agency's. */
  async function existing(c: Context<StaffEnv>) {
    const registration = await repository.admin.registration(c.req.param('id') ?? '');
    if (!registration) throw notFound();
    assertScope(c, registration.agencyCode, await agencyTreeFrom(repository));
    return registration;
  }

  async function checkedInput(c: Context<StaffEnv>): Promise<RegistrationInput> {
    const input = await bodyOf(c, registrationInputSchema);
    assertScope(c, input.agencyCode, await agencyTreeFrom(repository));
    refuse(await catalogProblems(repository, input));
    return input;
  }

  routes.get('/', async (c) => {
    const agencyCode = c.req.query('agencyCode');
    const on = dateParameter(c, 'on');
    const tree = await agencyTreeFrom(repository);
    if (agencyCode !== undefined) assertScope(c, agencyCode, tree);
    const items = await repository.admin.registrations({ ...(agencyCode !== undefined && { agencyCode }), ...(on !== undefined && { on }), scope: scopeCodes(c, tree) });
    return c.json({ items });
  });

  routes.post('/', async (c) => {
    const created = await repository.admin.createRegistration(await checkedInput(c), actorOf(c, clock));
    c.header('Location', `/api/v1/admin/registrations/${encodeURIComponent(created.id)}`);
    return sendVersioned(c, created, 201);
  });

  routes.get('/:id', async (c) => sendVersioned(c, await existing(c)));

  routes.put('/:id', async (c) => {
    const { id } = await existing(c);
    const expected = expectedVersion(c);
    const input = await checkedInput(c);
    return sendOutcome(c, await repository.admin.updateRegistration(id, input, expected, actorOf(c, clock)));
  });

  routes.delete('/:id', async (c) => {
    const { id } = await existing(c);
    return sendOutcome(c, await repository.admin.deleteRegistration(id, expectedVersion(c), actorOf(c, clock)), true);
  });
  return routes;
}
