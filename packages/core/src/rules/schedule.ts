import { defaultSchedule, type WorkSchedule } from '../calendar/index.js';
import type { Agency } from '../catalog/model.js';

/**
 * The schedule an agency works by: the base schedule's calendar (days off, swapped days), with the agency's own
 * office hours when it has them (e.g. Saturday mornings), else the base schedule's hours.
 */
export function scheduleFor(agency?: Agency, base: WorkSchedule = defaultSchedule): WorkSchedule {
  return agency?.officeHours === undefined ? base : { calendar: base.calendar, officeHours: agency.officeHours };
}
