import type { Context } from 'hono';
import { surveyStatusToWire, type Instant } from '@cqtt/core';
import { AuthError } from '../auth/auth-error.js';
import type { AuthSettings } from '../auth/config.js';
import { authErrorResponse, visibleTo } from '../auth/middleware.js';
import { checkSurveyToken, surveyTokenErrorResponse, surveyTokenHeader } from '../auth/survey-guard.js';
import { SurveyTokenError } from '../auth/survey-token.js';
import { verifyStaffToken } from '../auth/staff-token.js';
import type { Repository } from '../repository-types.js';
import { dossierNotFound } from './errors.js';
import { parseDossierId } from './query-params.js';
import { agencyTreeFrom } from './staff-routes.js';

/**
 * `GET /surveys/:dossierId`, for two callers. Staff (a bearer token) of the dossier's agency get its status and,
 * when the citizen agreed to a call-back, `callbackPhone`. The citizen holding the dossier's survey token
 * (`X-Survey-Token`) gets whether it was answered, and nothing personal. Anyone else gets 401; staff of another
 * agency get the same 404 as for a missing dossier.
 */
export async function getSurveyStatus(c: Context, repository: Repository, now: Instant, auth: AuthSettings): Promise<Response> {
  const dossierId = parseDossierId(c.req.param('dossierId'));
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    let staff;
    try {
      staff = await verifyStaffToken(authorization, auth, now);
    } catch (error) {
      if (error instanceof AuthError) return authErrorResponse(c, error);
      throw error;
    }
    const dossier = visibleTo(staff, await repository.dossier(dossierId), await agencyTreeFrom(repository));
    const status = dossier && (await repository.surveyStatus(dossierId));
    if (!status) throw dossierNotFound();
    const callbackPhone = await repository.callbackPhone(dossierId);
    return c.json({ ...surveyStatusToWire(status), ...(callbackPhone !== undefined && { callbackPhone }) });
  }
  if (c.req.header(surveyTokenHeader) === undefined) {
    c.header('WWW-Authenticate', 'Bearer realm="cqtt"');
    return surveyTokenErrorResponse(c, new SurveyTokenError('missing', auth.surveyTokenTtlDays));
  }
  const check = await checkSurveyToken(c, dossierId, auth, now);
  if (!check.ok) return check.response;
  const status = await repository.surveyStatus(dossierId);
  if (!status) throw dossierNotFound();
  return c.json(surveyStatusToWire(status));
}
