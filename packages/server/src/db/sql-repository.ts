import {
  defaultCloseGraceMinutes,
  type Agency,
  type Catalog,
  type Dossier,
  type DossierQuery,
  type DossierStatus,
  type Instant,
  type LocalDate,
  type Message,
  type MessageKind,
  type Procedure,
  type ReportQuery,
  type ReportRow,
  type SameDayRegistration,
  type SatisfactionLevel,
  type SurveyResponse,
  type SurveyStatus,
} from '@cqtt/core';
import type { MessageScreen } from '@cqtt/core/admin';
import type { AdminRepository } from '../admin-repository-types.js';
import type { IdempotencyClaim, Repository, StoredMessage, StoredResponse, SurveyOutcome } from '../repository-types.js';
import { SqlAdminRepository } from './admin/sql-admin-repository.js';
import { purgeIdempotencyKeys } from './housekeeping.js';
import { openDatabase, type DatabaseLocation } from './open.js';
import { reportSql, type ReportSqlRow } from './report-sql.js';
import type { SqlClient, SqlSession } from './sql-client.js';

interface DossierRow {
  readonly id: string;
  readonly procedure_code: string;
  readonly agency_code: string;
  readonly status: DossierStatus;
  readonly received_at: Date;
  readonly appointment_at: Date | null;
  readonly resolved_at: Date | null;
  readonly returned_at: Date | null;
  readonly closed_at: Date | null;
  readonly procedure_name: string | null;
}

interface MessageRow {
  readonly id: string;
  readonly kind: MessageKind;
  readonly text: string;
  readonly href: string | null;
}

interface IdempotencyRow {
  readonly request_hash: string;
  readonly state: 'pending' | 'done';
  readonly status: number | null;
  readonly body: unknown;
  readonly created_at: Date;
}

const dossierColumns = 'id, procedure_code, agency_code, status, received_at, appointment_at, resolved_at, returned_at, closed_at';
/** A dossier with its procedure's name from the catalog, for display. */
const dossierSelect = `select d.id, d.procedure_code, d.agency_code, d.status, d.received_at, d.appointment_at, d.resolved_at,
  d.returned_at, d.closed_at, p.data->>'name' as procedure_name
  from dossiers d left join procedures p on p.code = d.procedure_code`;
const hasResult: readonly DossierStatus[] = ['resolved', 'returned'];
const vietnamOffsetMs = 7 * 3_600_000;
const dayMs = 86_400_000;

function iso(instant: Instant | undefined): string | null {
  return instant === undefined ? null : new Date(instant).toISOString();
}

/** Midnight at the start of a Vietnam calendar date, as an instant. */
function vietnamMidnight(date: string): Instant {
  return Date.parse(`${date}T00:00:00Z`) - vietnamOffsetMs;
}

function toDossier(row: DossierRow): Dossier {
  return {
    id: row.id,
    procedureCode: row.procedure_code,
    agencyCode: row.agency_code,
    status: row.status,
    receivedAt: row.received_at.getTime(),
    ...(row.appointment_at && { appointmentAt: row.appointment_at.getTime() }),
    ...(row.resolved_at && { resolvedAt: row.resolved_at.getTime() }),
    ...(row.returned_at && { returnedAt: row.returned_at.getTime() }),
    ...(row.closed_at && { closedAt: row.closed_at.getTime() }),
    ...(row.procedure_name !== null && { procedureName: row.procedure_name }),
  };
}

function toReportRow(row: ReportSqlRow): ReportRow {
  return {
    agencyCode: row.agency_code,
    received: row.received,
    resolved: row.resolved,
    returned: row.returned,
    early: row.early,
    onTime: row.on_time,
    late: row.late,
    sameDayEligible: row.same_day_eligible,
    sameDayResolved: row.same_day_resolved,
    fridayReceived: row.friday_received,
    fridayReturned: row.friday_returned,
    resolvedNotClosed: row.resolved_not_closed,
    surveys: row.surveys,
    satisfaction: [row.level1, row.level2, row.level3, row.level4, row.level5],
  };
}

async function existingSurvey(tx: SqlSession, dossierId: string): Promise<SurveyStatus | undefined> {
  const rows = (
    await tx.query<{ level: number; received_at: Date }>('select level, received_at from surveys where dossier_id = $1', [dossierId])
  ).rows;
  const row = rows[0];
  if (!row) return undefined;
  return { dossierId, answered: true, level: row.level as SatisfactionLevel, answeredAt: row.received_at.getTime() };
}

