/**
 * The monthly-briefing figures per agency, in one statement. Parameters: $1 agency code or null for all, $2 the
 * moment before which a finished dossier that is still not closed is reported (now minus the grace), $3 and $4 the
 * instants the period starts and ends: midnight in Vietnam at the start of its first day and after its last,
 * computed once by the caller, so "in the period" is a range of stored instants that an index answers. Dates
 * within a dossier (due, same day, Friday) are its calendar dates in Vietnam.
 *
 * The per-dossier definitions are those of `@cqtt/core`'s report rules (`completedAt`, `classifyTimeliness`,
 * `isSameDayResolved`, `isFridayReceived`, `isFridayReturned`, `isResolvedNotClosed`); "finished" is the earlier of
 * resolved and returned (`least`, which skips nulls). Which dossiers each figure counts:
 * - received: received in the period, not `registered` (not yet accepted) nor `rejected`;
 * - resolved: finished in the period; returned: returned in the period;
 * - early / onTime / late: finished in the period, with an appointment, by date against the appointment's date;
 * - sameDayEligible: received dossiers of a procedure the agency had registered as same-day on the date received
 *   (a registration's validity, not today's list: a past month keeps its figures);
 *   sameDayResolved: of those, finished on the date received;
 * - fridayReceived: eligible dossiers received on a Friday; fridayReturned: of those, finished that Friday;
 * - resolvedNotClosed: finished in the period, before $2, and never closed ("kết thúc hồ sơ");
 * - surveys / satisfaction: answers received in the period for the agency's dossiers.
 */
export const reportSql = `
with d as (
  select dossiers.agency_code,
    dossiers.status,
    dossiers.received_at >= $3::timestamptz and dossiers.received_at < $4::timestamptz as received_in_period,
    (dossiers.received_at at time zone 'Asia/Ho_Chi_Minh') as received_local,
    (dossiers.received_at at time zone 'Asia/Ho_Chi_Minh')::date as received_on,
    least(dossiers.resolved_at, dossiers.returned_at) as completed_at,
    (least(dossiers.resolved_at, dossiers.returned_at) at time zone 'Asia/Ho_Chi_Minh')::date as completed_on,
    dossiers.returned_at >= $3::timestamptz and dossiers.returned_at < $4::timestamptz as returned_in_period,
    (dossiers.appointment_at at time zone 'Asia/Ho_Chi_Minh')::date as due_on,
    dossiers.closed_at,
    exists (
      select 1 from same_day s
      where s.agency_code = dossiers.agency_code and s.procedure_code = dossiers.procedure_code
        and s.valid_from <= (dossiers.received_at at time zone 'Asia/Ho_Chi_Minh')::date
        and (s.valid_to is null or s.valid_to >= (dossiers.received_at at time zone 'Asia/Ho_Chi_Minh')::date)
    ) as same_day
  from dossiers
  where ($1::text is null or dossiers.agency_code = $1::text)
    -- Only dossiers received, resolved or returned in the period count in it (finished in the period means the
    -- earlier of resolved and returned falls in it, so one of them does): three index ranges, never a full scan.
    and ((dossiers.received_at >= $3::timestamptz and dossiers.received_at < $4::timestamptz)
      or (dossiers.resolved_at >= $3::timestamptz and dossiers.resolved_at < $4::timestamptz)
      or (dossiers.returned_at >= $3::timestamptz and dossiers.returned_at < $4::timestamptz))
    and dossiers.received_at < $4::timestamptz
),
m as (
  select *,
    received_in_period and status not in ('registered', 'rejected') as counted,
    completed_at >= $3::timestamptz and completed_at < $4::timestamptz as completed_in_period
  from d
),
f as (
  select agency_code,
    count(*) filter (where counted) as received,
    count(*) filter (where completed_in_period) as resolved,
    count(*) filter (where returned_in_period) as returned,
    count(*) filter (where completed_in_period and completed_on < due_on) as early,
    count(*) filter (where completed_in_period and completed_on = due_on) as on_time,
    count(*) filter (where completed_in_period and completed_on > due_on) as late,
    count(*) filter (where counted and same_day) as same_day_eligible,
    count(*) filter (where counted and same_day and completed_on = received_on) as same_day_resolved,
    count(*) filter (where counted and same_day and extract(isodow from received_local) = 5) as friday_received,
    count(*) filter (where counted and same_day and extract(isodow from received_local) = 5
      and completed_on = received_on) as friday_returned,
    count(*) filter (where completed_in_period and closed_at is null and completed_at < $2::timestamptz)
      as resolved_not_closed
  from m
  group by agency_code
),
s as (
  select dossiers.agency_code,
    count(*) as surveys,
    count(*) filter (where surveys.level = 1) as level1,
    count(*) filter (where surveys.level = 2) as level2,
    count(*) filter (where surveys.level = 3) as level3,
    count(*) filter (where surveys.level = 4) as level4,
    count(*) filter (where surveys.level = 5) as level5
  from surveys
  join dossiers on dossiers.id = surveys.dossier_id
  where surveys.received_at >= $3::timestamptz and surveys.received_at < $4::timestamptz
    and ($1::text is null or dossiers.agency_code = $1::text)
  group by dossiers.agency_code
)
select a.code as agency_code,
  coalesce(f.received, 0)::int as received,
  coalesce(f.resolved, 0)::int as resolved,
  coalesce(f.returned, 0)::int as returned,
  coalesce(f.early, 0)::int as early,
  coalesce(f.on_time, 0)::int as on_time,
  coalesce(f.late, 0)::int as late,
  coalesce(f.same_day_eligible, 0)::int as same_day_eligible,
  coalesce(f.same_day_resolved, 0)::int as same_day_resolved,
  coalesce(f.friday_received, 0)::int as friday_received,
  coalesce(f.friday_returned, 0)::int as friday_returned,
  coalesce(f.resolved_not_closed, 0)::int as resolved_not_closed,
  coalesce(s.surveys, 0)::int as surveys,
  coalesce(s.level1, 0)::int as level1,
  coalesce(s.level2, 0)::int as level2,
  coalesce(s.level3, 0)::int as level3,
  coalesce(s.level4, 0)::int as level4,
  coalesce(s.level5, 0)::int as level5
from agencies a
left join f on f.agency_code = a.code
left join s on s.agency_code = a.code
where $1::text is null or a.code = $1::text
order by a.position`;

/** One row of `reportSql`, as the database returns it. */
export interface ReportSqlRow {
  readonly agency_code: string;
  readonly received: number;
  readonly resolved: number;
  readonly returned: number;
  readonly early: number;
  readonly on_time: number;
  readonly late: number;
  readonly same_day_eligible: number;
  readonly same_day_resolved: number;
  readonly friday_received: number;
  readonly friday_returned: number;
  readonly resolved_not_closed: number;
  readonly surveys: number;
  readonly level1: number;
  readonly level2: number;
  readonly level3: number;
  readonly level4: number;
  readonly level5: number;
}
