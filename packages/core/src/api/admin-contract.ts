import * as v from 'valibot';
import { formatContractPath } from './contract.js';
import { isAllowedHref, localDateSchema } from './schemas.js';
import { parseOffsetDateTime } from './wire-time.js';

/**
 * The administration API's contract (`/api/v1/admin/…`, see ADMIN-API.md): the one definition of every body, as
 * valibot schemas. The server validates requests with them, the admin adapters validate answers with them, the
 * OpenAPI document is generated from them, and the types below are inferred from them.
 */

export const calendarStatuses = ['published', 'official', 'computed'] as const;
export const adminMessageKinds = ['slogan', 'reminder', 'hotline'] as const;
export const messageScreens = ['led', 'staff'] as const;
export const auditActions = ['create', 'update', 'delete', 'publish', 'unpublish'] as const;
export const auditEntities = ['calendar', 'registration', 'settings', 'message'] as const;
/** The keys of `officeHours`, Monday first. */
export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** The agency code of a province-wide message, and the agency scope of a province administrator. */
export const provinceWide = '*';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `at most ${max} characters`));
const codeSchema = v.pipe(v.string(), v.regex(/^[\w.:/*-]{1,100}$/, 'expected a code of letters, digits, ".", "_", "-", ":" or "/"'));
/** A resource version, as in `ETag` and `If-Match`. */
export const versionSchema = v.pipe(v.string(), v.regex(/^\d{1,20}$/, 'expected a version number'));
export const adminYearSchema = v.pipe(v.number(), v.integer('expected an integer year'), v.minValue(1900), v.maxValue(2199));
/** A Vietnam wall-clock time `HH:MM`. */
export const clockTimeSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM'));
/** An instant as the admin API writes it: ISO 8601 with its offset (`Z`). Kept as text. */
export const isoInstantSchema = v.pipe(v.string(), v.check((value) => parseOffsetDateTime(value) !== undefined, 'expected an ISO 8601 date-time with its offset'));
const hrefSchema = v.pipe(v.string(), v.maxLength(500), v.check(isAllowedHref, 'only https: and tel: links are allowed'));

type ArrayPath = [v.ArrayPathItem];

function repeatedDates(dates: readonly string[]): number[] {
  const seen = new Set<string>();
  return dates.flatMap((date, index) => (seen.has(date) ? [index] : (seen.add(date), [])));
}

/** A list of dates with no date twice. */
const dateListSchema = v.pipe(
  v.array(localDateSchema),
  v.maxLength(366, 'at most 366 dates'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const index of repeatedDates(dataset.value)) {
      const path: ArrayPath = [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: dataset.value[index] }];
      addIssue({ message: 'this date is listed twice', path });
    }
  }),
);

/** `PUT /admin/calendar/{year}`: the whole year, replacing what was published. */
export const calendarYearInputSchema = v.object({
  daysOff: dateListSchema,
  workingDays: dateListSchema,
  source: text(500),
});

/**
 * The checks that need the year of the path: every date within it, and no day both off and working. Answers the
 * problems with their paths (`$.daysOff[2]`); empty when the year makes sense.
 */
export function calendarYearProblems(year: number, input: CalendarYearInput): AdminFieldProblem[] {
  const problems: AdminFieldProblem[] = [];
  const prefix = `${String(year).padStart(4, '0')}-`;
  for (const list of ['daysOff', 'workingDays'] as const) {
    input[list].forEach((date, index) => {
      if (!date.startsWith(prefix)) problems.push({ path: `$.${list}[${index}]`, message: `this date is not in ${year}` });
    });
  }
  const off = new Set(input.daysOff);
  input.workingDays.forEach((date, index) => {
    if (off.has(date)) problems.push({ path: `$.workingDays[${index}]`, message: 'this date is also a day off' });
  });
  return problems;
}

export const adminCalendarYearSchema = v.object({
  year: adminYearSchema,
  daysOff: v.array(localDateSchema),
  workingDays: v.array(localDateSchema),
  status: v.picklist(calendarStatuses),
  source: v.exactOptional(v.string()),
  publishedBy: v.exactOptional(v.string()),
  publishedAt: v.exactOptional(isoInstantSchema),
  version: versionSchema,
});

