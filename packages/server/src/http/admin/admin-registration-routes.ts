import { Hono, type Context } from 'hono';
import { parseLocalDate, type Instant } from '@cqtt/core';
import { registrationInputSchema, type RegistrationInput } from '@cqtt/core/admin';
import type { StaffEnv } from '../../auth/middleware.js';
import type { Repository } from '../../repository-types.js';
import { invalidRequest, type FieldProblem } from '../errors.js';
import { agencyTreeFrom } from '../staff-routes.js';
import { assertScope, bodyOf, refuse, scopeCodes } from './admin-http.js';
import { mountItemRoutes } from './admin-item-routes.js';

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

  mountItemRoutes(routes, repository, clock, {
    path: 'registrations',
    find: (id) => repository.admin.registration(id),
    checkedInput,
    create: (input, actor) => repository.admin.createRegistration(input, actor),
    update: (id, input, expected, actor) => repository.admin.updateRegistration(id, input, expected, actor),
    remove: (id, expected, actor) => repository.admin.deleteRegistration(id, expected, actor),
  });
  return routes;
}
