import { type Observable, catchError, map } from 'rxjs';
import {
  type CalendarYear,
  type Instant,
  type PortalAdapter,
  type WorkSchedule,
  InvalidCalendarDataError,
  defaultSchedule,
  vietnamDateOf,
} from '@cqtt/core';
import { latestOf } from './latest-of.js';

/** The years a reading's dates fall in (Vietnam time), each with the next: an appointment may run into it. */
export function yearsInPlay(instants: readonly Instant[]): number[] {
  const years = new Set<number>();
  for (const instant of instants) {
    const year = Number(vietnamDateOf(instant).slice(0, 4));
    years.add(year).add(year + 1);
  }
  return [...years].sort((a, b) => a - b);
}

/** A year the portal serves as its own: published by its administrators, or its official data; not a computation. */
function isAnnounced(year: CalendarYear | undefined): year is CalendarYear {
  return year !== undefined && year.status !== 'computed';
}

/**
 * The built-in schedule with the portal's calendar: each year the portal announces (published or official) wins
 * over the built-in data; a year it only computes, has no data for (404), or fails to send keeps the built-in one
 * (announced data for 2024-2026, else computed by the Labour Code, which the calendar's `sourceOf` then says). A
 * year the portal sends malformed is left out rather than breaking the page. Emits again whenever a year does
 * (an adapter that revalidates its calendar brings an administrator's change to open pages).
 */
export function portalSchedule$(adapter: PortalAdapter, years: readonly number[]): Observable<WorkSchedule> {
  const perYear = years.map((year) => adapter.calendar$(year).pipe(catchError((): [undefined] => [undefined])));
  return latestOf(perYear).pipe(map((entries) => scheduleWith(entries)));
}

function scheduleWith(entries: readonly (CalendarYear | undefined)[]): WorkSchedule {
  let calendar = defaultSchedule.calendar;
  for (const entry of entries.filter(isAnnounced)) {
    try {
      calendar = calendar.withPortalData([entry]);
    } catch (error) {
      if (!(error instanceof InvalidCalendarDataError)) throw error;
    }
  }
  return calendar === defaultSchedule.calendar ? defaultSchedule : { ...defaultSchedule, calendar };
}
