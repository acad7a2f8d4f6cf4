import {
  addDays,
  addWorkingDays,
  fromVietnamDateTime,
  isWorkingDay,
  nextWorkingDay,
  toVietnamDateTime,
  weekdayOf,
  type Catalog,
  type Dossier,
  type Instant,
  type LocalDate,
} from '@cqtt/core';
import { between, pick, seededRandom } from './random.js';

/** How many demo dossiers, over how many past days, from which seed. */
export interface DemoDossierOptions {
  readonly count: number;
  readonly days: number;
  readonly seed: number;
}

const defaults: DemoDossierOptions = { count: 300, days: 45, seed: 190 };
const minute = 60_000;
/** The office day in minutes after midnight: 07:00-11:30 and 13:30-17:00. */
const morning = [7 * 60, 11 * 60 + 30] as const;
const afternoon = [13 * 60 + 30, 17 * 60] as const;
const closing = afternoon[1];

function at(date: LocalDate, minuteOfDay: number): Instant {
  return fromVietnamDateTime(date) + minuteOfDay * minute;
}

function officeMinute(random: () => number, latest = closing): number {
  const choices = [morning, afternoon].filter(([start]) => start < latest);
  const [start, end] = pick(random, choices);
  return between(random, start, Math.min(end, latest) - 1);
}

function cutOffMinute(cutOff: string | undefined): number {
  const [hours = '15', minutes = '00'] = (cutOff ?? '15:00').split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** Later of `instant` and the next office minute on `date` (a result is not ready before it was asked for). */
function resultOn(random: () => number, date: LocalDate, notBefore: Instant): Instant {
  const candidate = at(date, officeMinute(random));
  return candidate > notBefore ? candidate : Math.min(notBefore + between(random, 20, 150) * minute, at(date, closing - 5));
}

/**
 * A few hundred realistic dossiers for the demo, dated relative to `now` so it always shows live cases: today's
 * receipts still being processed, Friday receipts (some promised for next week, the violation the Friday warning is
 * about), late ones, resolved ones nobody closed. Only procedures an agency registered as same-day are used, since
 * those are the ones the plugin is about. Deterministic: the same `now`, catalog and seed give the same dossiers.
 */
export function demoDossiers(catalog: Catalog, now: Instant, options: Partial<DemoDossierOptions> = {}): Dossier[] {
  const { count, days, seed } = { ...defaults, ...options };
  const random = seededRandom(seed);
  const registrations = catalog.sameDay.flatMap((registration) => {
    const agency = catalog.agencies.find((candidate) => candidate.code === registration.agencyCode);
    const procedure = catalog.procedures.find((candidate) => candidate.code === registration.procedureCode);
    return agency && procedure ? [{ agency, procedure }] : [];
  });
  const today = toVietnamDateTime(now);
  const dates: LocalDate[] = [];
  for (let offset = days; offset >= 0; offset -= 1) {
    const date = addDays(today.date, -offset);
    if (isWorkingDay(date) && (date !== today.date || today.minuteOfDay > morning[0] + 5)) dates.push(date);
  }
  if (registrations.length === 0 || dates.length === 0) return [];

  const drafts: Omit<Dossier, 'id'>[] = [];
  for (let index = 0; index < count; index += 1) {
    const { agency, procedure } = pick(random, registrations);
    const date = index % 12 === 0 ? (dates[dates.length - 1] as LocalDate) : pick(random, dates);
    const isToday = date === today.date;
    const receivedMinute = officeMinute(random, isToday ? today.minuteOfDay : closing);
    const receivedAt = at(date, receivedMinute);
    const friday = weekdayOf(date) === 5;
    const afterCutOff = receivedMinute > cutOffMinute(procedure.cutOff);
    const promisedNextWeek = friday && random() < 0.2;
    const dueDate = promisedNextWeek || (afterCutOff && !(friday && agency.fridayRule)) ? nextWorkingDay(date) : date;
    const base = { procedureCode: procedure.code, agencyCode: agency.code, receivedAt, appointmentAt: at(dueDate, closing) };

    const roll = random();
    if (roll < 0.04) {
      drafts.push({ ...base, status: pick(random, ['supplement-requested', 'withdrawn', 'suspended'] as const) });
      continue;
    }
    const delay = roll < 0.8 ? 0 : roll < 0.9 ? 1 : between(random, 2, 4);
    const resolvedDate = delay === 0 ? dueDate : addWorkingDays(dueDate, delay);
    const resolvedAt = resultOn(random, resolvedDate, receivedAt);
    if (resolvedAt >= now) {
      drafts.push({ ...base, status: random() < 0.3 ? 'received' : 'processing' });
      continue;
    }
    const handOver = resolvedAt + between(random, 10, 120) * minute;
    const returnedAt = handOver <= at(resolvedDate, closing) ? handOver : at(nextWorkingDay(resolvedDate), between(random, 7 * 60 + 30, 10 * 60));
    const returned = random() < 0.85 && returnedAt < now;
    const last = returned ? returnedAt : resolvedAt;
    const closedAt = random() < 0.12 ? undefined : last + between(random, 1, 30) * minute;
    drafts.push({
      ...base,
      status: returned ? 'returned' : 'resolved',
      resolvedAt,
      ...(returned && { returnedAt }),
      ...(closedAt !== undefined && closedAt < now && { closedAt }),
    });
  }

  drafts.sort((a, b) => a.receivedAt - b.receivedAt);
  const perDay = new Map<string, number>();
  return drafts.map((draft) => {
    const day = toVietnamDateTime(draft.receivedAt).date.slice(2).replaceAll('-', '');
    const sequence = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, sequence);
    return { id: `PL-${day}-${String(sequence).padStart(4, '0')}`, ...draft };
  });
}
