/**
 * Where each resource lives, relative to the adapter's `baseUrl`. `{name}` placeholders are filled with
 * URL-encoded values. An integrator whose portal uses other paths passes `endpoints` to `HttpPortalAdapter`
 * with only the entries that differ.
 */
export const defaultEndpoints = {
  procedures: '/api/v1/procedures',
  agencies: '/api/v1/agencies',
  agencySettings: '/api/v1/agencies/{code}/settings',
  sameDay: '/api/v1/same-day',
  dossier: '/api/v1/dossiers/{id}',
  dossiers: '/api/v1/dossiers',
  calendar: '/api/v1/calendar/{year}',
  time: '/api/v1/time',
  messages: '/api/v1/messages',
  surveyStatus: '/api/v1/surveys/{dossierId}',
  surveys: '/api/v1/surveys',
  reports: '/api/v1/reports',
  /** Staff only: issues a dossier's survey token (`POST`); the adapter itself never calls it. */
  surveyTokens: '/api/v1/survey-tokens',
} as const satisfies Readonly<Record<string, string>>;

/** The endpoint map's shape. */
export type PortalEndpoints = { readonly [K in keyof typeof defaultEndpoints]: string };

/** The error codes the API's error envelope uses; the adapter and the server agree on them. */
export const apiErrorCodes = {
  /** The request body or query broke the contract; `fields` says where. */
  invalidRequest: 'invalid-request',
  notFound: 'not-found',
  /** `POST /surveys` for a dossier that already has an answer (HTTP 409). */
  alreadyAnswered: 'already-answered',
  /** `POST /surveys` for a dossier that is not resolved or returned yet (HTTP 422). */
  dossierNotFinished: 'dossier-not-finished',
  /** The same `Idempotency-Key` with a different body (HTTP 422). */
  idempotencyKeyReused: 'idempotency-key-reused',
  rateLimited: 'rate-limited',
  internal: 'internal',
  /** `POST /survey-tokens` once the survey period after the result is over (HTTP 422). */
  surveyPeriodOver: 'survey-period-over',
  /** A survey request without `X-Survey-Token` (HTTP 401). */
  surveyTokenMissing: 'survey-token-missing',
  /** An `X-Survey-Token` that is not a compact JWS (HTTP 401). */
  surveyTokenMalformed: 'survey-token-malformed',
  /** An `X-Survey-Token` not signed by the server (HTTP 401). */
  surveyTokenForged: 'survey-token-forged',
  /** An `X-Survey-Token` whose validity ended (HTTP 401). */
  surveyTokenExpired: 'survey-token-expired',
  /** A valid `X-Survey-Token` of another dossier (HTTP 403). */
  surveyTokenWrongDossier: 'survey-token-wrong-dossier',
} as const;

/** Why the server refused a survey token, as its error code says. */
export type SurveyTokenErrorCode =
  | typeof apiErrorCodes.surveyTokenMissing
  | typeof apiErrorCodes.surveyTokenMalformed
  | typeof apiErrorCodes.surveyTokenForged
  | typeof apiErrorCodes.surveyTokenExpired
  | typeof apiErrorCodes.surveyTokenWrongDossier;

/** The request header that carries a survey token. */
export const surveyTokenHeader = 'X-Survey-Token';

const surveyTokenErrorPattern = /^survey-token-(missing|malformed|forged|expired|wrong-dossier)$/;

/** True for the error codes of a refused survey token (`survey-token-missing`, …). */
export function isSurveyTokenErrorCode(code: unknown): code is SurveyTokenErrorCode {
  return typeof code === 'string' && surveyTokenErrorPattern.test(code);
}

/** Fills `{name}` placeholders with URL-encoded values. */
export function expandPath(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : encodeURIComponent(String(value));
  });
}
