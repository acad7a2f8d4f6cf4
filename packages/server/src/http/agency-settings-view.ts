import type { Agency, OfficeHours } from '@cqtt/core';
import { weekdayKeys, type AgencySettings } from '@cqtt/core/admin';

/** The admin contract's week (`mon: [["07:00", "11:30"]]`) as the catalog's (`week: { 1: [{ start, end }] }`). */
export function officeHoursOf(settings: AgencySettings): OfficeHours {
  const week: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, { start: string; end: string }[]>> = {};
  weekdayKeys.forEach((key, index) => {
    const intervals = settings.officeHours[key];
    if (intervals.length > 0) week[(index + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7] = intervals.map(([start, end]) => ({ start, end }));
  });
  return { week };
}

/**
 * The catalog's agencies with what their administrators saved: the Friday rule and the office hours (Saturday
 * mornings included) come from the agency's settings when it has some, so the elements apply them without a new
 * build. A week with no opening at all is left as the catalog has it (the rules need some working time).
 */
export function agenciesWithSettings(agencies: readonly Agency[], saved: readonly AgencySettings[]): Agency[] {
  const byCode = new Map(saved.map((settings) => [settings.agencyCode, settings]));
  return agencies.map((agency) => {
    const settings = byCode.get(agency.code);
    if (!settings) return agency;
    const open = weekdayKeys.some((key) => settings.officeHours[key].length > 0);
    return { ...agency, fridayRule: settings.fridayRule, ...(open && { officeHours: officeHoursOf(settings) }) };
  });
}
