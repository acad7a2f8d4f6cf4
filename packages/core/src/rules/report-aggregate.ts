import { vietnamDateOf } from '../calendar/vietnam-time.js';
import type { Instant, LocalDate } from '../calendar/time-types.js';
import type { Catalog } from '../catalog/model.js';
import type { Dossier, ReportQuery, ReportRow } from '../api/model.js';
import type { StoredSurvey } from '../api/memory-adapter.js';
import {
  classifyTimeliness,
  completedAt,
  defaultCloseGraceMinutes,
  isFridayReceived,
  isFridayReturned,
  isResolvedNotClosed,
  isSameDayResolved,
} from './report-rules.js';

type Satisfaction = [number, number, number, number, number];
type MutableRow = { -readonly [K in keyof ReportRow]: K extends 'satisfaction' ? Satisfaction : ReportRow[K] };

function emptyRow(agencyCode: string): MutableRow {
  return {
    agencyCode,
    received: 0,
    resolved: 0,
    returned: 0,
    early: 0,
    onTime: 0,
    late: 0,
    sameDayEligible: 0,
    sameDayResolved: 0,
    fridayReceived: 0,
    fridayReturned: 0,
    resolvedNotClosed: 0,
    surveys: 0,
    satisfaction: [0, 0, 0, 0, 0],
  };
}

/**
 * The monthly-briefing figures per agency, in the catalog's agency order, computed in memory with the report rules
 * (`completedAt`, `classifyTimeliness`, …): the same definitions as the server's SQL, for the offline demo, the
 * memory adapter and tests. `now` is the server's time (for "resolved but not closed"); a survey belongs to its
 * dossier's agency and counts in the period it was received. Surveys of unknown dossiers are ignored.
 */
export function aggregateReport(
  dossiers: readonly Dossier[],
  surveys: readonly StoredSurvey[],
  catalog: Pick<Catalog, 'agencies' | 'sameDay'>,
  query: ReportQuery,
  now: Instant,
  graceMinutes: number = defaultCloseGraceMinutes,
): ReportRow[] {
  const agencies = catalog.agencies.filter((agency) => query.agencyCode === undefined || agency.code === query.agencyCode);
  const rows = new Map(agencies.map((agency) => [agency.code, emptyRow(agency.code)]));
  const sameDay = new Set(catalog.sameDay.map((entry) => `${entry.agencyCode}\n${entry.procedureCode}`));
  const inPeriod = (instant: Instant | undefined): boolean => {
    if (instant === undefined) return false;
    const date: LocalDate = vietnamDateOf(instant);
    return date >= query.from && date <= query.to;
  };
  const byId = new Map<string, Dossier>();
  for (const dossier of dossiers) {
    byId.set(dossier.id, dossier);
    const row = rows.get(dossier.agencyCode);
    if (!row) continue;
    if (inPeriod(dossier.receivedAt) && dossier.status !== 'registered' && dossier.status !== 'rejected') {
      row.received += 1;
      if (sameDay.has(`${dossier.agencyCode}\n${dossier.procedureCode}`)) {
        row.sameDayEligible += 1;
        if (isSameDayResolved(dossier)) row.sameDayResolved += 1;
        if (isFridayReceived(dossier)) row.fridayReceived += 1;
        if (isFridayReturned(dossier)) row.fridayReturned += 1;
      }
    }
    if (inPeriod(dossier.returnedAt)) row.returned += 1;
    if (!inPeriod(completedAt(dossier))) continue;
    row.resolved += 1;
    const timeliness = classifyTimeliness(dossier);
    if (timeliness === 'early') row.early += 1;
    else if (timeliness === 'on-time') row.onTime += 1;
    else if (timeliness === 'late') row.late += 1;
    if (isResolvedNotClosed(dossier, now, graceMinutes)) row.resolvedNotClosed += 1;
  }
  for (const survey of surveys) {
    const dossier = byId.get(survey.response.dossierId);
    const row = dossier && rows.get(dossier.agencyCode);
    if (!row || !inPeriod(survey.receivedAt)) continue;
    row.surveys += 1;
    const index = survey.response.level - 1;
    row.satisfaction[index] = (row.satisfaction[index] ?? 0) + 1;
  }
  return [...rows.values()];
}