/**
 * The reference `Repository`, in SQL that runs unchanged on PGlite and on a PostgreSQL server. Every statement that
 * must be atomic runs in one transaction; concurrent writers (many processes on PostgreSQL) are settled by the
 * primary keys (`on conflict`), never by reading first.
 */
export class SqlRepository implements Repository {
  readonly #db: SqlClient;
  readonly admin: AdminRepository;

  /** Wraps an open, migrated database; see `openRepository`. */
  constructor(db: SqlClient) {
    this.#db = db;
    this.admin = new SqlAdminRepository(db);
  }

  async emptiness(): Promise<{ catalog: boolean; dossiers: boolean; messages: boolean }> {
    const row = (
      await this.#db.query<{ agencies: boolean; dossiers: boolean; messages: boolean }>(
        `select not exists (select 1 from agencies) as agencies, not exists (select 1 from dossiers) as dossiers,
          not exists (select 1 from messages) as messages`,
      )
    ).rows[0];
    return { catalog: row?.agencies ?? true, dossiers: row?.dossiers ?? true, messages: row?.messages ?? true };
  }

  async saveCatalog(catalog: Catalog): Promise<void> {
    await this.#db.transaction(async (tx) => {
      await tx.query(
        `insert into agencies (code, position, data)
         select x.code, x.position, x.data from jsonb_to_recordset($1::jsonb) as x(code text, position int, data jsonb)
         on conflict (code) do update set position = excluded.position, data = excluded.data`,
        [JSON.stringify(catalog.agencies.map((data, position) => ({ code: data.code, position, data })))],
      );
      await tx.query(
        `insert into procedures (code, position, data)
         select x.code, x.position, x.data from jsonb_to_recordset($1::jsonb) as x(code text, position int, data jsonb)
         on conflict (code) do update set position = excluded.position, data = excluded.data`,
        [JSON.stringify(catalog.procedures.map((data, position) => ({ code: data.code, position, data })))],
      );
      await tx.query(
        // The catalog's registrations are the plan's: the columns' defaults date them from it (migration 8).
        `insert into same_day (id, agency_code, procedure_code, position, data)
         select 'sd-' || substr(md5((x.data->>'agencyCode') || '|' || (x.data->>'procedureCode')), 1, 16),
           x.data->>'agencyCode', x.data->>'procedureCode', x.position, x.data
         from jsonb_to_recordset($1::jsonb) as x(position int, data jsonb)
         on conflict (id) do update set position = excluded.position, data = excluded.data`,
        [JSON.stringify(catalog.sameDay.map((data, position) => ({ position, data })))],
      );
    });
  }

  async agencies(): Promise<Agency[]> {
    return (await this.#db.query<{ data: Agency }>('select data from agencies order by position')).rows.map((row) => row.data);
  }

  async procedures(): Promise<Procedure[]> {
    return (await this.#db.query<{ data: Procedure }>('select data from procedures order by position')).rows.map((row) => row.data);
  }

  async sameDay(on: LocalDate): Promise<SameDayRegistration[]> {
    const rows = await this.#db.query<{ data: SameDayRegistration }>(
      `select data from same_day where valid_from <= $1::date and (valid_to is null or valid_to >= $1::date) order by position, valid_from`,
      [on],
    );
    return rows.rows.map((row) => row.data);
  }

  async hasAgency(code: string): Promise<boolean> {
    return (await this.#db.query('select 1 from agencies where code = $1', [code])).rows.length > 0;
  }

  async saveDossiers(dossiers: readonly Dossier[]): Promise<void> {
    const rows = dossiers.map((d) => ({
      id: d.id,
      procedure_code: d.procedureCode,
      agency_code: d.agencyCode,
      status: d.status,
      received_at: iso(d.receivedAt),
      appointment_at: iso(d.appointmentAt),
      resolved_at: iso(d.resolvedAt),
      returned_at: iso(d.returnedAt),
      closed_at: iso(d.closedAt),
    }));
    await this.#db.query(
      `insert into dossiers (${dossierColumns})
       select ${dossierColumns} from jsonb_to_recordset($1::jsonb) as x(id text, procedure_code text, agency_code text,
         status text, received_at timestamptz, appointment_at timestamptz, resolved_at timestamptz,
         returned_at timestamptz, closed_at timestamptz)
       on conflict (id) do update set procedure_code = excluded.procedure_code, agency_code = excluded.agency_code,
         status = excluded.status, received_at = excluded.received_at, appointment_at = excluded.appointment_at,
         resolved_at = excluded.resolved_at, returned_at = excluded.returned_at, closed_at = excluded.closed_at`,
      [JSON.stringify(rows)],
    );
  }

  async saveSurveys(surveys: readonly SurveyResponse[]): Promise<void> {
    const rows = surveys.map((s) => ({
      dossier_id: s.dossierId,
      level: s.level,
      shortcomings: s.shortcomings,
      praise: s.praise,
      callback_consent: s.callbackConsent,
      voted_at: iso(s.votedAt),
    }));
    await this.#db.query(
      `insert into surveys (dossier_id, level, shortcomings, praise, callback_consent, voted_at, received_at)
       select dossier_id, level, shortcomings, praise, callback_consent, voted_at, voted_at
       from jsonb_to_recordset($1::jsonb) as x(dossier_id text, level smallint, shortcomings jsonb, praise jsonb,
         callback_consent boolean, voted_at timestamptz)
       on conflict (dossier_id) do nothing`,
      [JSON.stringify(rows)],
    );
  }

  async dossier(id: string): Promise<Dossier | undefined> {
    const row = (await this.#db.query<DossierRow>(`${dossierSelect} where d.id = $1`, [id])).rows[0];
    return row && toDossier(row);
  }

  async latestReceipt(): Promise<Instant | undefined> {
    const row = (await this.#db.query<{ latest: Date | null }>('select max(received_at) as latest from dossiers')).rows[0];
    return row?.latest?.getTime() ?? undefined;
  }

  async dossiers(query: DossierQuery, agencyCodes?: readonly string[]): Promise<Dossier[]> {
    const from = query.from === undefined ? null : iso(vietnamMidnight(query.from));
    const before = query.to === undefined ? null : iso(vietnamMidnight(query.to) + dayMs);
    const rows = await this.#db.query<DossierRow>(
      `${dossierSelect}
       where ($1::text is null or d.agency_code = $1)
         and ($2::text[] is null or d.status = any($2::text[]))
         and ($3::timestamptz is null or d.received_at >= $3::timestamptz)
         and ($4::timestamptz is null or d.received_at < $4::timestamptz)
         and ($6::text[] is null or d.agency_code = any($6::text[]))
       order by d.received_at desc, d.id
       limit $5`,
      [query.agencyCode ?? null, query.status ? [...query.status] : null, from, before, query.limit ?? 100, agencyCodes ? [...agencyCodes] : null],
    );
    return rows.rows.map(toDossier);
  }

  async saveMessages(messages: readonly StoredMessage[]): Promise<void> {
    await this.#db.query(
      `insert into messages (id, position, kind, text_vi, text_en, href)
       select x.id, x.position, x.kind, x.vi, x.en, x.href
       from jsonb_to_recordset($1::jsonb) as x(id text, position int, kind text, vi text, en text, href text)
       on conflict (id) do update set position = excluded.position, kind = excluded.kind, text_vi = excluded.text_vi,
         text_en = excluded.text_en, href = excluded.href`,
      [JSON.stringify(messages.map((message, position) => ({ ...message, href: message.href ?? null, position })))],
    );
  }

  async messages(locale: 'vi' | 'en', on: LocalDate, screen?: MessageScreen): Promise<Message[]> {
    const column = locale === 'en' ? 'text_en' : 'text_vi';
    const rows = await this.#db.query<MessageRow>(
      `select id, kind, ${column} as text, href from messages
       where (valid_from is null or valid_from <= $1::date) and (valid_to is null or valid_to >= $1::date)
         and ($2::text is null or screens ? $2::text)
       order by position, id`,
      [on, screen ?? null],
    );
    return rows.rows.map((row) => ({ id: row.id, kind: row.kind, text: row.text, ...(row.href !== null && { href: row.href }) }));
  }

  async removeMessage(id: string): Promise<void> {
    await this.#db.query('delete from messages where id = $1', [id]);
  }

  async surveyStatus(dossierId: string): Promise<SurveyStatus | undefined> {
    if ((await this.#db.query('select 1 from dossiers where id = $1', [dossierId])).rows.length === 0) return undefined;
    return (await existingSurvey(this.#db, dossierId)) ?? { dossierId, answered: false };
  }

  async callbackPhone(dossierId: string): Promise<string | undefined> {
    const row = (
      await this.#db.query<{ phone: string }>('select phone from surveys where dossier_id = $1 and callback_consent and phone is not null', [dossierId])
    ).rows[0];
    return row?.phone;
  }

  async surveyCount(): Promise<number> {
    return (await this.#db.query<{ n: number }>('select count(*)::int as n from surveys')).rows[0]?.n ?? 0;
  }

  async claimIdempotencyKey(key: string, requestHash: string, now: Instant, staleAfterMs: number): Promise<IdempotencyClaim> {
    return this.#db.transaction(async (tx): Promise<IdempotencyClaim> => {
      const inserted = await tx.query(
        `insert into idempotency_keys (key, request_hash, state, created_at) values ($1, $2, 'pending', $3)
         on conflict (key) do nothing returning key`,
        [key, requestHash, iso(now)],
      );
      if (inserted.rows.length > 0) return { kind: 'claimed' };
      const row = (
        await tx.query<IdempotencyRow>('select request_hash, state, status, body, created_at from idempotency_keys where key = $1', [key])
      ).rows[0];
      if (!row || row.request_hash !== requestHash) return { kind: 'mismatch' };
      if (row.state === 'done') return { kind: 'replay', response: { status: row.status ?? 500, body: row.body } };
      if (now - row.created_at.getTime() < staleAfterMs) return { kind: 'in-flight' };
      const takenOver = await tx.query(
        `update idempotency_keys set created_at = $2 where key = $1 and state = 'pending' and created_at = $3 returning key`,
        [key, iso(now), row.created_at.toISOString()],
      );
      return takenOver.rows.length > 0 ? { kind: 'claimed' } : { kind: 'in-flight' };
    });
  }

  async purgeIdempotencyKeys(before: Instant): Promise<number> {
    return purgeIdempotencyKeys(this.#db, before);
  }

  async releaseIdempotencyKey(key: string): Promise<void> {
    await this.#db.query(`delete from idempotency_keys where key = $1 and state = 'pending'`, [key]);
  }

  async recordSurvey(
    key: string,
    survey: SurveyResponse,
    now: Instant,
    respond: (outcome: SurveyOutcome) => StoredResponse,
  ): Promise<StoredResponse> {
    return this.#db.transaction(async (tx) => {
      const outcome = await this.#offerSurvey(tx, survey, now);
      const response = respond(outcome);
      await tx.query(`update idempotency_keys set state = 'done', status = $2, body = $3::jsonb where key = $1`, [
        key,
        response.status,
        JSON.stringify(response.body),
      ]);
      return response;
    });
  }

  async #offerSurvey(tx: SqlSession, survey: SurveyResponse, now: Instant): Promise<SurveyOutcome> {
    const dossier = (await tx.query<{ status: DossierStatus }>('select status from dossiers where id = $1', [survey.dossierId])).rows[0];
    if (!dossier) return { kind: 'dossier-not-found' };
    if (!hasResult.includes(dossier.status)) return { kind: 'no-result', status: dossier.status };
    const inserted = await tx.query(
      `insert into surveys (dossier_id, level, shortcomings, praise, comment, phone, callback_consent, voted_at, received_at)
       values ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9)
       on conflict (dossier_id) do nothing returning dossier_id`,
      [
        survey.dossierId,
        survey.level,
        JSON.stringify(survey.shortcomings),
        JSON.stringify(survey.praise),
        survey.comment ?? null,
        survey.phone ?? null,
        survey.callbackConsent,
        iso(survey.votedAt),
        iso(now),
      ],
    );
    if (inserted.rows.length > 0) return { kind: 'created', receivedAt: now };
    const existing = await existingSurvey(tx, survey.dossierId);
    return existing ? { kind: 'exists', existing } : { kind: 'dossier-not-found' };
  }

  async report(query: ReportQuery, now: Instant): Promise<ReportRow[]> {
    const notClosedBefore = iso(now - defaultCloseGraceMinutes * 60_000);
    const periodStart = iso(vietnamMidnight(query.from));
    const periodEnd = iso(vietnamMidnight(query.to) + dayMs);
    const rows = await this.#db.query<ReportSqlRow>(reportSql, [query.agencyCode ?? null, notClosedBefore, periodStart, periodEnd]);
    return rows.rows.map(toReportRow);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}

/** Opens the database at `location` (a PostgreSQL URL, a PGlite folder or `memory://`), migrates it and wraps it. */
export async function openRepository(location: string | DatabaseLocation): Promise<SqlRepository> {
  return new SqlRepository(await openDatabase(location));
}
