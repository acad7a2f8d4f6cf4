export type { LocalDate, LocalTime, Instant, CalendarYear } from './time-types.js';