/** The body of a same-day registration without its id and version; `to` (inclusive) absent means still valid. */
export const registrationInputSchema = v.pipe(
  v.object({
    agencyCode: codeSchema,
    procedureCode: codeSchema,
    from: localDateSchema,
    to: v.exactOptional(localDateSchema),
    document: text(500),
    cutoff: v.exactOptional(clockTimeSchema),
  }),
  v.forward(
    v.partialCheck([['from'], ['to']], (input) => input.to === undefined || input.to >= input.from, 'must not be before from'),
    ['to'],
  ),
);

export const registrationSchema = v.object({
  id: codeSchema,
  agencyCode: codeSchema,
  procedureCode: codeSchema,
  from: localDateSchema,
  to: v.exactOptional(localDateSchema),
  document: v.string(),
  cutoff: v.exactOptional(clockTimeSchema),
  version: versionSchema,
});

export const registrationListSchema = v.object({ items: v.array(registrationSchema) });

/** One opening interval `["07:00", "11:30"]`, start before end. */
const openingSchema = v.pipe(
  v.strictTuple([clockTimeSchema, clockTimeSchema], 'expected ["HH:MM", "HH:MM"]'),
  v.check(([start, end]) => start < end, 'the start must be before the end'),
);

/** A weekday's openings, in order and not overlapping; `[]` is closed. */
const dayHoursSchema = v.pipe(
  v.array(openingSchema),
  v.maxLength(4, 'at most 4 intervals a day'),
  v.check((intervals) => intervals.every((interval, index) => index === 0 || intervals[index - 1]![1] <= interval[0]), 'intervals must be in order and not overlap'),
);

export const officeHoursSchema = v.object({
  mon: dayHoursSchema,
  tue: dayHoursSchema,
  wed: dayHoursSchema,
  thu: dayHoursSchema,
  fri: dayHoursSchema,
  sat: dayHoursSchema,
  sun: dayHoursSchema,
});

export const procedureOverrideSchema = v.object({
  cutoff: v.exactOptional(clockTimeSchema),
  timeLimitDays: v.exactOptional(v.pipe(v.number(), v.minValue(0, 'must not be negative'), v.maxValue(365, 'at most 365 days'))),
});

/** `PUT /admin/agencies/{code}/settings`. */
export const agencySettingsInputSchema = v.object({
  officeHours: officeHoursSchema,
  fridayRule: v.boolean(),
  cutoff: clockTimeSchema,
  procedures: v.pipe(v.record(codeSchema, procedureOverrideSchema), v.check((record) => Object.keys(record).length <= 2000, 'at most 2000 procedures')),
});

export const agencySettingsSchema = v.object({
  agencyCode: codeSchema,
  officeHours: officeHoursSchema,
  fridayRule: v.boolean(),
  cutoff: clockTimeSchema,
  procedures: v.record(codeSchema, procedureOverrideSchema),
  version: versionSchema,
  updatedBy: v.exactOptional(v.string()),
  updatedAt: v.exactOptional(isoInstantSchema),
});

/** `POST /admin/messages` and `PUT /admin/messages/{id}`. */
export const adminMessageInputSchema = v.pipe(
  v.object({
    agencyCode: codeSchema,
    kind: v.picklist(adminMessageKinds, 'expected slogan, reminder or hotline'),
    textVi: text(500),
    textEn: text(500),
    href: v.exactOptional(hrefSchema),
    from: v.exactOptional(localDateSchema),
    to: v.exactOptional(localDateSchema),
    screens: v.pipe(
      v.array(v.picklist(messageScreens, 'expected led or staff')),
      v.minLength(1, 'at least one screen'),
      v.check((screens) => new Set(screens).size === screens.length, 'a screen is listed twice'),
    ),
    position: v.pipe(v.number(), v.integer('expected an integer'), v.minValue(0), v.maxValue(10_000)),
  }),
  v.forward(
    v.partialCheck([['from'], ['to']], (input) => input.from === undefined || input.to === undefined || input.to >= input.from, 'must not be before from'),
    ['to'],
  ),
);

