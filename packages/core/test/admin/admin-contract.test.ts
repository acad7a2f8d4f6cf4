import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openApiDocument } from '@cqtt/core';
import {
  adminSchemas,
  agencySettingsInputSchema,
  calendarYearInputSchema,
  calendarYearProblems,
  checkAdminInput,
  defaultAgencySettings,
  registrationInputSchema,
  adminMessageInputSchema,
  versionOfEtag,
  etagOf,
} from '@cqtt/core/admin';

type Json = Record<string, unknown>;

function problems(schema: Parameters<typeof checkAdminInput>[0], input: unknown): string[] {
  const checked = checkAdminInput(schema, input);
  return checked.ok ? [] : checked.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('admin contract', () => {
  it('accepts a sensible 2027 year and refuses duplicates and an empty source, with paths', () => {
    const year = { daysOff: ['2027-02-04', '2027-02-05'], workingDays: ['2027-02-20'], source: 'Thông báo số …/TB-BNV' };
    assert.deepEqual(problems(calendarYearInputSchema, year), []);
    assert.deepEqual(problems(calendarYearInputSchema, { ...year, daysOff: ['2027-02-04', '2027-02-04'], source: ' ' }), [
      '$.daysOff[1]: this date is listed twice',
      '$.source: must not be empty',
    ]);
    assert.deepEqual(problems(calendarYearInputSchema, { ...year, workingDays: ['2027-02-30'] }), ['$.workingDays[0]: expected a real date YYYY-MM-DD']);
  });

  it('refuses a date outside the year and a day both off and working', () => {
    assert.deepEqual(calendarYearProblems(2027, { daysOff: ['2027-02-04', '2026-12-31'], workingDays: ['2027-02-04'], source: 's' }), [
      { path: '$.daysOff[1]', message: 'this date is not in 2027' },
      { path: '$.workingDays[0]', message: 'this date is also a day off' },
    ]);
  });

  it('checks registrations, settings and messages with field paths', () => {
    const registration = { agencyCode: 'xa-a', procedureCode: '1.001', from: '2026-12-01', document: 'Quyết định 12/QĐ-UBND' };
    assert.deepEqual(problems(registrationInputSchema, registration), []);
    assert.deepEqual(problems(registrationInputSchema, { ...registration, to: '2026-11-30' }), ['$.to: must not be before from']);
    const settings = { ...defaultAgencySettings('xa-a') } as Json;
    assert.deepEqual(problems(agencySettingsInputSchema, settings), []);
    const officeHours = { ...(settings['officeHours'] as Json), sat: [['11:30', '07:00']] };
    assert.deepEqual(problems(agencySettingsInputSchema, { ...settings, officeHours, cutoff: '25:00' }), [
      '$.officeHours.sat[0]: the start must be before the end',
      '$.cutoff: expected a time HH:MM',
    ]);
    const message = { agencyCode: '*', kind: 'slogan', textVi: 'Vì nhân dân phục vụ', textEn: 'Serving the people', screens: ['led'], position: 0 };
    assert.deepEqual(problems(adminMessageInputSchema, message), []);
    assert.deepEqual(problems(adminMessageInputSchema, { ...message, href: 'javascript:alert(1)', screens: [] }), [
      '$.href: only https: and tel: links are allowed',
      '$.screens: at least one screen',
    ]);
  });

  it('reads versions from strong and weak ETags only', () => {
    assert.equal(etagOf('12'), '"12"');
    assert.equal(versionOfEtag('"12"'), '12');
    assert.equal(versionOfEtag('W/"12"'), '12');
    assert.equal(versionOfEtag('12'), undefined);
    assert.equal(versionOfEtag('"a"'), undefined);
    assert.equal(versionOfEtag(null), undefined);
  });

  it('is in the OpenAPI document as generated from the valibot schemas', () => {
    const schemas = ((openApiDocument() as Json)['components'] as Json)['schemas'] as Record<string, Json>;
    for (const name of Object.keys(adminSchemas)) assert.ok(schemas[name], name);
    const input = schemas['CalendarYearInput'] as { properties: Record<string, Json>; required: string[] };
    assert.deepEqual(input.required, ['daysOff', 'workingDays', 'source']);
    assert.deepEqual(input.properties['daysOff'], { type: 'array', items: { type: 'string', format: 'date' }, maxItems: 366 });
    const settings = schemas['AgencySettingsInput'] as { properties: Record<string, Json> };
    assert.deepEqual(Object.keys(settings.properties['officeHours']!['properties'] as Json), ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });
});
