import { builtInCalendarYear } from '@cqtt/core';
import type { AdminCalendarYear, CalendarYearInput } from '@cqtt/core/admin';
import type { AdminActor, WriteOutcome } from '../../admin-repository-types.js';
import type { SqlClient, SqlSession } from '../sql-client.js';
import { recordAudit } from './audit-sql.js';

interface YearRow {
  readonly year: number;
  readonly days_off: string[];
  readonly working_days: string[];
  readonly source: string;
  readonly published_by: string;
  readonly published_at: Date;
  readonly version: string;
}

const yearColumns = 'year, days_off, working_days, source, published_by, published_at, version::text as version';

function served(year: number, row: YearRow | undefined): AdminCalendarYear {
  if (!row) {
    const builtIn = builtInCalendarYear(year);
    return { year, daysOff: [...builtIn.daysOff], workingDays: [...builtIn.workingDays], status: builtIn.status, source: builtIn.source, version: '0' };
  }
  return {
    year,
    daysOff: row.days_off,
    workingDays: row.working_days,
    status: 'published',
    source: row.source,
    publishedBy: row.published_by,
    publishedAt: row.published_at.toISOString(),
    version: row.version,
  };
}

async function lockedYear(tx: SqlSession, year: number): Promise<YearRow | undefined> {
  return (await tx.query<YearRow>(`select ${yearColumns} from calendar_years where year = $1 for update`, [year])).rows[0];
}

/** The year as served: published > built-in official > computed. */
export async function calendarYear(db: SqlSession, year: number): Promise<AdminCalendarYear> {
  return served(year, (await db.query<YearRow>(`select ${yearColumns} from calendar_years where year = $1`, [year])).rows[0]);
}

/**
 * Publishes (replaces) a year when `expected` is the version served. A year never published is version "0": two
 * first publications at once insert one row, and the other finds the row and a version that is not "0".
 */
export async function publishCalendar(db: SqlClient, year: number, input: CalendarYearInput, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminCalendarYear>> {
  return db.transaction(async (tx) => {
    const row = await lockedYear(tx, year);
    const before = served(year, row);
    if (before.version !== expected) return { kind: 'conflict', current: before };
    const values = [year, JSON.stringify([...input.daysOff].sort()), JSON.stringify([...input.workingDays].sort()), input.source, actor.subject, new Date(actor.at).toISOString()];
    const written = row
      ? await tx.query<YearRow>(
          `update calendar_years set days_off = $2::jsonb, working_days = $3::jsonb, source = $4, published_by = $5, published_at = $6,
             version = nextval('admin_versions') where year = $1 returning ${yearColumns}`,
          values,
        )
      : await tx.query<YearRow>(
          `insert into calendar_years (year, days_off, working_days, source, published_by, published_at)
           values ($1, $2::jsonb, $3::jsonb, $4, $5, $6) on conflict (year) do nothing returning ${yearColumns}`,
          values,
        );
    const after = written.rows[0];
    if (!after) return { kind: 'conflict', current: await calendarYear(tx, year) };
    const value = served(year, after);
    await recordAudit(tx, actor, { action: 'publish', entity: 'calendar', key: String(year), agencyCode: undefined, before, after: value });
    return { kind: 'done', value };
  });
}

/** Withdraws a published year: it is served from the built-in data again. A year not published is `missing`. */
export async function unpublishCalendar(db: SqlClient, year: number, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminCalendarYear>> {
  return db.transaction(async (tx) => {
    const row = await lockedYear(tx, year);
    const before = served(year, row);
    if (before.version !== expected) return { kind: 'conflict', current: before };
    if (!row) return { kind: 'missing' };
    await tx.query('delete from calendar_years where year = $1', [year]);
    const value = served(year, undefined);
    await recordAudit(tx, actor, { action: 'unpublish', entity: 'calendar', key: String(year), agencyCode: undefined, before, after: value });
    return { kind: 'done', value };
  });
}
