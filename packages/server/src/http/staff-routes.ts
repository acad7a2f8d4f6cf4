import { Hono } from 'hono';
import { apiErrorCodes, dossierToWire, type Instant } from '@cqtt/core';
import { agencyScopeOf, agencyTreeOf, canSeeAgency, type AgencyTree } from '../auth/agency-scope.js';
import type { AuthSettings } from '../auth/config.js';
import { forbiddenAgency, requireStaff, visibleTo, type StaffEnv } from '../auth/middleware.js';
import type { Repository } from '../repository-types.js';
import { ApiError, dossierNotFound } from './errors.js';
import { parseDossierId, parseDossierQuery, parseReportQuery } from './query-params.js';
import { postSurveyTokenGrant } from './survey-token-grant.js';

/** The agencies' parent links, read per request so a catalog change applies at once. */
export async function agencyTreeFrom(repository: Repository): Promise<AgencyTree> {
  return agencyTreeOf(await repository.agencies());
}

/**
 * The endpoints with citizens' data, behind the portal's staff token: dossiers, reports, and the issuing of survey
 * tokens. A token limits what its user sees to their agencies and those below them; a dossier of another agency is
 * answered exactly like a missing one.
 */
export function staffRoutes(repository: Repository, clock: () => Instant, auth: AuthSettings): Hono<StaffEnv> {
  const api = new Hono<StaffEnv>();
  api.use('/dossiers', requireStaff(auth, clock));
  api.use('/dossiers/*', requireStaff(auth, clock));
  api.use('/reports', requireStaff(auth, clock));
  api.use('/survey-tokens', requireStaff(auth, clock));

  api.get('/dossiers', async (c) => {
    const query = parseDossierQuery(c.req.query());
    const tree = await agencyTreeFrom(repository);
    if (query.agencyCode !== undefined) {
      const refusal = forbiddenAgency(c, query.agencyCode, tree);
      if (refusal) return refusal;
    }
    const scope = agencyScopeOf(c.get('staff'), tree);
    const dossiers = await repository.dossiers(query, scope.all ? undefined : scope.agencyCodes);
    return c.json(dossiers.map(dossierToWire));
  });

  api.get('/dossiers/:id', async (c) => {
    const dossier = visibleTo(c.get('staff'), await repository.dossier(parseDossierId(c.req.param('id'))), await agencyTreeFrom(repository));
    if (!dossier) throw dossierNotFound();
    return c.json(dossierToWire(dossier));
  });

  api.get('/reports', async (c) => {
    const query = parseReportQuery(c.req.query());
    if (query.agencyCode !== undefined && !(await repository.hasAgency(query.agencyCode))) {
      throw new ApiError(400, apiErrorCodes.invalidRequest, 'Kỳ báo cáo không hợp lệ. / The report period is not valid.', {
        fields: [{ path: 'agency', message: 'Không có cơ quan này. / Unknown agency.' }],
      });
    }
    const tree = await agencyTreeFrom(repository);
    if (query.agencyCode !== undefined) {
      const refusal = forbiddenAgency(c, query.agencyCode, tree);
      if (refusal) return refusal;
    }
    const rows = await repository.report(query, clock());
    return c.json(rows.filter((row) => canSeeAgency(c.get('staff'), row.agencyCode, tree)));
  });

  api.post('/survey-tokens', async (c) => postSurveyTokenGrant(c, repository, clock(), auth, await agencyTreeFrom(repository)));

  return api;
}
