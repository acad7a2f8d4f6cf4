import { type Observable, catchError, map } from 'rxjs';
import type { Agency, PortalAdapter, Procedure, SameDayRegistration } from '@cqtt/core';
import { latestOf } from '../controllers/latest-of.js';

/** What the LED screen lists for one agency: the procedures it registered as resolved the same day. */
export interface SameDayBoard {
  /** The agency's name, when the portal knows the code. */
  readonly agencyName: string | undefined;
  readonly procedures: readonly { readonly code: string; readonly name: string }[];
}

/** Builds the board from the catalog: registration order, each procedure once; an unknown code is shown as is. */
export function sameDayBoardOf(
  agencyCode: string,
  procedures: readonly Procedure[],
  registrations: readonly SameDayRegistration[],
  agencies: readonly Agency[],
): SameDayBoard {
  const names = new Map(procedures.map((procedure) => [procedure.code, procedure.name]));
  const codes = [...new Set(registrations.filter((entry) => entry.agencyCode === agencyCode).map((entry) => entry.procedureCode))];
  return {
    agencyName: agencies.find((agency) => agency.code === agencyCode)?.name,
    procedures: codes.map((code) => ({ code, name: names.get(code) ?? code })),
  };
}

/** The board as a stream; a failing agency list only costs the heading its name. */
export function sameDayBoard$(adapter: PortalAdapter, agencyCode: string): Observable<SameDayBoard> {
  const agencies$ = adapter.agencies$.pipe(catchError((): [readonly Agency[]] => [[]]));
  return latestOf([adapter.procedures$, adapter.sameDay$, agencies$]).pipe(
    map(([procedures, registrations, agencies]) => sameDayBoardOf(agencyCode, procedures, registrations, agencies)),
  );
}
