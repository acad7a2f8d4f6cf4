import { type Instant, type Locale, toVietnamDateTime } from '@cqtt/core';

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

/** `instant` in Vietnam time, whatever zone the PC is set to; one formatter per language and `options`, made once. */
function inVietnam(instant: Instant, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = locale + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: 'Asia/Ho_Chi_Minh' })));
  return format.format(instant);
}

/** The wall-clock time in Vietnam, `HH:mm`. */
export function vietnamClock(instant: Instant, locale: Locale): string {
  return inVietnam(instant, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** The weekday and date in Vietnam, e.g. "Thứ Sáu, 20/02/2026". */
export function vietnamLongDate(instant: Instant, locale: Locale): string {
  return inVietnam(instant, locale, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** A machine-readable Vietnam date-time with its offset, for `<time datetime>`. */
export function vietnamDateTimeAttribute(instant: Instant): string {
  const { date, time } = toVietnamDateTime(instant);
  return `${date}T${time}+07:00`;
}
