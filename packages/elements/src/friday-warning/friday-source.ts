import { type Observable, map } from 'rxjs';
import type { Dossier, Instant, PortalAdapter, RulesContext } from '@cqtt/core';
import { dossierAtMinute$, rulesContext$, serverMinute$ } from '../controllers/dossier-evaluation.js';
import { latestOf } from '../controllers/latest-of.js';

/** What the Friday warning checks against: the catalog, the dossier (when one is named) and the server's minute. */
export interface FridaySource {
  readonly context: RulesContext;
  readonly dossier: Dossier | null;
  readonly now: Instant;
}

/** The Friday warning's inputs from the portal, read again every minute of the server's clock. */
export function fridaySource$(adapter: PortalAdapter, dossierId: string | undefined): Observable<FridaySource> {
  const reading$ = dossierId ? dossierAtMinute$(adapter, dossierId) : serverMinute$(adapter).pipe(map((now) => ({ dossier: null, now })));
  return latestOf([rulesContext$(adapter), reading$]).pipe(map(([context, { dossier, now }]) => ({ context, dossier, now })));
}
