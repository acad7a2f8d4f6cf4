import type { Instant, Locale } from '@cqtt/core';

const zone = 'Asia/Ho_Chi_Minh';
const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${String(withTime)}`;
  let found = formats.get(key);
  if (!found) {
    const time: Intl.DateTimeFormatOptions = withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {};
    found = new Intl.DateTimeFormat(intlLocale[locale], { day: '2-digit', month: '2-digit', year: 'numeric', ...time, timeZone: zone });
    formats.set(key, found);
  }
  return found;
}

/** The date in Vietnam, `DD/MM/YYYY`, whatever zone the PC is set to. */
export function vietnamDate(instant: Instant, locale: Locale): string {
  return format(locale, false).format(instant);
}

/** The date and time in Vietnam, e.g. "16:30 27/11/2026" (vi) or "27/11/2026, 16:30" (en). */
export function vietnamDateTime(instant: Instant, locale: Locale): string {
  return format(locale, true).format(instant);
}
