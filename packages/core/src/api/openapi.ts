import { principles } from '../plan/principles.js';
import { adminComponentSchemas, adminOpenApiPaths } from './admin-openapi.js';
import { apiErrorCodes, defaultEndpoints, surveyTokenHeader } from './endpoints.js';
import { dossierStatuses, messageKinds, wireYears } from './schemas.js';
import { maxCommentLength } from './survey-limits.js';

/** A JSON value, as an OpenAPI document is made of. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

type Schema = { readonly [key: string]: JsonValue };

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const text: Schema = { type: 'string' };
const id: Schema = { type: 'string', minLength: 1, maxLength: 256, description: 'No control characters.' };
const count: Schema = { type: 'integer', minimum: 0 };
const instant: Schema = {
  type: 'string',
  format: 'date-time',
  pattern: '(Z|[+-]\\d{2}:\\d{2})$',
  description: `ISO 8601 with its offset, e.g. 2026-11-27T15:30:00+07:00; its Vietnam date in years ${wireYears.min}-${wireYears.max}`,
  examples: ['2026-11-27T15:30:00+07:00'],
};
const localDate: Schema = { type: 'string', format: 'date', description: `YYYY-MM-DD, years ${wireYears.min}-${wireYears.max}`, examples: ['2026-11-27'] };
const localTime: Schema = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', examples: ['15:00'] };
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
const object = (properties: Record<string, Schema>, required: readonly string[]): Schema => ({ type: 'object', properties, required });

const officeHours = object(
  {
    week: {
      type: 'object',
      description: 'Intervals per ISO weekday, "1" Monday … "7" Sunday; a missing weekday is a day off.',
      additionalProperties: arrayOf(object({ start: localTime, end: localTime }, ['start', 'end'])),
    },
  },
  ['week'],
);

const schemas: Record<string, Schema> = {
  Dossier: object(
    {
      id,
      procedureCode: id,
      agencyCode: id,
      status: { type: 'string', enum: [...dossierStatuses] },
      receivedAt: instant,
      appointmentAt: instant,
      resolvedAt: instant,
      returnedAt: instant,
      closedAt: instant,
      applicantName: text,
      procedureName: text,
      fieldCode: text,
    },
    ['id', 'procedureCode', 'agencyCode', 'status', 'receivedAt'],
  ),
  CalendarYear: object(
    { year: { type: 'integer', minimum: wireYears.min, maximum: wireYears.max }, daysOff: arrayOf(localDate), workingDays: arrayOf(localDate), source: text },
    ['year', 'daysOff', 'workingDays'],
  ),
  Message: object(
    {
      id,
      kind: { type: 'string', enum: [...messageKinds] },
      text: { type: 'string', minLength: 1 },
      href: { type: 'string', pattern: '^(https:|tel:)', description: 'Only https: and tel: links.' },
    },
    ['id', 'kind', 'text'],
  ),
  SurveyResponse: object(
    {
      dossierId: id,
      level: { type: 'integer', enum: [1, 2, 3, 4, 5], description: '5 Rất hài lòng … 1 Rất không hài lòng' },
      shortcomings: arrayOf({ type: 'string', enum: principles.map((principle) => principle.id) }),
      praise: arrayOf({ type: 'string', enum: principles.map((principle) => principle.id) }),
      comment: { type: 'string', maxLength: maxCommentLength },
      phone: {
        type: 'string',
        description: 'Vietnamese number ^(0|\\+84)(3|5|7|8|9)\\d{8}$ once spaces and dots are removed; only with callbackConsent true.',
      },
      callbackConsent: { type: 'boolean' },
      votedAt: instant,
    },
    ['dossierId', 'level', 'shortcomings', 'praise', 'callbackConsent', 'votedAt'],
  ),
  SurveyStatus: object(
    { dossierId: id, answered: { type: 'boolean' }, level: { type: 'integer', enum: [1, 2, 3, 4, 5] }, answeredAt: instant },
    ['dossierId', 'answered'],
  ),
  SurveyReceipt: object({ dossierId: id, receivedAt: instant, duplicate: { type: 'boolean' } }, ['dossierId', 'receivedAt']),
  SurveyTokenRequest: object({ dossierId: { ...id, maxLength: 100 } }, ['dossierId']),
  SurveyTokenGrant: object(
    {
      dossierId: id,
      token: { type: 'string', pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$', maxLength: 1024, description: 'A compact JWS (HS256) bound to the dossier.' },
      expiresAt: instant,
    },
    ['dossierId', 'token', 'expiresAt'],
  ),
  ServerTime: object(
    { epochMs: { type: 'integer', minimum: 0 }, iso: { type: 'string', format: 'date-time' }, vietnam: instant },
    ['epochMs'],
  ),
  ReportRow: object(
    {
      agencyCode: id,
      received: count,
      resolved: count,
      returned: count,
      early: count,
      onTime: count,
      late: count,
      sameDayEligible: count,
      sameDayResolved: count,
      fridayReceived: count,
      fridayReturned: count,
      resolvedNotClosed: count,
      surveys: count,
      satisfaction: { type: 'array', items: count, minItems: 5, maxItems: 5, description: 'Votes for level 1 … level 5.' },
    },
    [
      'agencyCode', 'received', 'resolved', 'returned', 'early', 'onTime', 'late', 'sameDayEligible', 'sameDayResolved',
      'fridayReceived', 'fridayReturned', 'resolvedNotClosed', 'surveys', 'satisfaction',
    ],
  ),
  Agency: object(
    {
      code: id,
      name: text,
      level: { type: 'string', enum: ['province', 'district', 'commune', 'ward', 'department'] },
      parentCode: text,
      model: object({ registered: { type: 'boolean' }, name: text, document: text, description: text }, ['registered']),
      fridayRule: { type: 'boolean' },
      officeHours,
    },
    ['code', 'name', 'level', 'model', 'fridayRule'],
  ),
  Procedure: object(
    {
      code: { ...id, examples: ['1.000804.000.00.00.H25'] },
      name: text,
      kind: { type: 'string', enum: ['procedure', 'field'] },
      field: text,
      timeLimit: {
        oneOf: [
          object({ kind: { const: 'same-day' } }, ['kind']),
          object({ kind: { const: 'working-days' }, days: { type: 'number', minimum: 0 } }, ['kind', 'days']),
          object({ kind: { const: 'working-hours' }, hours: { type: 'number', minimum: 0 } }, ['kind', 'hours']),
          object({ kind: { const: 'none' } }, ['kind']),
        ],
      },
      cutOff: localTime,
      nationalCode: text,
      note: text,
    },
    ['code', 'name', 'kind', 'timeLimit'],
  ),
  SameDayRegistration: object({ agencyCode: id, procedureCode: id, asWritten: text }, ['agencyCode', 'procedureCode']),
  Error: object(
    {
      error: object(
        {
          code: { type: 'string', examples: Object.values(apiErrorCodes) },
          message: text,
          fields: arrayOf(object({ path: { ...text, examples: ['$.phone'] }, message: text }, ['path', 'message'])),
        },
        ['code', 'message'],
      ),
    },
    ['error'],
  ),
};

const json = (schema: Schema): Schema => ({ 'application/json': { schema } });
const ok = (description: string, schema: Schema): Schema => ({ description, content: json(schema) });
const failure = (description: string): Schema => ({ description, content: json(ref('Error')) });
const standardFailures: Record<string, Schema> = {
  '400': failure('The request breaks the contract; `fields` names the bad ones.'),
  '429': failure('Too many requests; see `Retry-After` (seconds or an HTTP date).'),
  '500': failure('Server error.'),
  '503': failure('Unavailable for now; see `Retry-After`.'),
};
const query = (name: string, schema: Schema, description: string, required = false): Schema => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
const pathParam = (name: string, schema: Schema): Schema => ({ name, in: 'path', required: true, schema });

const surveyTokenCodes = [
  apiErrorCodes.surveyTokenMissing,
  apiErrorCodes.surveyTokenMalformed,
  apiErrorCodes.surveyTokenForged,
  apiErrorCodes.surveyTokenExpired,
].map((code) => `"${code}"`).join(', ');

const surveyTokenParameter = (required: boolean, description: string): Schema => ({
  name: surveyTokenHeader,
  in: 'header',
  required,
  description: `The dossier's survey token (a compact JWS from its QR code). ${description}`,
  schema: { type: 'string', minLength: 1, maxLength: 1024 },
});

/** The refusals of a survey token, on the two survey endpoints. */
const surveyTokenFailures: Record<string, Schema> = {
  '401': failure(`No valid survey token: code ${surveyTokenCodes}.`),
  '403': failure(`A valid survey token of another dossier: code "${apiErrorCodes.surveyTokenWrongDossier}".`),
};

