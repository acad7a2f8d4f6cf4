import { Observable, type Subscription, map } from 'rxjs';
import { type Instant, type PortalAdapter, type RulesContext, createRulesContext } from '@cqtt/core';
import { latestOf } from './latest-of.js';
import { portalSchedule$, yearsInPlay } from './portal-calendar.js';

/**
 * The one place the elements build their rules: the portal's catalog (agencies, procedures, same-day
 * registrations) indexed for the rules, on the portal's calendar for `years` (`portalSchedule$`). Without years
 * (a procedure's badge, which counts no days) the built-in calendar is enough and none is requested.
 */
export function rulesContext$(adapter: PortalAdapter, years: readonly number[] = []): Observable<RulesContext> {
  const catalog$ = latestOf([adapter.agencies$, adapter.procedures$, adapter.sameDay$]);
  if (years.length === 0) return catalog$.pipe(map(([agencies, procedures, sameDay]) => createRulesContext({ agencies, procedures, sameDay })));
  return latestOf([catalog$, portalSchedule$(adapter, years)]).pipe(
    map(([[agencies, procedures, sameDay], schedule]) => createRulesContext({ agencies, procedures, sameDay }, schedule)),
  );
}

/**
 * Each reading with the rules context for the years its dates fall in (`instantsOf`, then `yearsInPlay`): the
 * context's streams are opened again only when those years change (a new year, another dossier), not at every
 * reading. Emits once both are known, then at each reading and each change of the context; errors with either.
 */
export function withRulesContext<T>(
  adapter: PortalAdapter,
  readings$: Observable<T>,
  instantsOf: (reading: T) => readonly Instant[],
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
        const inPlay = yearsInPlay(instantsOf(value));
        if (inPlay.join() === years) return emit();
        years = inPlay.join();
        context = undefined;
        current?.unsubscribe();
        current = rulesContext$(adapter, inPlay).subscribe({
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
