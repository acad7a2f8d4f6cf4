import type { AgencySettingsView, Catalog, OfficeHours, TimeLimit } from '@cqtt/core';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * The catalog as the agency's own settings change it, for a rules context about that agency: its office hours
 * and Friday rule, and its cut-off and time limit of each procedure (its own cut-off for the others, over the
 * catalog's general one). An agency that never saved settings (`version` "0") keeps the catalog's values.
 */
export function withAgencySettings(catalog: Catalog, settings: AgencySettingsView | undefined): Catalog {
  if (!settings || settings.version === '0') return catalog;
  const week: Record<number, { start: string; end: string }[]> = {};
  weekdays.forEach((day, index) => {
    const openings = settings.officeHours[day];
    if (openings.length > 0) week[index + 1] = openings.map(([start, end]) => ({ start, end }));
  });
  const officeHours = { week } as OfficeHours;
  return {
    ...catalog,
    agencies: catalog.agencies.map((agency) => (agency.code === settings.agencyCode ? { ...agency, fridayRule: settings.fridayRule, officeHours } : agency)),
    procedures: catalog.procedures.map((procedure) => {
      const own = settings.procedures[procedure.code];
      const days = own?.timeLimitDays;
      const timeLimit: TimeLimit = days === undefined ? procedure.timeLimit : days === 0 ? { kind: 'same-day' } : { kind: 'working-days', days };
      return { ...procedure, timeLimit, cutOff: own?.cutoff ?? settings.cutoff };
    }),
  };
}
