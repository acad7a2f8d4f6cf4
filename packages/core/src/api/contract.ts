import * as v from 'valibot';
import type { CalendarYear } from '../calendar/time-types.js';
import type { ApiErrorBody } from './errors.js';
import { ContractError } from './errors.js';
import type { AgencySettingsView, Dossier, Message, ReportRow, ServerTime, SurveyResponse, SurveyStatus, SurveyTokenGrant } from './model.js';
import type { SurveyReceipt } from './adapter-types.js';
import {
  agencySettingsViewSchema,
  calendarYearSchema,
  dossierSchema,
  errorEnvelopeSchema,
  messageSchema,
  reportRowSchema,
  serverTimeSchema,
  surveyReceiptSchema,
  surveyResponseSchema,
  surveyStatusSchema,
  surveyTokenGrantSchema,
} from './schemas.js';

/**
 * Parsing what the wire says into our model. Every parser takes a JSON value (already `JSON.parse`d), validates
 * it, and builds a new object field by field: nothing from the wire is spread or merged, so keys such as
 * `__proto__` or `constructor` do nothing. A violation throws `ContractError` with the path of the first bad field.
 */

type PathItem = { readonly key?: unknown };

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `$`, `$.receivedAt`, `$[2].status`, `$["odd key"]`. */
export function formatContractPath(items: readonly PathItem[] | undefined, root = '$'): string {
  let path = root;
  for (const item of items ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && identifier.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

/** Validates a value against a schema, throwing `ContractError` at the first bad field. */
export function validateContract<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new ContractError(formatContractPath(issue.path), issue.message);
}

/** Parses JSON text; a body that is not JSON is a `ContractError` at `$`. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ContractError('$', 'the body is not valid JSON');
  }
}

type DossierWire = v.InferOutput<typeof dossierSchema>;

function toDossier(wire: DossierWire): Dossier {
  return {
    id: wire.id,
    procedureCode: wire.procedureCode,
    agencyCode: wire.agencyCode,
    status: wire.status,
    receivedAt: wire.receivedAt,
    ...(wire.appointmentAt != null ? { appointmentAt: wire.appointmentAt } : {}),
    ...(wire.resolvedAt != null ? { resolvedAt: wire.resolvedAt } : {}),
    ...(wire.returnedAt != null ? { returnedAt: wire.returnedAt } : {}),
    ...(wire.closedAt != null ? { closedAt: wire.closedAt } : {}),
    ...(wire.applicantName != null ? { applicantName: wire.applicantName } : {}),
    ...(wire.procedureName != null ? { procedureName: wire.procedureName } : {}),
    ...(wire.fieldCode != null ? { fieldCode: wire.fieldCode } : {}),
  };
}

/** One dossier (`GET /dossiers/{id}`). */
export function parseDossier(json: unknown): Dossier {
  return toDossier(validateContract(dossierSchema, json));
}

const dossierListSchema = v.array(dossierSchema);

/** A list of dossiers (`GET /dossiers`). */
export function parseDossiers(json: unknown): Dossier[] {
  return validateContract(dossierListSchema, json).map(toDossier);
}

/** An agency's public settings (`GET /agencies/{code}/settings`). */
export function parseAgencySettings(json: unknown): AgencySettingsView {
  return validateContract(agencySettingsViewSchema, json) as AgencySettingsView;
}

/** One year of calendar data (`GET /calendar/{year}`). */
export function parseCalendarYear(json: unknown): CalendarYear {
  const wire = validateContract(calendarYearSchema, json);
  return {
    year: wire.year,
    daysOff: [...wire.daysOff],
    workingDays: [...wire.workingDays],
    ...(wire.source != null ? { source: wire.source } : {}),
    ...(wire.status != null ? { status: wire.status } : {}),
  };
}

function toMessage(wire: v.InferOutput<typeof messageSchema>): Message {
  return { id: wire.id, kind: wire.kind, text: wire.text, ...(wire.href != null ? { href: wire.href } : {}) };
}

/** One ticker line. */
export function parseMessage(json: unknown): Message {
  return toMessage(validateContract(messageSchema, json));
}

const messageListSchema = v.array(messageSchema);

/** The ticker's lines (`GET /messages`). */
export function parseMessages(json: unknown): Message[] {
  return validateContract(messageListSchema, json).map(toMessage);
}

/** A survey answer (`POST /surveys` body), the phone number normalised (no spaces or dots). */
export function parseSurveyResponse(json: unknown): SurveyResponse {
  const wire = validateContract(surveyResponseSchema, json);
  return {
    dossierId: wire.dossierId,
    level: wire.level,
    shortcomings: [...wire.shortcomings],
    praise: [...wire.praise],
    ...(wire.comment != null ? { comment: wire.comment } : {}),
    ...(wire.phone != null ? { phone: wire.phone } : {}),
    callbackConsent: wire.callbackConsent,
    votedAt: wire.votedAt,
  };
}

/** Whether a dossier was surveyed (`GET /surveys/{dossierId}`). */
export function parseSurveyStatus(json: unknown): SurveyStatus {
  const wire = validateContract(surveyStatusSchema, json);
  return {
    dossierId: wire.dossierId,
    answered: wire.answered,
    ...(wire.level != null ? { level: wire.level } : {}),
    ...(wire.answeredAt != null ? { answeredAt: wire.answeredAt } : {}),
  };
}

/** The server's receipt for a survey (`POST /surveys`, 200 or 201). */
export function parseSurveyReceipt(json: unknown): SurveyReceipt {
  const wire = validateContract(surveyReceiptSchema, json);
  return { dossierId: wire.dossierId, receivedAt: wire.receivedAt, duplicate: wire.duplicate };
}

/** A dossier's survey token (`POST /survey-tokens`, 201). */
export function parseSurveyTokenGrant(json: unknown): SurveyTokenGrant {
  const wire = validateContract(surveyTokenGrantSchema, json);
  return { dossierId: wire.dossierId, token: wire.token, expiresAt: wire.expiresAt };
}

/** The server's clock (`GET /time`). */
export function parseServerTime(json: unknown): ServerTime {
  return { epochMs: validateContract(serverTimeSchema, json).epochMs };
}

function toReportRow(wire: v.InferOutput<typeof reportRowSchema>): ReportRow {
  const [s1, s2, s3, s4, s5] = wire.satisfaction;
  return {
    agencyCode: wire.agencyCode,
    received: wire.received,
    resolved: wire.resolved,
    returned: wire.returned,
    early: wire.early,
    onTime: wire.onTime,
    late: wire.late,
    sameDayEligible: wire.sameDayEligible,
    sameDayResolved: wire.sameDayResolved,
    fridayReceived: wire.fridayReceived,
    fridayReturned: wire.fridayReturned,
    resolvedNotClosed: wire.resolvedNotClosed,
    surveys: wire.surveys,
    satisfaction: [s1, s2, s3, s4, s5],
  };
}

const reportRowListSchema = v.array(reportRowSchema);

/** The monthly briefing's rows (`GET /reports`). */
export function parseReportRows(json: unknown): ReportRow[] {
  return validateContract(reportRowListSchema, json).map(toReportRow);
}

/** The error envelope of a failed request, or undefined when the body is not one. */
export function parseErrorEnvelope(json: unknown): ApiErrorBody | undefined {
  const result = v.safeParse(errorEnvelopeSchema, json);
  if (!result.success) return undefined;
  const { code, message, fields } = result.output.error;
  return {
    code,
    message,
    ...(fields ? { fields: fields.map((field) => ({ path: field.path, message: field.message })) } : {}),
  };
}
