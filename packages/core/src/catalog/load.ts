import * as v from 'valibot';
import type { Agency, Catalog, Procedure, SameDayRegistration } from './model.js';
import { agencySchema, procedureSchema, sameDayRegistrationSchema } from './schema.js';

/** One problem in catalog data: where (a JSONPath such as `$.agencies[3].code`) and what. */
export interface CatalogIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown by `loadCatalog` with every problem found, never only the first. */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  constructor(readonly issues: readonly CatalogIssue[]) {
    const first = issues[0];
    super(
      `The catalog has ${issues.length} problem${issues.length === 1 ? '' : 's'}` +
        (first === undefined ? '.' : `; the first: ${first.path} ${first.message}.`),
    );
  }
}

type ListName = 'agencies' | 'procedures' | 'sameDay';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathOf(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return path;
}

/** The raw string value of `field` of every entry of a list, by index (undefined where there is none). */
function rawField(list: readonly unknown[], field: string): (string | undefined)[] {
  return list.map((item) => {
    const value = isRecord(item) ? item[field] : undefined;
    return typeof value === 'string' ? value : undefined;
  });
}

function checkUnique(codes: readonly (string | undefined)[], list: ListName, what: string, issues: CatalogIssue[]): void {
  const first = new Map<string, number>();
  codes.forEach((code, index) => {
    if (code === undefined) return;
    const seen = first.get(code);
    if (seen === undefined) first.set(code, index);
    else issues.push({ path: `$.${list}[${index}].code`, message: `duplicates the ${what} code "${code}" of $.${list}[${seen}]` });
  });
}

function checkParents(codes: readonly (string | undefined)[], parents: readonly (string | undefined)[], issues: CatalogIssue[]): void {
  const known = new Set(codes.filter((code): code is string => code !== undefined));
  const parentOf = new Map<string, string>();
  codes.forEach((code, index) => {
    const parent = parents[index];
    if (code !== undefined && parent !== undefined && !parentOf.has(code)) parentOf.set(code, parent);
  });
  parents.forEach((parent, index) => {
    if (parent === undefined) return;
    const path = `$.agencies[${index}].parentCode`;
    if (!known.has(parent)) {
      issues.push({ path, message: `names the unknown agency "${parent}"` });
      return;
    }
    const start = codes[index];
    const visited = new Set<string>();
    for (let code: string | undefined = parent; code !== undefined; code = parentOf.get(code)) {
      if (code === start || visited.has(code)) {
        issues.push({ path, message: `makes a loop of parents through "${code}"` });
        return;
      }
      visited.add(code);
    }
  });
}

function checkRegistrations(
  registrations: readonly unknown[],
  agencyCodes: ReadonlySet<string>,
  procedureCodes: ReadonlySet<string>,
  issues: CatalogIssue[],
): void {
  const agencies = rawField(registrations, 'agencyCode');
  const procedures = rawField(registrations, 'procedureCode');
  const first = new Map<string, number>();
  registrations.forEach((_registration, index) => {
    const agency = agencies[index];
    const procedure = procedures[index];
    if (agency !== undefined && !agencyCodes.has(agency)) {
      issues.push({ path: `$.sameDay[${index}].agencyCode`, message: `names the unknown agency "${agency}"` });
    }
    if (procedure !== undefined && !procedureCodes.has(procedure)) {
      issues.push({ path: `$.sameDay[${index}].procedureCode`, message: `names the unknown procedure "${procedure}"` });
    }
    if (agency === undefined || procedure === undefined) return;
    const key = `${agency}\u0000${procedure}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else issues.push({ path: `$.sameDay[${index}]`, message: `repeats the registration of $.sameDay[${seen}]` });
  });
}

/**
 * Validates catalog data from the portal or a file and returns it in our shape: unknown fields dropped, text
 * trimmed and in NFC. Checks each entry against the schemas, then across entries: agency and procedure codes are
 * unique, every `parentCode` names a known agency without loops, every same-day registration names a known agency
 * and procedure and appears once.
 *
 * @throws {CatalogError} listing every problem with its path; nothing is silently dropped.
 */
export function loadCatalog(input: unknown): Catalog {
  if (!isRecord(input)) throw new CatalogError([{ path: '$', message: 'must be an object with agencies, procedures and sameDay' }]);
  const record = input;
  const issues: CatalogIssue[] = [];
  const raw: Record<ListName, readonly unknown[]> = { agencies: [], procedures: [], sameDay: [] };
  function parseList<T>(name: ListName, schema: v.GenericSchema<unknown, T>): T[] {
    const list = record[name];
    if (!Array.isArray(list)) {
      issues.push({ path: `$.${name}`, message: 'must be a list' });
      return [];
    }
    raw[name] = list;
    const parsed: T[] = [];
    list.forEach((item: unknown, index) => {
      const result = v.safeParse(schema, item);
      if (result.success) parsed.push(result.output);
      else for (const issue of result.issues) issues.push({ path: pathOf(`$.${name}[${index}]`, issue), message: issue.message });
    });
    return parsed;
  }
  const agencies: Agency[] = parseList('agencies', agencySchema);
  const procedures: Procedure[] = parseList('procedures', procedureSchema);
  const sameDay: SameDayRegistration[] = parseList('sameDay', sameDayRegistrationSchema);

  const agencyCodes = rawField(raw.agencies, 'code');
  const procedureCodes = rawField(raw.procedures, 'code');
  checkUnique(agencyCodes, 'agencies', 'agency', issues);
  checkUnique(procedureCodes, 'procedures', 'procedure', issues);
  checkParents(agencyCodes, rawField(raw.agencies, 'parentCode'), issues);
  const known = (codes: readonly (string | undefined)[]) => new Set(codes.filter((code): code is string => code !== undefined));
  checkRegistrations(raw.sameDay, known(agencyCodes), known(procedureCodes), issues);

  if (issues.length > 0) throw new CatalogError(issues);
  return { agencies, procedures, sameDay };
}
