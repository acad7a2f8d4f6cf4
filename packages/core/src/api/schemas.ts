import * as v from 'valibot';
import { principles } from '../plan/principles.js';
import type { DossierStatus, MessageKind, SatisfactionLevel } from './model.js';
import { maxCommentLength, vietnamesePhonePattern } from './survey-limits.js';
import { formatVietnamDateTime, isLocalDate, parseOffsetDateTime } from './wire-time.js';

/**
 * The wire contract, as valibot schemas. Objects drop the fields they do not know; a wrong type fails with the
 * path of the first bad field. Instants travel as ISO 8601 strings with their offset and come out as epoch ms.
 * The catalog's own schemas (agency, procedure, same-day registration) live in `catalog/schema.ts`.
 */

/** The statuses in the national portal's order (TrangThaiHoSo 1 … 10). */
export const dossierStatuses = [
  'registered',
  'received',
  'rejected',
  'processing',
  'supplement-requested',
  'financial-obligation',
  'withdrawn',
  'suspended',
  'resolved',
  'returned',
] as const satisfies readonly DossierStatus[];

export const messageKinds = ['slogan', 'reminder', 'hotline'] as const satisfies readonly MessageKind[];

const principleIds: ReadonlySet<string> = new Set(principles.map((principle) => principle.id));

/**
 * The years the API accepts in a date or an instant (Vietnam dates), as in the calendar endpoint: the public
 * service's records lie well within them, and a year 1 or 9999 is junk that no rule or database index expects.
 */
export const wireYears = { min: 1900, max: 2199 } as const;

/** Whether a `YYYY-MM-DD` date lies within `wireYears`. */
export function isWithinWireYears(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return /^\d{4}-/.test(date) && year >= wireYears.min && year <= wireYears.max;
}

const wireYearsMessage = `expected a year from ${wireYears.min} to ${wireYears.max}`;

/** C0 controls and DEL: no identifier has them, and a database text column refuses NUL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f]/;
/** The same, but a comment may have tabs and line breaks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharactersButLines = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A non-empty string identifier of at most 256 characters, without control characters. */
export const idSchema = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(256, 'at most 256 characters'),
  v.check((id) => !controlCharacters.test(id), 'must not contain control characters'),
);

/**
 * An instant on the wire: `2026-11-27T15:30:00+07:00` → epoch ms. A string without an offset is rejected, and so
 * is an instant whose Vietnam date is outside `wireYears`.
 */
export const instantSchema = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const instant = parseOffsetDateTime(dataset.value);
    if (instant === undefined) {
      addIssue({ message: 'expected an ISO 8601 date-time with its offset, e.g. 2026-11-27T15:30:00+07:00' });
      return NEVER;
    }
    if (!isWithinWireYears(formatVietnamDateTime(instant))) {
      addIssue({ message: wireYearsMessage });
      return NEVER;
    }
    return instant;
  }),
);

/** An optional instant: absent or null both mean "none". */
export const optionalInstantSchema = v.nullish(instantSchema);

/** A real calendar date `YYYY-MM-DD` within `wireYears`. */
export const localDateSchema = v.pipe(v.string(), v.check(isLocalDate, 'expected a real date YYYY-MM-DD'), v.check(isWithinWireYears, wireYearsMessage));

const countSchema = v.pipe(v.number(), v.integer('expected an integer'), v.minValue(0, 'must not be negative'));

export const dossierStatusSchema = v.picklist(dossierStatuses, 'expected a dossier status');

/** A dossier on the wire. */
export const dossierSchema = v.object({
  id: idSchema,
  procedureCode: idSchema,
  agencyCode: idSchema,
  status: dossierStatusSchema,
  receivedAt: instantSchema,
  appointmentAt: optionalInstantSchema,
  resolvedAt: optionalInstantSchema,
  returnedAt: optionalInstantSchema,
  closedAt: optionalInstantSchema,
  applicantName: v.nullish(v.string()),
  procedureName: v.nullish(v.string()),
  fieldCode: v.nullish(v.string()),
});

/** One year of official calendar data. */
export const calendarYearSchema = v.object({
  year: v.pipe(v.number(), v.integer('expected an integer year'), v.minValue(wireYears.min), v.maxValue(wireYears.max)),
  daysOff: v.array(localDateSchema),
  workingDays: v.array(localDateSchema),
  source: v.nullish(v.string()),
  status: v.nullish(v.picklist(['published', 'official', 'computed'], 'expected published, official or computed')),
});

const hhmmSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM'));
const openingsSchema = v.array(v.tuple([hhmmSchema, hhmmSchema]));

