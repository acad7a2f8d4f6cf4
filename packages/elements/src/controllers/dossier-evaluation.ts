import { type Observable, catchError, defer, distinctUntilChanged, map, switchMap, throwError } from 'rxjs';
import { type Dossier, type DossierEvaluation, type EvaluationPolicy, type Instant, type PortalAdapter, type WorkSchedule, evaluateDossier } from '@cqtt/core';
import { computedYearsBetween } from './provisional.js';
import { withRulesContext } from './rules-context.js';

/** A dossier as read at a minute of the server's clock. */
export interface DossierAtMinute {
  readonly dossier: Dossier;
  /** The server's time of the reading. */
  readonly now: Instant;
}

/** A dossier evaluated at a minute of the server's clock. */
export interface LiveEvaluation extends DossierAtMinute {
  readonly evaluation: DossierEvaluation;
  /** The calendar and office hours the dossier's agency works by. */
  readonly schedule: WorkSchedule;
  /**
   * The years whose days off are only computed that the rules counted the appointment across: when any, the
   * appointment is provisional ("dự kiến"). Empty for the portal's own appointment, which is what was promised.
   */
  readonly provisional: readonly number[];
}

/** The server's clock once a minute: its first reading, then the first reading of each new minute. */
export function serverMinute$(adapter: PortalAdapter): Observable<Instant> {
  return adapter.serverTime$.pipe(distinctUntilChanged((a, b) => Math.floor(a / 60_000) === Math.floor(b / 60_000)));
}

/**
 * The dossier read again at each minute of the server's clock, so a change made elsewhere (closed, resolved, new
 * appointment) shows within a minute. A failed first read errors the stream; a failed later read keeps the last
 * dossier, at the new minute, rather than replacing a good state with an error.
 */
export function dossierAtMinute$(adapter: PortalAdapter, dossierId: string): Observable<DossierAtMinute> {
  return defer(() => {
    let last: Dossier | undefined;
    return serverMinute$(adapter).pipe(
      switchMap((now) =>
        adapter.dossier$(dossierId).pipe(
          catchError((error: unknown) => (last ? [last] : throwError(() => error))),
          map((dossier) => {
            last = dossier;
            return { dossier, now };
          }),
        ),
      ),
    );
  });
}

/**
 * A dossier's live evaluation: `evaluateDossier` over the portal's dossier, catalog and calendar (of the years of its
 * receipt and of today, each with the next) at the server's time, every minute while subscribed. Unknown codes and a failed first read error the stream.
 */
export function dossierEvaluation$(adapter: PortalAdapter, dossierId: string, policy: EvaluationPolicy = {}): Observable<LiveEvaluation> {
  return withRulesContext(adapter, dossierAtMinute$(adapter, dossierId), ({ dossier, now }) => ({
    instants: [dossier.receivedAt, now],
    agencyCode: dossier.agencyCode,
  })).pipe(
    map(([context, { dossier, now }]) => {
      const evaluation = evaluateDossier(dossier, policy, context, now);
      const schedule = context.scheduleOf(evaluation.agency);
      const { appointmentAt, appointmentComputed } = evaluation;
      const provisional = appointmentComputed && appointmentAt !== undefined ? computedYearsBetween(schedule, dossier.receivedAt, appointmentAt) : [];
      return { dossier, now, evaluation, schedule, provisional };
    }),
  );
}
