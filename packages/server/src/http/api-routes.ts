import { Hono } from 'hono';
import { builtInCalendarYear, formatVietnamDateTime, openApiDocument, type Instant } from '@cqtt/core';
import type { AuthSettings } from '../auth/config.js';
import type { Repository } from '../repository-types.js';
import { invalidRequest } from './errors.js';
import { parseYear } from './query-params.js';
import { staffRoutes } from './staff-routes.js';
import { getSurveyStatus } from './survey-status.js';
import { postSurvey } from './survey-post.js';

/**
 * The API contract's endpoints, mounted by `createApp` under `/api/v1`. The catalog, the calendar, the messages
 * and the server's time are public and carry no personal data; dossiers and reports need a staff token; a survey
 * needs the dossier's survey token.
 */
export function apiRoutes(repository: Repository, clock: () => Instant, auth: AuthSettings): Hono {
  const api = new Hono();

  api.get('/time', (c) => {
    const now = clock();
    return c.json({ epochMs: now, iso: new Date(now).toISOString(), vietnam: formatVietnamDateTime(now) });
  });

  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  api.get('/agencies', async (c) => c.json(await repository.agencies()));
  api.get('/procedures', async (c) => c.json(await repository.procedures()));
  api.get('/same-day', async (c) => c.json(await repository.sameDay()));
  api.get('/calendar/:year', (c) => c.json(builtInCalendarYear(parseYear(c.req.param('year')))));

  api.get('/messages', async (c) => {
    const lang = c.req.query('lang') ?? 'vi';
    if (lang !== 'vi' && lang !== 'en') throw invalidRequest([{ path: 'lang', message: 'vi hoặc en. / vi or en.' }]);
    return c.json(await repository.messages(lang));
  });

  api.get('/surveys/:dossierId', (c) => getSurveyStatus(c, repository, clock(), auth));
  api.post('/surveys', (c) => postSurvey(c, repository, clock(), auth));

  api.route('/', staffRoutes(repository, clock, auth));
  return api;
}
