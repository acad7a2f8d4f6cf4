import { type Instant, type Locale, toVietnamDateTime } from '@cqtt/core';

const zone = 'Asia/Ho_Chi_Minh';
const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function cached(cache: Map<Locale, Intl.DateTimeFormat>, locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: zone });
    cache.set(locale, format);
  }
  return format;
}

/** The wall-clock time in Vietnam, `HH:mm`, whatever zone the PC is set to. */
export function vietnamClock(instant: Instant, locale: Locale): string {
  return cached(timeFormats, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** The weekday and date in Vietnam, e.g. "Thứ Sáu, 20/02/2026". */
export function vietnamLongDate(instant: Instant, locale: Locale): string {
  return cached(dateFormats, locale, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }).format(instant);
}

/** A machine-readable Vietnam date-time with its offset, for `<time datetime>`. */
export function vietnamDateTimeAttribute(instant: Instant): string {
  const { date, time } = toVietnamDateTime(instant);
  return `${date}T${time}+07:00`;
}