/** An agency's public settings (`GET /agencies/{code}/settings`). */
export const agencySettingsViewSchema = v.object({
  agencyCode: idSchema,
  officeHours: v.object({ mon: openingsSchema, tue: openingsSchema, wed: openingsSchema, thu: openingsSchema, fri: openingsSchema, sat: openingsSchema, sun: openingsSchema }),
  fridayRule: v.boolean(),
  cutoff: hhmmSchema,
  procedures: v.record(v.string(), v.object({ cutoff: v.optional(hhmmSchema), timeLimitDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) })),
  version: v.string(),
});

/** Whether a link is `https:` or `tel:`, the only ones the API lets through. */
export function isAllowedHref(href: string): boolean {
  try {
    const protocol = new URL(href).protocol;
    return protocol === 'https:' || protocol === 'tel:';
  } catch {
    return false;
  }
}

/** A ticker line; a link is only `https:` or `tel:`. */
export const messageSchema = v.object({
  id: idSchema,
  kind: v.picklist(messageKinds, 'expected slogan, reminder or hotline'),
  text: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  href: v.nullish(v.pipe(v.string(), v.check(isAllowedHref, 'only https: and tel: links are allowed'))),
});

export const satisfactionLevelSchema = v.picklist([1, 2, 3, 4, 5] as const satisfies readonly SatisfactionLevel[], 'expected a level from 1 to 5');

const principleIdSchema = v.pipe(v.string(), v.check((id) => principleIds.has(id), 'unknown principle id'));

/** A phone number: spaces and dots removed, then a Vietnamese number. */
export const phoneSchema = v.pipe(
  v.string(),
  v.transform((text) => text.replace(/[\s.]/g, '')),
  v.regex(vietnamesePhonePattern, 'expected a Vietnamese phone number'),
);

/** A citizen's answer. A phone number only comes with consent to be called back. */
export const surveyResponseSchema = v.pipe(
  v.object({
    dossierId: idSchema,
    level: satisfactionLevelSchema,
    shortcomings: v.array(principleIdSchema),
    praise: v.array(principleIdSchema),
    comment: v.nullish(
      v.pipe(
        v.string(),
        v.maxLength(maxCommentLength, `at most ${maxCommentLength} characters`),
        v.check((text) => !controlCharactersButLines.test(text), 'must not contain control characters'),
      ),
    ),
    phone: v.nullish(phoneSchema),
    callbackConsent: v.boolean(),
    votedAt: instantSchema,
  }),
  v.forward(
    v.partialCheck(
      [['phone'], ['callbackConsent']],
      (input) => input.phone == null || input.callbackConsent,
      'a phone number needs consent to be called back',
    ),
    ['phone'],
  ),
);

export const surveyStatusSchema = v.object({
  dossierId: idSchema,
  answered: v.boolean(),
  level: v.nullish(satisfactionLevelSchema),
  answeredAt: optionalInstantSchema,
});

/** What `POST /surveys` answers with 201 (new) or 200 (the same idempotency key again). */
export const surveyReceiptSchema = v.object({
  dossierId: idSchema,
  receivedAt: instantSchema,
  duplicate: v.optional(v.boolean(), false),
});

/** A compact JWS (`header.payload.signature`, base64url), as survey tokens are; at most 1,024 characters. */
export const compactJwsSchema = v.pipe(
  v.string(),
  v.maxLength(1024, 'at most 1024 characters'),
  v.regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/, 'expected a compact JWS (three base64url parts)'),
);

/** What `POST /survey-tokens` answers with 201. */
export const surveyTokenGrantSchema = v.object({
  dossierId: idSchema,
  token: compactJwsSchema,
  expiresAt: instantSchema,
});

/** `GET /time`: `{ "epochMs": number, "iso": string }`; only `epochMs` is read. */
export const serverTimeSchema = v.object({
  epochMs: v.pipe(v.number(), v.integer('expected integer epoch milliseconds'), v.minValue(0)),
});

export const reportRowSchema = v.object({
  agencyCode: idSchema,
  received: countSchema,
  resolved: countSchema,
  returned: countSchema,
  early: countSchema,
  onTime: countSchema,
  late: countSchema,
  sameDayEligible: countSchema,
  sameDayResolved: countSchema,
  fridayReceived: countSchema,
  fridayReturned: countSchema,
  resolvedNotClosed: countSchema,
  surveys: countSchema,
  satisfaction: v.strictTuple([countSchema, countSchema, countSchema, countSchema, countSchema], 'expected five counts'),
});

/** The error envelope: `{ "error": { "code", "message", "fields"? } }`. */
export const errorEnvelopeSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    fields: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
  }),
});
