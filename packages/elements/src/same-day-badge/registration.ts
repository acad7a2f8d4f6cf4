import { type Observable, map } from 'rxjs';
import { type Agency, type PortalAdapter, type Procedure, UnknownAgencyError, UnknownProcedureError } from '@cqtt/core';
import { rulesContext$ } from '../controllers/rules-context.js';

/** A procedure an agency registered as resolved the same day. */
export interface SameDayRegistrationInfo {
  readonly procedure: Procedure;
  readonly agency: Agency;
}

/**
 * The agency's same-day registration of the procedure, from the portal's catalog; `null` when it is not registered
 * or either code is unknown to the portal (a public page must not break on a stale code).
 */
export function sameDayRegistration$(adapter: PortalAdapter, agencyCode: string, procedureCode: string): Observable<SameDayRegistrationInfo | null> {
  return rulesContext$(adapter).pipe(
    map((context) => {
      try {
        if (!context.isRegisteredSameDay(agencyCode, procedureCode)) return null;
        return { procedure: context.procedure(procedureCode), agency: context.agency(agencyCode) };
      } catch (error) {
        if (error instanceof UnknownAgencyError || error instanceof UnknownProcedureError) return null;
        throw error;
      }
    }),
  );
}