/** Staff endpoints: a bearer token (the portal's JWT) in `Authorization`. */
const staffOnly = { security: [{ bearerAuth: [] }] };
const staffFailures: Record<string, Schema> = {
  '401': failure('No valid staff token: code "missing-token", "invalid-token", "expired-token", …; see `WWW-Authenticate`.'),
  '403': failure('The staff token gives no access to this agency: code "no-agency-scope" or "forbidden-agency".'),
};

interface GetOptions {
  readonly notFound?: boolean;
  /** Extra fields of the operation (e.g. `security`). */
  readonly operation?: Schema;
  readonly failures?: Record<string, Schema>;
}

function get(summary: string, response: Schema, parameters: readonly Schema[] = [], options: GetOptions = {}): Schema {
  return {
    get: {
      summary,
      parameters: [...parameters],
      ...options.operation,
      responses: {
        '200': ok(summary, response),
        ...options.failures,
        ...(options.notFound ? { '404': failure('No such resource.') } : {}),
        ...standardFailures,
      },
    },
  };
}

/** Drops the `/api/v1` prefix, which the document states once as its server URL. */
const relative = (path: string): string => path.replace(/^\/api\/v1/, '');

/**
 * The contract as an OpenAPI 3.1 document (JSON Schema 2020-12 components), served by the reference server at
 * `/api/v1/openapi.json`. Built fresh on each call: a caller may change its copy.
 */
