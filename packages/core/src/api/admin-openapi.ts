import { toJsonSchema } from '@valibot/to-json-schema';
import { adminEndpoints, adminErrorCodes } from './admin-adapter-types.js';
import { adminSchemas, isoInstantSchema } from './admin-contract.js';
import { apiErrorCodes } from './endpoints.js';
import type { JsonValue } from './openapi.js';
import { localDateSchema } from './schemas.js';

type Schema = { readonly [key: string]: JsonValue };

/** The admin bodies as JSON Schema 2020-12, converted from the contract's valibot schemas (the one definition). */
export function adminComponentSchemas(): Record<string, Schema> {
  const converted: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(adminSchemas)) {
    const json = toJsonSchema(schema, {
      target: 'draft-2020-12',
      typeMode: 'input',
      // Checks that JSON Schema cannot say (a real date, an instant, no duplicates) are the server's to enforce.
      errorMode: 'ignore',
      overrideAction: ({ valibotAction, jsonSchema }) => {
        if (valibotAction === localDateSchema.pipe[1]) return { ...jsonSchema, format: 'date' };
        if (valibotAction === isoInstantSchema.pipe[1]) return { ...jsonSchema, format: 'date-time' };
        return undefined;
      },
    }) as Record<string, JsonValue>;
    delete json['$schema'];
    converted[name] = json;
  }
  return converted;
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema): Schema => ({ 'application/json': { schema } });
const failure = (description: string): Schema => ({ description, content: json(ref('Error')) });
const etag: Schema = { ETag: { description: 'The version read, `"<version>"`: send it back in `If-Match`.', schema: { type: 'string' } } };
const ok = (description: string, schema: Schema): Schema => ({ description, headers: etag, content: json(schema) });
const ifMatch: Schema = { name: 'If-Match', in: 'header', required: true, description: 'The ETag of the version read.', schema: { type: 'string' } };
const pathParam = (name: string, schema: Schema): Schema => ({ name, in: 'path', required: true, schema });
const query = (name: string, schema: Schema, description: string): Schema => ({ name, in: 'query', required: false, description, schema });

const adminFailures: Record<string, Schema> = {
  '401': failure('No valid staff token.'),
  '403': failure('Not an administrator (the roles claim lacks the admin role), or the agency is outside the token\'s scope.'),
  '500': failure('Server error.'),
};
const writeFailures = (current: string): Record<string, Schema> => ({
  '400': failure(`The body breaks the contract (code "${apiErrorCodes.invalidRequest}"); \`fields\` names each bad field.`),
  '412': {
    description: `Changed since it was read (code "${adminErrorCodes.preconditionFailed}"): nothing was written; \`current\` is the version now.`,
    headers: etag,
    content: json({ allOf: [ref('Error'), { type: 'object', properties: { current: ref(current) }, required: ['current'] }] }),
  },
  '428': failure(`\`If-Match\` is missing (code "${adminErrorCodes.preconditionRequired}").`),
});

function operation(summary: string, responses: Record<string, Schema>, extra: Schema = {}): Schema {
  return { summary, tags: ['admin'], security: [{ bearerAuth: [] }], ...extra, responses: { ...responses, ...adminFailures } };
}

const relative = (path: string): string => path.replace(/^\/api\/v1/, '');

/** The `/admin/…` paths of the OpenAPI document. */
export function adminOpenApiPaths(): Record<string, Schema> {
  const year = pathParam('year', { type: 'integer', minimum: 1900, maximum: 2199 });
  const id = pathParam('id', { type: 'string' });
  const code = pathParam('code', { type: 'string' });
  const notFound = { '404': failure('No such resource.') };
  const item = (name: string, what: string): Schema => ({
    get: operation(`One ${what}`, { '200': ok(what, ref(name)), ...notFound }, { parameters: [id] }),
    put: operation(`Replace a ${what}`, { '200': ok('Saved', ref(name)), ...notFound, ...writeFailures(name) }, {
      parameters: [id, ifMatch],
      requestBody: { required: true, content: json(ref(`${name}Input`)) },
    }),
    delete: operation(`Delete a ${what}`, { '204': { description: 'Deleted' }, ...notFound, ...writeFailures(name) }, { parameters: [id, ifMatch] }),
  });
  const collection = (name: string, what: string, parameters: readonly Schema[]): Schema => ({
    get: operation(`${what} list`, { '200': { description: what, content: json(ref(`${name}List`)) } }, { parameters: [...parameters] }),
    post: operation(`Create a ${what}`, { '201': ok('Created (see `Location`)', ref(name)), '400': writeFailures(name)['400']! }, {
      requestBody: { required: true, content: json(ref(`${name}Input`)) },
    }),
  });
  return {
    [relative(adminEndpoints.calendar)]: {
      get: operation('A year as served, with its status', { '200': ok('The year', ref('AdminCalendarYear')) }, { parameters: [year] }),
      put: operation('Publish a year (province administrators)', { '200': ok('Published', ref('AdminCalendarYear')), ...writeFailures('AdminCalendarYear') }, {
        parameters: [year, ifMatch],
        requestBody: { required: true, content: json(ref('CalendarYearInput')) },
        description: 'Refused with 400 when a date is outside the year, a day is both off and working, a date is listed twice, or the source is empty.',
      }),
      delete: operation('Withdraw the published year: back to official or computed', { '200': ok('The year as now served', ref('AdminCalendarYear')), ...writeFailures('AdminCalendarYear') }, {
        parameters: [year, ifMatch],
      }),
    },
    [relative(adminEndpoints.registrations)]: collection('Registration', 'same-day registration', [
      query('agencyCode', { type: 'string' }, 'Only this agency.'),
      query('on', { type: 'string', format: 'date' }, 'Only the registrations valid on this date.'),
    ]),
    [relative(adminEndpoints.registration)]: item('Registration', 'same-day registration'),
    [relative(adminEndpoints.settings)]: {
      get: operation("An agency's settings (the defaults, version \"0\", when never saved)", { '200': ok('Settings', ref('AgencySettings')) }, { parameters: [code] }),
      put: operation("Replace an agency's settings", { '200': ok('Saved', ref('AgencySettings')), ...writeFailures('AgencySettings') }, {
        parameters: [code, ifMatch],
        requestBody: { required: true, content: json(ref('AgencySettingsInput')) },
      }),
      delete: operation('Back to the defaults', { '200': ok('The defaults', ref('AgencySettings')), ...writeFailures('AgencySettings') }, { parameters: [code, ifMatch] }),
    },
    [relative(adminEndpoints.messages)]: collection('AdminMessage', 'message', [query('agencyCode', { type: 'string' }, 'Only this agency ("*": province-wide).')]),
    [relative(adminEndpoints.message)]: item('AdminMessage', 'message'),
    [relative(adminEndpoints.audit)]: {
      get: operation('The audit trail, newest first, within the caller\'s agencies', { '200': { description: 'A page', content: json(ref('AuditPage')) } }, {
        parameters: [
          query('limit', { type: 'integer', minimum: 1, maximum: 200 }, 'At most this many entries (50).'),
          query('before', { type: 'string' }, 'The `next` of the previous page.'),
        ],
      }),
    },
  };
}
