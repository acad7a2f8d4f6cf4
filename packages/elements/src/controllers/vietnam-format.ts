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

const units: Record<Locale, readonly [day: string, hour: string, minute: string]> = {
  vi: ['ngày', 'giờ', 'phút'],
  en: ['day', 'hour', 'minute'],
};

/**
 * A duration as people say it, its two largest units: "2 ngày 16 giờ", "11 giờ 37 phút", "31 phút" (vi); "2 days 16
 * hours", "1 hour 1 minute" (en). Never "3854 phút".
 */
export function spokenDuration(minutes: number, locale: Locale): string {
  const whole = Math.max(0, Math.floor(minutes));
  const [days, hours, rest] = [Math.floor(whole / 1440), Math.floor((whole % 1440) / 60), whole % 60];
  const pairs: [value: number, unit: 0 | 1 | 2][] = days > 0 ? [[days, 0], [hours, 1]] : hours > 0 ? [[hours, 1], [rest, 2]] : [[rest, 2]];
  return pairs
    .filter(([value], index) => index === 0 || value > 0)
    .map(([value, unit]) => `${value} ${units[locale][unit]}${locale === 'en' && value !== 1 ? 's' : ''}`)
    .join(' ');
}
