import { CalendarError } from '../calendar/errors.js';
import type { Instant } from '../calendar/time-types.js';
import { fromVietnamDateTime, VIETNAM_OFFSET_MS, weekdayOf } from '../calendar/vietnam-time.js';

const isoWithOffset = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant of a Vietnam wall-clock reading with seconds, through the calendar's own validation; undefined for
 * a date or time that does not exist (31/2, 24:00, second 60).
 */
export function vietnamInstantOf(date: string, hour: string, minute: string, second: string): Instant | undefined {
  if (Number(second) > 59) return undefined;
  try {
    return fromVietnamDateTime(date, `${hour}:${minute}`) + Number(second) * 1000;
  } catch (error) {
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
}

/** Whether a string is exactly a real `YYYY-MM-DD` date (no `D/M/YYYY`, no spaces: this is the wire). */
export function isLocalDate(text: string): boolean {
  if (!localDatePattern.test(text)) return false;
  try {
    weekdayOf(text);
    return true;
  } catch (error) {
    if (error instanceof CalendarError) return false;
    throw error;
  }
}

/**
 * Reads an ISO 8601 date-time that carries its offset (`2026-11-27T15:30:00+07:00`, or `Z`) as epoch ms.
 * Returns undefined for anything else: no offset, impossible dates or times, junk. The host's zone is never used.
 */
export function parseOffsetDateTime(text: string): Instant | undefined {
  const match = isoWithOffset.exec(text);
  if (!match) return undefined;
  const [, date = '', hour = '', minute = '', second = '00', fraction = '', sign, offsetHours = '00', offsetMinutes = '00'] = match;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return undefined;
  const asIfVietnam = vietnamInstantOf(date, hour, minute, second);
  if (asIfVietnam === undefined) return undefined;
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  // The same wall clock read at the text's offset instead of Vietnam's.
  return asIfVietnam + VIETNAM_OFFSET_MS - offsetMs + Number(fraction.padEnd(3, '0').slice(0, 3));
}

/** Writes an instant as ISO 8601 in Vietnam time with its offset: `2026-11-27T15:30:00.000+07:00`. */
export function formatVietnamDateTime(instant: Instant): string {
  return new Date(instant + VIETNAM_OFFSET_MS).toISOString().replace('Z', '+07:00');
}
