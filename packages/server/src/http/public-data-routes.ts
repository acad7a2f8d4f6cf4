import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { vietnamDateOf, type Instant } from '@cqtt/core';
import { messageScreens, type MessageScreen } from '@cqtt/core/admin';
import type { Repository } from '../repository-types.js';
import { ApiError, invalidRequest } from './errors.js';
import { parseYear } from './query-params.js';

/** How long a browser may use public office data before it revalidates (with `If-None-Match`). */
export const publicDataMaxAgeS = 60;

/**
 * Sends office data that administrators change at run time: an `ETag` of the body, `Cache-Control` short enough
 * that an open page sees a change within a minute, and 304 when the browser already has this body.
 */
function sendRevalidated(c: Context, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', `public, max-age=${publicDataMaxAgeS}, must-revalidate`);
  const match = c.req.header('If-None-Match');
  if (match !== undefined && match.split(',').some((value) => value.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json');
  return c.body(text, 200);
}

/**
 * The public reads of the office's data, as served today (the Vietnam date of the server's clock): a year's
 * calendar (published > built-in official > computed, with `status`), the same-day registrations valid today, the
 * messages active today, and an agency's settings.
 */
export function publicDataRoutes(repository: Repository, clock: () => Instant): Hono {
  const api = new Hono();

  api.get('/calendar/:year', async (c) => {
    const { year, daysOff, workingDays, status, source } = await repository.admin.calendarYear(parseYear(c.req.param('year')));
    return sendRevalidated(c, { year, daysOff, workingDays, status, ...(source !== undefined && { source }) });
  });

  api.get('/same-day', async (c) => sendRevalidated(c, await repository.sameDay(vietnamDateOf(clock()))));

  api.get('/messages', async (c) => {
    const lang = c.req.query('lang') ?? 'vi';
    const screen = c.req.query('screen');
    const problems = [
      ...(lang === 'vi' || lang === 'en' ? [] : [{ path: 'lang', message: 'vi hoặc en. / vi or en.' }]),
      ...(screen === undefined || (messageScreens as readonly string[]).includes(screen) ? [] : [{ path: 'screen', message: 'led hoặc staff. / led or staff.' }]),
    ];
    if (problems.length > 0) throw invalidRequest(problems);
    return sendRevalidated(c, await repository.messages(lang as 'vi' | 'en', vietnamDateOf(clock()), screen as MessageScreen | undefined));
  });

  api.get('/agencies/:code/settings', async (c) => {
    const code = c.req.param('code');
    if (!(await repository.hasAgency(code))) throw new ApiError(404, 'not-found', 'Không có cơ quan này. / No such agency.');
    const { agencyCode, officeHours, fridayRule, cutoff, procedures, version, updatedAt } = await repository.admin.settings(code);
    return sendRevalidated(c, { agencyCode, officeHours, fridayRule, cutoff, procedures, version, ...(updatedAt !== undefined && { updatedAt }) });
  });
  return api;
}
