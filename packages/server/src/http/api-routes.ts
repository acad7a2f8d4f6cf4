import { Hono } from 'hono';
import { formatVietnamDateTime, openApiDocument, type Instant } from '@cqtt/core';
import type { AuthSettings } from '../auth/config.js';
import type { Repository } from '../repository-types.js';
import { adminRoutes } from './admin/admin-routes.js';
import { agenciesWithSettings } from './agency-settings-view.js';
import { publicDataRoutes } from './public-data-routes.js';
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

  api.get('/agencies', async (c) => c.json(agenciesWithSettings(await repository.agencies(), await repository.admin.savedSettings())));
  api.get('/procedures', async (c) => c.json(await repository.procedures()));
  api.route('/', publicDataRoutes(repository, clock));

  api.get('/surveys/:dossierId', (c) => getSurveyStatus(c, repository, clock(), auth));
  api.post('/surveys', (c) => postSurvey(c, repository, clock(), auth));

  api.route('/admin', adminRoutes(repository, clock, auth));
  api.route('/', staffRoutes(repository, clock, auth));
  return api;
}
