import type { Context } from 'hono';
import type { Instant } from '@cqtt/core';
import { SurveyTokenError, verifySurveyToken, type SurveyTokenClaims, type SurveyTokenSettings } from './survey-token.js';

/** The request header that carries the survey token (read from the QR code's URL by the survey widget). */
export const surveyTokenHeader = 'X-Survey-Token';

/** Answers a `SurveyTokenError` with its status and the API's error envelope, code `survey-token-<code>`. */
export function surveyTokenErrorResponse(c: Context, error: SurveyTokenError): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: { code: `survey-token-${error.code}`, message: `${error.message} / ${error.messageEn}` } }, error.status);
}

/**
 * Checks the survey token of a request (header `X-Survey-Token`) for `dossierId` at `now`: the claims when it lets
 * the caller vote, or the error response to send. Call it before touching the database, so a refusal never says
 * whether the dossier exists.
 */
export async function checkSurveyToken(
  c: Context,
  dossierId: string,
  settings: SurveyTokenSettings,
  now: Instant,
): Promise<{ readonly ok: true; readonly claims: SurveyTokenClaims } | { readonly ok: false; readonly response: Response }> {
  try {
    return { ok: true, claims: await verifySurveyToken(c.req.header(surveyTokenHeader), dossierId, settings, now) };
  } catch (error) {
    if (error instanceof SurveyTokenError) return { ok: false, response: surveyTokenErrorResponse(c, error) };
    throw error;
  }
}