export function openApiDocument(): { readonly [key: string]: JsonValue } {
  const e = defaultEndpoints;
  return {
    openapi: '3.1.0',
    info: {
      title: 'cqtt: Chính quyền thân thiện portal API',
      version: '1.0.0',
      description:
        'What the plugin needs from a one-stop portal. Instants are ISO 8601 strings with their offset; dates are YYYY-MM-DD in Vietnam. ' +
        'Unknown fields are ignored. Errors use the Error envelope.',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      [relative(e.procedures)]: get('Procedures (TTHC)', arrayOf(ref('Procedure'))),
      [relative(e.agencies)]: get('Agencies', arrayOf(ref('Agency'))),
      [relative(e.sameDay)]: get('Same-day registrations', arrayOf(ref('SameDayRegistration'))),
      [relative(e.dossier)]: get('One dossier', ref('Dossier'), [pathParam('id', id)], { notFound: true, operation: staffOnly, failures: staffFailures }),
      [relative(e.dossiers)]: get(
        'Dossiers',
        arrayOf(ref('Dossier')),
        [
          query('agency', id, 'Agency code.'),
          query('status', text, 'Comma-separated statuses, e.g. resolved,returned.'),
          query('from', localDate, 'Received on or after this date (Vietnam).'),
          query('to', localDate, 'Received on or before this date (Vietnam).'),
          query('limit', { type: 'integer', minimum: 1 }, 'At most this many dossiers.'),
        ],
        { operation: staffOnly, failures: staffFailures },
      ),
      [relative(e.calendar)]: get('Official calendar data of a year', ref('CalendarYear'), [pathParam('year', { type: 'integer' })], { notFound: true }),
      [relative(e.time)]: get("The server's clock", ref('ServerTime')),
      [relative(e.messages)]: get('Ticker lines active today (Vietnam date)', arrayOf(ref('Message')), [
        query('lang', { type: 'string', enum: ['vi', 'en'] }, 'Language of the lines; Vietnamese by default.'),
        query('screen', { type: 'string', enum: ['led', 'staff'] }, 'Only the lines shown on this screen.'),
      ]),
      '/agencies/{code}/settings': get("An agency's office hours, Friday rule and cut-offs (defaults when never set)", ref('AgencySettings'), [pathParam('code', id)], {
        notFound: true,
      }),
      [relative(e.surveyStatus)]: get(
        'Whether a dossier was surveyed',
        ref('SurveyStatus'),
        [pathParam('dossierId', id), surveyTokenParameter(false, 'Required unless a staff bearer token is sent; with it the answer has only dossierId, answered, level and answeredAt.')],
        {
          notFound: true,
          // Staff with a bearer token, or the citizen with the survey token (a header parameter, so no scheme).
          operation: { security: [{ bearerAuth: [] }, {}] },
          failures: {
            '401': failure(`Neither a valid staff token nor a survey token: code "missing-token" or ${surveyTokenCodes}.`),
            '403': surveyTokenFailures['403']!,
          },
        },
      ),
      [relative(e.surveys)]: {
        post: {
          summary: 'Submit a survey answer (one per dossier, for a resolved or returned dossier)',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description: 'Chosen by the client per vote; a retry with the same key and body gets the same receipt.',
              schema: { type: 'string', minLength: 1, maxLength: 200 },
            },
            surveyTokenParameter(true, 'Checked before anything else, so a refusal never says whether the dossier exists.'),
          ],
          requestBody: { required: true, content: json(ref('SurveyResponse')) },
          responses: {
            '201': ok('Accepted', ref('SurveyReceipt')),
            '200': ok('The same idempotency key again: the first receipt', ref('SurveyReceipt')),
            ...surveyTokenFailures,
            '404': failure('No such dossier.'),
            '409': failure(`The dossier already has an answer (code "${apiErrorCodes.alreadyAnswered}"): the vote counts as delivered.`),
            '422': failure(
              `The dossier is not resolved or returned (code "${apiErrorCodes.dossierNotFinished}"), or the key was used with another body ("${apiErrorCodes.idempotencyKeyReused}").`,
            ),
            ...standardFailures,
          },
        },
      },
      [relative(e.reports)]: get(
        'Monthly briefing rows per agency',
        arrayOf(ref('ReportRow')),
        [query('from', localDate, 'First day (Vietnam).', true), query('to', localDate, 'Last day (Vietnam).', true), query('agency', id, 'Agency code.')],
        { operation: staffOnly, failures: staffFailures },
      ),
      [relative(e.surveyTokens)]: {
        post: {
          summary: "Issue a dossier's survey token, for the QR code of the result screen or slip (staff)",
          ...staffOnly,
          requestBody: { required: true, content: json(ref('SurveyTokenRequest')) },
          responses: {
            '201': ok('The token, valid until expiresAt', ref('SurveyTokenGrant')),
            ...staffFailures,
            '404': failure('No such dossier, or one outside the caller\'s agencies.'),
            '422': failure(
              `The dossier has no result yet (code "${apiErrorCodes.dossierNotFinished}"), or its survey period is over ("${apiErrorCodes.surveyPeriodOver}").`,
            ),
            ...standardFailures,
          },
        },
      },
      ...adminOpenApiPaths(),
    },
    components: {
      schemas: { ...schemas, ...adminComponentSchemas() },
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: "The portal's staff token." } },
    },
  };
}
