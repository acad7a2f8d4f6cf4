import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as v from 'valibot';
import { CatalogError, catalogSchema, defaultCatalog, loadCatalog, procedureSchema, type Catalog, type CatalogIssue } from '@cqtt/core';

const clone = (): { agencies: Record<string, unknown>[]; procedures: Record<string, unknown>[]; sameDay: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(defaultCatalog)) as never;

function issuesOf(input: unknown): CatalogIssue[] {
  try {
    loadCatalog(input);
  } catch (error) {
    assert.ok(error instanceof CatalogError, `threw ${String(error)}`);
    assert.equal(error.name, 'CatalogError');
    return [...error.issues];
  }
  assert.fail('the catalog was accepted');
}

describe('loadCatalog', () => {
  it('accepts a small catalog from a portal, drops unknown fields and normalises text to NFC', () => {
    const catalog = loadCatalog({
      agencies: [
        {
          code: 'X1',
          name: '  Phường Long Thủy '.normalize('NFD'),
          level: 'ward',
          model: { registered: true, extra: 1 },
          fridayRule: true,
          officeHours: { week: { 1: [{ start: '07:00', end: '11:30' }], 6: [{ start: '07:30', end: '11:00' }] } },
          MaDonVi: 'should go',
        },
      ],
      procedures: [{ code: '1.000804.000.00.00.H25', name: 'Đăng ký khai sinh', kind: 'procedure', timeLimit: { kind: 'working-days', days: 3 } }],
      sameDay: [],
      version: 7,
    });
    assert.deepEqual(catalog, {
      agencies: [
        {
          code: 'X1',
          name: 'Phường Long Thủy',
          level: 'ward',
          model: { registered: true },
          fridayRule: true,
          officeHours: { week: { 1: [{ start: '07:00', end: '11:30' }], 6: [{ start: '07:30', end: '11:00' }] } },
        },
      ],
      procedures: [{ code: '1.000804.000.00.00.H25', name: 'Đăng ký khai sinh', kind: 'procedure', timeLimit: { kind: 'working-days', days: 3 } }],
      sameDay: [],
    } satisfies Catalog);
  });

  it('reports every bad field with its path, not only the first', () => {
    const input = clone();
    input.procedures[2]!.code = 'cqtt:huyen:thu tuc';
    input.procedures[3]!.cutOff = '15h00';
    input.procedures[4]!.timeLimit = { kind: 'working-days', days: -1 };
    input.procedures[5]!.timeLimit = { kind: 'weeks' };
    input.agencies[1]!.level = 'city';
    delete input.agencies[2]!.fridayRule;
    input.agencies[3]!.officeHours = { week: { 1: [{ start: '13:30', end: '17:00' }, { start: '07:00', end: '11:30' }], 2: [{ start: '17:00', end: '07:00' }] } };
    input.sameDay[4]!.agencyCode = 7;
    const paths = issuesOf(input).map((issue) => issue.path);
    assert.deepEqual(paths.sort(), [
      '$.agencies[1].level',
      '$.agencies[2].fridayRule',
      '$.agencies[3].officeHours.week.1',
      '$.agencies[3].officeHours.week.2[0]',
      '$.procedures[2].code',
      '$.procedures[3].cutOff',
      '$.procedures[4].timeLimit.days',
      '$.procedures[5].timeLimit.kind',
      '$.sameDay[2].procedureCode', // its procedure's code is now the one with a space
      '$.sameDay[4].agencyCode',
    ]);
    const spaces = issuesOf(input).find((issue) => issue.path === '$.procedures[2].code');
    assert.equal(spaces?.message, 'must not contain spaces');
  });

  it('checks codes and references across entries', () => {
    const input = clone();
    input.agencies[5]!.code = input.agencies[4]!.code;
    input.procedures[1]!.code = input.procedures[0]!.code;
    input.agencies[6]!.parentCode = 'no-such-agency';
    input.sameDay.push({ agencyCode: 'nowhere', procedureCode: 'nothing' });
    input.sameDay.push({ ...input.sameDay[0]! });
    const issues = issuesOf(input);
    const at = (path: string) => issues.filter((issue) => issue.path === path).map((issue) => issue.message);
    assert.deepEqual(at('$.agencies[5].code'), [`duplicates the agency code "${String(input.agencies[4]!.code)}" of $.agencies[4]`]);
    assert.equal(at('$.procedures[1].code').length, 1);
    assert.deepEqual(at('$.agencies[6].parentCode'), ['names the unknown agency "no-such-agency"']);
    assert.deepEqual(at('$.sameDay[30].agencyCode'), ['names the unknown agency "nowhere"']);
    assert.deepEqual(at('$.sameDay[30].procedureCode'), ['names the unknown procedure "nothing"']);
    assert.deepEqual(at('$.sameDay[31]'), ['repeats the registration of $.sameDay[0]']);
  });

  it('finds loops of parents', () => {
    const input = clone();
    input.agencies[0]!.parentCode = input.agencies[1]!.code;
    const issues = issuesOf(input);
    assert.ok(issues.some((issue) => issue.path === '$.agencies[0].parentCode' && /loop/.test(issue.message)));
  });

  it('does not blame a registration for a bad agency entry already reported', () => {
    const input = clone();
    input.agencies[2]!.name = '';
    assert.deepEqual(issuesOf(input), [{ path: '$.agencies[2].name', message: 'must not be empty' }]);
  });

  it('rejects what is not a catalog', () => {
    assert.deepEqual(issuesOf(null), [{ path: '$', message: 'must be an object with agencies, procedures and sameDay' }]);
    assert.deepEqual(issuesOf({ agencies: {}, procedures: [] }).map((i) => i.path), ['$.agencies', '$.sameDay']);
    assert.match(new CatalogError(issuesOf([])).message, /1 problem; the first: \$ must be/);
  });

  it('exports the schemas for the HTTP contract, matching the model', () => {
    assert.equal(v.safeParse(catalogSchema, defaultCatalog).success, true);
    assert.equal(v.safeParse(procedureSchema, { ...defaultCatalog.procedures[0], code: 'a b' }).success, false);
  });
});

