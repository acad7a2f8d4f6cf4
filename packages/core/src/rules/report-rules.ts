import { vietnamDateOf, weekdayOf, type Instant } from '../calendar/index.js';
import type { Dossier } from '../api/model.js';

/*
 * The report's definitions, on one dossier, without calendar or catalog: the server's SQL must give the same
 * answers. Dates are Vietnam calendar dates, i.e. in SQL `(t AT TIME ZONE 'Asia/Ho_Chi_Minh')::date` of the
 * instant, never the server's zone.
 */

/** Early, on time or late, by Vietnam calendar date. */
export type Timeliness = 'early' | 'on-time' | 'late';

/**
 * When the office finished the dossier: the earlier of `resolvedAt` (xử lý xong) and `returnedAt` (ngày trả), or
 * `undefined` when neither is known. A citizen who collects the result later does not make the office late.
 * SQL: `LEAST(resolved_at, returned_at)` (LEAST ignores NULLs in PostgreSQL).
 */
export function completedAt(dossier: Dossier): Instant | undefined {
  const { resolvedAt, returnedAt } = dossier;
  if (resolvedAt === undefined) return returnedAt;
  return returnedAt === undefined ? resolvedAt : Math.min(resolvedAt, returnedAt);
}

/**
 * Early / on time / late: the Vietnam date of `completedAt` before, equal to or after the Vietnam date of the
 * appointment. `undefined` while unfinished or without an appointment. A dossier due 17:00 and finished at 17:40
 * the same day is on time: the portal and the plan count days, not minutes.
 */
export function classifyTimeliness(dossier: Dossier): Timeliness | undefined {
  const done = completedAt(dossier);
  if (done === undefined || dossier.appointmentAt === undefined) return undefined;
  const doneDate = vietnamDateOf(done);
  const dueDate = vietnamDateOf(dossier.appointmentAt);
  if (doneDate < dueDate) return 'early';
  return doneDate === dueDate ? 'on-time' : 'late';
}

/** Finished (see `completedAt`) on the Vietnam date it was received: the plan's "giải quyết trong ngày". */
export function isSameDayResolved(dossier: Dossier): boolean {
  const done = completedAt(dossier);
  return done !== undefined && vietnamDateOf(done) === vietnamDateOf(dossier.receivedAt);
}

/**
 * Received on a Friday (Vietnam date; ISO weekday 5; SQL `EXTRACT(ISODOW FROM …) = 5`). By weekday alone, so a
 * Friday that is a holiday counts too: dossiers are rarely received then, and the SQL needs no calendar.
 */
export function isFridayReceived(dossier: Dossier): boolean {
  return weekdayOf(vietnamDateOf(dossier.receivedAt)) === 5;
}

/** Received on a Friday and finished that same Friday: the "thứ 6 không hẹn qua tuần" indicator. */
export function isFridayReturned(dossier: Dossier): boolean {
  return isFridayReceived(dossier) && isSameDayResolved(dossier);
}

/** The default grace before a finished dossier that is not closed is reported: 30 minutes. */
export const defaultCloseGraceMinutes = 30;

/**
 * Finished (see `completedAt`) more than `graceMinutes` before `now` and still not closed ("quên bấm kết thúc hồ
 * sơ"). Elapsed minutes, not working minutes: the portal's statistics keep counting overnight.
 */
export function isResolvedNotClosed(dossier: Dossier, now: Instant, graceMinutes: number = defaultCloseGraceMinutes): boolean {
  const done = completedAt(dossier);
  return done !== undefined && dossier.closedAt === undefined && now - done > graceMinutes * 60_000;
}
