import { Hono } from 'hono';
import { apiErrorCodes, dossierToWire, formatVietnamDateTime, openApiDocument, surveyStatusToWire, type Instant } from '@cqtt/core';
import type { Repository } from '../repository-types.js';
import { calendarYearOf } from './calendar-year.js';
import { ApiError, invalidRequest } from './errors.js';
import { parseDossierQuery, parseReportQuery, parseYear } from './query-params.js';
import { postSurvey } from './survey-post.js';

function dossierNotFound(): ApiError {
  return new ApiError(404, apiErrorCodes.notFound, 'Không tìm thấy hồ sơ. / No such dossier.');
}

/** The API contract's endpoints, mounted by `createApp` under `/api/v1`. */
export function apiRoutes(repository: Repository, clock: () => Instant): Hono {
  const api = new Hono();

  api.get('/time', (c) => {
    const now = clock();
    return c.json({ epochMs: now, iso: new Date(now).toISOString(), vietnam: formatVietnamDateTime(now) });
  });

  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  api.get('/agencies', async (c) => c.json(await repository.agencies()));
  api.get('/procedures', async (c) => c.json(await repository.procedures()));
  api.get('/same-day', async (c) => c.json(await repository.sameDay()));

  api.get('/dossiers', async (c) => {
    const dossiers = await repository.dossiers(parseDossierQuery(c.req.query()));
    return c.json(dossiers.map(dossierToWire));
  });

  api.get('/dossiers/:id', async (c) => {
    const dossier = await repository.dossier(c.req.param('id'));
    if (!dossier) throw dossierNotFound();
    return c.json(dossierToWire(dossier));
  });

  api.get('/calendar/:year', (c) => c.json(calendarYearOf(parseYear(c.req.param('year')))));

  api.get('/messages', async (c) => {
    const lang = c.req.query('lang') ?? 'vi';
    if (lang !== 'vi' && lang !== 'en') throw invalidRequest([{ path: 'lang', message: 'vi hoặc en. / vi or en.' }]);
    return c.json(await repository.messages(lang));
  });

  api.get('/surveys/:dossierId', async (c) => {
    const status = await repository.surveyStatus(c.req.param('dossierId'));
    if (!status) throw dossierNotFound();
    return c.json(surveyStatusToWire(status));
  });

  api.post('/surveys', (c) => postSurvey(c, repository, clock()));

  api.get('/reports', async (c) => {
    const query = parseReportQuery(c.req.query());
    if (query.agencyCode !== undefined && !(await repository.hasAgency(query.agencyCode))) {
      throw new ApiError(400, apiErrorCodes.invalidRequest, 'Kỳ báo cáo không hợp lệ. / The report period is not valid.', {
        fields: [{ path: 'agency', message: 'Không có cơ quan này. / Unknown agency.' }],
      });
    }
    return c.json(await repository.report(query, clock()));
  });

  return api;
}