describe('loadCatalog, fuzzed', () => {
  it('never throws anything but CatalogError', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          loadCatalog(input);
        } catch (error) {
          assert.ok(error instanceof CatalogError);
          assert.ok(error.issues.length > 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws anything but CatalogError when one field of a valid catalog is replaced', () => {
    const lists = ['agencies', 'procedures', 'sameDay'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), fc.string(), fc.anything(), (list, index, key, value) => {
        const input = clone();
        const items = input[list];
        const item = items[index % items.length]!;
        const field = Object.keys(item)[key.length % Object.keys(item).length] ?? key;
        item[field] = value;
        try {
          const catalog = loadCatalog(input);
          assert.deepEqual(loadCatalog(JSON.parse(JSON.stringify(catalog))), catalog);
        } catch (error) {
          assert.ok(error instanceof CatalogError);
          assert.ok(error.issues.every((issue) => issue.path.startsWith('$')));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips valid generated catalogs', () => {
    const code = fc.stringMatching(/^[A-Za-z0-9.:/-]{1,20}$/);
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789'];
    const letter = fc.constantFrom(...letters);
    const text = fc
      .tuple(letter, fc.array(fc.oneof(letter, fc.constantFrom(' ', ',', '.', '-')), { maxLength: 30 }), letter)
      .map(([first, middle, last]) => first + middle.join('') + last);
    const timeLimit = fc.oneof(
      fc.constant({ kind: 'same-day' as const }),
      fc.constant({ kind: 'none' as const }),
      fc.nat({ max: 1000 }).map((days) => ({ kind: 'working-days' as const, days })),
      fc.nat({ max: 8000 }).map((hours) => ({ kind: 'working-hours' as const, hours })),
    );
    const catalog = fc
      .record({
        agencyCodes: fc.uniqueArray(code, { minLength: 1, maxLength: 6 }),
        procedureCodes: fc.uniqueArray(code, { minLength: 1, maxLength: 6 }),
        names: fc.array(text, { minLength: 12, maxLength: 12 }),
        limits: fc.array(timeLimit, { minLength: 6, maxLength: 6 }),
        pairs: fc.uniqueArray(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 10, selector: ([a, p]) => `${a}/${p}` }),
      })
      .map(({ agencyCodes, procedureCodes, names, limits, pairs }): Catalog => ({
        agencies: agencyCodes.map((c, i) => ({
          code: c,
          name: names[i]!,
          level: 'ward' as const,
          ...(i > 0 ? { parentCode: agencyCodes[0]! } : {}),
          model: { registered: i % 2 === 0, name: names[i + 6]! },
          fridayRule: i % 3 === 0,
        })),
        procedures: procedureCodes.map((c, i) => ({ code: c, name: names[i + 6]!, kind: 'procedure' as const, timeLimit: limits[i]!, cutOff: '15:00' })),
        sameDay: pairs
          .filter(([a, p]) => a < agencyCodes.length && p < procedureCodes.length)
          .map(([a, p]) => ({ agencyCode: agencyCodes[a]!, procedureCode: procedureCodes[p]! })),
      }));
    fc.assert(
      fc.property(catalog, (input) => {
        assert.deepEqual(loadCatalog(JSON.parse(JSON.stringify(input))), input);
      }),
      { numRuns: 300 },
    );
  });
});
