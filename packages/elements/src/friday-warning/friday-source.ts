import { type Observable, map } from 'rxjs';
import type { Dossier, Instant, PortalAdapter, RulesContext } from '@cqtt/core';
import { dossierAtMinute$, serverMinute$ } from '../controllers/dossier-evaluation.js';
import { withRulesContext } from '../controllers/rules-context.js';

/** What the Friday warning checks against: the catalog, the dossier (when one is named) and the server's minute. */
export interface FridaySource {
  readonly context: RulesContext;
  readonly dossier: Dossier | null;
  readonly now: Instant;
}

/**
 * The Friday warning's inputs from the portal, read again every minute of the server's clock, on the portal's
 * calendar of the years of the receipt (the dossier's, else today) and of today, with the settings of the agency
 * (the dossier's, else `agencyCode`).
 */
export function fridaySource$(adapter: PortalAdapter, dossierId: string | undefined, agencyCode?: string): Observable<FridaySource> {
  const reading$: Observable<{ dossier: Dossier | null; now: Instant }> = dossierId
    ? dossierAtMinute$(adapter, dossierId)
    : serverMinute$(adapter).pipe(map((now) => ({ dossier: null, now })));
  return withRulesContext(adapter, reading$, ({ dossier, now }) =>
    dossier ? { instants: [dossier.receivedAt, now], agencyCode: dossier.agencyCode } : { instants: [now], agencyCode },
  ).pipe(
    map(([context, { dossier, now }]) => ({ context, dossier, now })),
  );
}