export const adminMessageSchema = v.object({
  id: codeSchema,
  agencyCode: codeSchema,
  kind: v.picklist(adminMessageKinds),
  textVi: v.string(),
  textEn: v.string(),
  href: v.exactOptional(hrefSchema),
  from: v.exactOptional(localDateSchema),
  to: v.exactOptional(localDateSchema),
  screens: v.array(v.picklist(messageScreens)),
  position: v.number(),
  version: versionSchema,
});

export const adminMessageListSchema = v.object({ items: v.array(adminMessageSchema) });

export const auditEntrySchema = v.object({
  id: v.string(),
  at: isoInstantSchema,
  subject: v.string(),
  action: v.picklist(auditActions),
  entity: v.picklist(auditEntities),
  key: v.string(),
  agencyCode: v.exactOptional(v.string()),
  before: v.unknown(),
  after: v.unknown(),
});

export const auditPageSchema = v.object({ items: v.array(auditEntrySchema), next: v.exactOptional(v.string()) });

export type CalendarStatus = (typeof calendarStatuses)[number];
export type MessageScreen = (typeof messageScreens)[number];
export type AuditAction = (typeof auditActions)[number];
export type AuditEntity = (typeof auditEntities)[number];
export type WeekdayKey = (typeof weekdayKeys)[number];
export type CalendarYearInput = v.InferOutput<typeof calendarYearInputSchema>;
export type AdminCalendarYear = v.InferOutput<typeof adminCalendarYearSchema>;
export type RegistrationInput = v.InferOutput<typeof registrationInputSchema>;
export type Registration = v.InferOutput<typeof registrationSchema>;
export type OfficeHoursWeek = v.InferOutput<typeof officeHoursSchema>;
export type ProcedureOverride = v.InferOutput<typeof procedureOverrideSchema>;
export type AgencySettingsInput = v.InferOutput<typeof agencySettingsInputSchema>;
export type AgencySettings = v.InferOutput<typeof agencySettingsSchema>;
export type AdminMessageInput = v.InferOutput<typeof adminMessageInputSchema>;
export type AdminMessage = v.InferOutput<typeof adminMessageSchema>;
export type AuditEntry = v.InferOutput<typeof auditEntrySchema>;
export type AuditPage = v.InferOutput<typeof auditPageSchema>;

/** One problem of a request body: where (`$.daysOff[2]`) and what. */
export interface AdminFieldProblem {
  readonly path: string;
  readonly message: string;
}

/** A request body checked against its schema: the parsed value, or every problem found with its path. */
export function checkAdminInput<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): { readonly ok: true; readonly value: v.InferOutput<S> } | { readonly ok: false; readonly problems: readonly AdminFieldProblem[] } {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: result.issues.slice(0, 50).map((issue) => ({ path: formatContractPath(issue.path), message: issue.message })) };
}

/** The schemas by the name the OpenAPI document gives them. */
export const adminSchemas = {
  CalendarYearInput: calendarYearInputSchema,
  AdminCalendarYear: adminCalendarYearSchema,
  RegistrationInput: registrationInputSchema,
  Registration: registrationSchema,
  RegistrationList: registrationListSchema,
  AgencySettingsInput: agencySettingsInputSchema,
  AgencySettings: agencySettingsSchema,
  AdminMessageInput: adminMessageInputSchema,
  AdminMessage: adminMessageSchema,
  AdminMessageList: adminMessageListSchema,
  AuditEntry: auditEntrySchema,
  AuditPage: auditPageSchema,
} as const;

/** The office hours a state agency keeps unless it says otherwise: 7:00-11:30 and 13:30-17:00, Monday to Friday. */
export function defaultAgencySettings(agencyCode: string): AgencySettings {
  const weekday: [string, string][] = [['07:00', '11:30'], ['13:30', '17:00']];
  return {
    agencyCode,
    officeHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
    fridayRule: true,
    cutoff: '15:00',
    procedures: {},
    version: '0',
  };
}
