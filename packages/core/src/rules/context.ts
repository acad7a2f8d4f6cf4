import { defaultSchedule, type WorkSchedule } from '../calendar/index.js';
import type { Agency, Catalog, Procedure } from '../catalog/model.js';
import { UnknownAgencyError, UnknownProcedureError } from './errors.js';
import { scheduleFor } from './schedule.js';

/** Look-ups the rules need, built once from a catalog by `createRulesContext`. */
export interface RulesContext {
  readonly catalog: Catalog;
  /** The calendar and default office hours of every agency. */
  readonly schedule: WorkSchedule;
  /** @throws {UnknownProcedureError} */
  procedure(code: string): Procedure;
  /** @throws {UnknownAgencyError} */
  agency(code: string): Agency;
  /**
   * Whether the agency registered the procedure as same-day: directly, or through a registered entry of kind
   * `field` naming the procedure's field ("Lĩnh vực hộ tịch" covers every Hộ tịch procedure of that agency).
   * @throws {UnknownAgencyError} {UnknownProcedureError}
   */
  isRegisteredSameDay(agencyCode: string, procedureCode: string): boolean;
  /** The schedule the agency works by (its own office hours, if any, on the context's calendar). */
  scheduleOf(agency: Agency): WorkSchedule;
}

/**
 * Indexes a catalog (already checked by `loadCatalog`, or `defaultCatalog`) for the rules, with the calendar and
 * default office hours of `schedule` (`defaultSchedule` when absent; pass one built from the portal's calendar).
 */
export function createRulesContext(catalog: Catalog, schedule: WorkSchedule = defaultSchedule): RulesContext {
  const procedures = new Map(catalog.procedures.map((p) => [p.code, p]));
  const agencies = new Map(catalog.agencies.map((a) => [a.code, a]));
  const registered = new Set<string>();
  const registeredFields = new Set<string>();
  for (const registration of catalog.sameDay) {
    registered.add(`${registration.agencyCode}\u0000${registration.procedureCode}`);
    const entry = procedures.get(registration.procedureCode);
    if (entry?.kind === 'field' && entry.field !== undefined) registeredFields.add(`${registration.agencyCode}\u0000${entry.field.toLowerCase()}`);
  }
  const schedules = new Map<Agency, WorkSchedule>();

  const context: RulesContext = {
    catalog,
    schedule,
    procedure(code) {
      const found = procedures.get(code);
      if (found === undefined) throw new UnknownProcedureError(code);
      return found;
    },
    agency(code) {
      const found = agencies.get(code);
      if (found === undefined) throw new UnknownAgencyError(code);
      return found;
    },
    isRegisteredSameDay(agencyCode, procedureCode) {
      context.agency(agencyCode);
      const procedure = context.procedure(procedureCode);
      if (registered.has(`${agencyCode}\u0000${procedureCode}`)) return true;
      return procedure.field !== undefined && registeredFields.has(`${agencyCode}\u0000${procedure.field.toLowerCase()}`);
    },
    scheduleOf(agency) {
      let found = schedules.get(agency);
      if (found === undefined) {
        found = scheduleFor(agency, schedule);
        schedules.set(agency, found);
      }
      return found;
    },
  };
  return context;
}
