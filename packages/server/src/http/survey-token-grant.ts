import type { Context } from 'hono';
import * as v from 'valibot';
import { apiErrorCodes, idSchema, type Instant } from '@cqtt/core';
import type { AgencyTree } from '../auth/agency-scope.js';
import { visibleTo, type StaffEnv } from '../auth/middleware.js';
import { issueSurveyToken, type SurveyTokenSettings } from '../auth/survey-token.js';
import type { Repository } from '../repository-types.js';
import { ApiError, dossierNotFound, invalidRequest } from './errors.js';

const dayMs = 86_400_000;

async function dossierIdOf(c: Context): Promise<string> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text()) as unknown;
  } catch {
    throw invalidRequest([{ path: '$', message: 'Nội dung không phải JSON. / The body is not valid JSON.' }]);
  }
  const id = typeof body === 'object' && body !== null ? (body as { dossierId?: unknown }).dossierId : undefined;
  if (typeof id !== 'string' || id.trim() === '' || id.length > 100 || !v.is(idSchema, id)) {
    throw invalidRequest([
      { path: '$.dossierId', message: 'Mã hồ sơ, từ 1 đến 100 ký tự, không có ký tự điều khiển. / A dossier id of 1 to 100 characters, no control characters.' },
    ]);
  }
  return id;
}

/**
 * `POST /survey-tokens` (staff): issues the survey token of a dossier with a result, for the QR code of the result
 * screen or slip: 201 `{ dossierId, token, expiresAt }`. 404 for a dossier that is missing or outside the caller's
 * agencies; 422 `dossier-not-finished` before the result; 422 `survey-period-over` once the token would already have
 * expired.
 */
export async function postSurveyTokenGrant(
  c: Context<StaffEnv>,
  repository: Repository,
  now: Instant,
  settings: SurveyTokenSettings,
  tree: AgencyTree,
): Promise<Response> {
  const dossierId = await dossierIdOf(c);
  const dossier = visibleTo(c.get('staff'), await repository.dossier(dossierId), tree);
  if (!dossier) throw dossierNotFound();
  const resultAt = dossier.returnedAt ?? dossier.resolvedAt;
  if (resultAt === undefined || (dossier.status !== 'resolved' && dossier.status !== 'returned')) {
    throw new ApiError(422, apiErrorCodes.dossierNotFinished, 'Hồ sơ chưa có kết quả; chưa thể mời đánh giá. / The dossier has no result yet, so it cannot be rated.');
  }
  const expiresAt = resultAt + settings.surveyTokenTtlDays * dayMs;
  if (expiresAt <= now) {
    throw new ApiError(
      422,
      'survey-period-over',
      `Đã quá ${settings.surveyTokenTtlDays} ngày kể từ ngày trả kết quả; không còn nhận đánh giá. / ` +
        `More than ${settings.surveyTokenTtlDays} days have passed since the result; the survey is closed.`,
    );
  }
  const token = await issueSurveyToken({ dossierId, resultAt, issuedAt: now }, settings);
  c.header('Cache-Control', 'no-store');
  return c.json({ dossierId, token, expiresAt: new Date(Math.floor(expiresAt / 1000) * 1000).toISOString() }, 201);
}
