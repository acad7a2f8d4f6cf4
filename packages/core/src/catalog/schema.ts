import * as v from 'valibot';

/*
 * valibot schemas of the catalog, for data from the portal, a file or the HTTP contract. They match model.ts;
 * unknown fields are dropped, text is trimmed and normalised to NFC (some portals send decomposed Vietnamese).
 */

const codePattern = /^\S+$/u;
const timePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$/u;

/** A code (agency or procedure): 1-200 characters, no whitespace anywhere. */
export const codeSchema = v.pipe(
  v.string('must be a string'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'must be at most 200 characters'),
  v.regex(codePattern, 'must not contain spaces'),
);

/** Text shown to people: trimmed, not empty, NFC. */
export const textSchema = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(1000, 'must be at most 1,000 characters'),
  v.transform((text) => text.normalize('NFC')),
);

/** A wall-clock time `HH:mm`, 00:00-23:59. */
export const localTimeSchema = v.pipe(v.string('must be a string'), v.regex(timePattern, 'must be a time HH:mm (00:00-23:59)'));

const intervalSchema = v.pipe(
  v.object({ start: localTimeSchema, end: localTimeSchema }),
  v.check((interval) => interval.start < interval.end, 'start must be before end'),
);

const intervalsSchema = v.pipe(
  v.array(intervalSchema, 'must be a list of intervals'),
  v.check(
    (intervals) => intervals.every((interval, i) => i === 0 || (intervals[i - 1]?.end ?? '') <= interval.start),
    'intervals must be in order and must not overlap',
  ),
);

/** An agency's office hours: intervals per ISO weekday, keys "1" (Monday) … "7" (Sunday). */
export const officeHoursSchema = v.object({
  week: v.object({
    1: v.exactOptional(intervalsSchema),
    2: v.exactOptional(intervalsSchema),
    3: v.exactOptional(intervalsSchema),
    4: v.exactOptional(intervalsSchema),
    5: v.exactOptional(intervalsSchema),
    6: v.exactOptional(intervalsSchema),
    7: v.exactOptional(intervalsSchema),
  }),
});

/** Schema of `AgencyModel`. */
export const agencyModelSchema = v.object({
  registered: v.boolean('must be true or false'),
  name: v.exactOptional(textSchema),
  document: v.exactOptional(textSchema),
  description: v.exactOptional(textSchema),
});

/** Schema of `Agency`. */
export const agencySchema = v.object({
  code: codeSchema,
  name: textSchema,
  level: v.picklist(['province', 'district', 'commune', 'ward', 'department'], 'must be province, district, commune, ward or department'),
  parentCode: v.exactOptional(codeSchema),
  model: agencyModelSchema,
  fridayRule: v.boolean('must be true or false'),
  officeHours: v.exactOptional(officeHoursSchema),
});

const countSchema = (max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(0, 'must not be negative'),
    v.maxValue(max, `must be at most ${max}`),
  );

/** Schema of `TimeLimit`, told apart by `kind`. */
export const timeLimitSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('same-day') }),
    v.object({ kind: v.literal('working-days'), days: countSchema(1000) }),
    v.object({ kind: v.literal('working-hours'), hours: countSchema(8000) }),
    v.object({ kind: v.literal('none') }),
  ],
  'kind must be same-day, working-days, working-hours or none',
);

/** Schema of `Procedure`. */
export const procedureSchema = v.object({
  code: codeSchema,
  name: textSchema,
  kind: v.picklist(['procedure', 'field'], 'must be procedure or field'),
  field: v.exactOptional(textSchema),
  timeLimit: timeLimitSchema,
  cutOff: v.exactOptional(localTimeSchema),
  nationalCode: v.exactOptional(codeSchema),
  note: v.exactOptional(textSchema),
});

/** Schema of `SameDayRegistration`. */
export const sameDayRegistrationSchema = v.object({
  agencyCode: codeSchema,
  procedureCode: codeSchema,
  asWritten: v.exactOptional(textSchema),
});

/** Schema of `Catalog`. Cross-entry checks (unique codes, known references) are `loadCatalog`'s. */
export const catalogSchema = v.object({
  agencies: v.array(agencySchema, 'must be a list'),
  procedures: v.array(procedureSchema, 'must be a list'),
  sameDay: v.array(sameDayRegistrationSchema, 'must be a list'),
});
