import { Observable, type Subscription, catchError, map } from 'rxjs';
import { type AgencySettingsView, type Instant, type PortalAdapter, type RulesContext, createRulesContext } from '@cqtt/core';
import { withAgencySettings } from './agency-settings.js';
import { latestOf } from './latest-of.js';
import { portalSchedule$, yearsInPlay } from './portal-calendar.js';

/** What a reading counts on: the instants whose years are in play, and the agency whose settings apply. */
export interface InPlay {
  readonly instants: readonly Instant[];
  readonly agencyCode?: string | undefined;
}

/** The agency's own settings when the portal serves them; `undefined` when it has none or cannot send them. */
function settings$(adapter: PortalAdapter, agencyCode: string): Observable<AgencySettingsView | undefined> {
  const read = adapter.agencySettings$?.(agencyCode);
  if (!read) return new Observable((subscriber) => subscriber.next(undefined));
  return read.pipe(catchError((): [undefined] => [undefined]));
}

/**
 * The one place the elements build their rules: the portal's catalog (agencies, procedures, same-day
 * registrations) indexed for the rules, on the portal's calendar for `years` (`portalSchedule$`), with the
 * agency's own settings when `agencyCode` is given (`withAgencySettings`). Without years (a procedure's badge,
 * which counts no days) the built-in calendar is enough and none is requested.
 */
export function rulesContext$(adapter: PortalAdapter, years: readonly number[] = [], agencyCode?: string): Observable<RulesContext> {
  const catalog$ = latestOf([adapter.agencies$, adapter.procedures$, adapter.sameDay$]);
  if (years.length === 0) return catalog$.pipe(map(([agencies, procedures, sameDay]) => createRulesContext({ agencies, procedures, sameDay })));
  const own$ = agencyCode ? settings$(adapter, agencyCode) : new Observable<undefined>((subscriber) => subscriber.next(undefined));
  return latestOf([catalog$, portalSchedule$(adapter, years), own$]).pipe(
    map(([[agencies, procedures, sameDay], schedule, own]) => createRulesContext(withAgencySettings({ agencies, procedures, sameDay }, own), schedule)),
  );
}

/**
 * Each reading with the rules context for the years its dates fall in (`inPlayOf`, then `yearsInPlay`) and its
 * agency: the context's streams are opened again only when those change (a new year, another dossier), not at
 * every reading. Emits once both are known, then at each reading and each change of the context; errors with
 * either.
 */
export function withRulesContext<T>(
  adapter: PortalAdapter,
  readings$: Observable<T>,
  inPlayOf: (reading: T) => InPlay,
): Observable<readonly [RulesContext, T]> {
  return new Observable((subscriber) => {
    let years = '';
    let context: { readonly value: RulesContext } | undefined;
    let reading: { readonly value: T } | undefined;
    let current: Subscription | undefined;
    const emit = (): void => {
      if (context && reading) subscriber.next([context.value, reading.value]);
    };
    const readings = readings$.subscribe({
      next: (value) => {
        reading = { value };
        const { instants, agencyCode } = inPlayOf(value);
        const inPlay = yearsInPlay(instants);
        const key = `${inPlay.join()} ${agencyCode ?? ''}`;
        if (key === years) return emit();
        years = key;
        context = undefined;
        current?.unsubscribe();
        current = rulesContext$(adapter, inPlay, agencyCode).subscribe({
          next: (next) => {
            context = { value: next };
            emit();
          },
          error: (error: unknown) => subscriber.error(error),
        });
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    return () => {
      readings.unsubscribe();
      current?.unsubscribe();
    };
  });
}
