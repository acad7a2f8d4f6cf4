import { toVietnamDateTime, type Instant, type LocalDate } from '../calendar/index.js';

/** `YYYY-MM-DD` as Vietnamese write it, `DD/MM/YYYY`. */
export function formatDate(date: LocalDate): string {
  const [year, month, day] = date.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}

/** An instant as `HH:mm DD/MM/YYYY` in Vietnam time. */
export function formatInstant(instant: Instant): string {
  const local = toVietnamDateTime(instant);
  return `${local.time} ${formatDate(local.date)}`;
}
