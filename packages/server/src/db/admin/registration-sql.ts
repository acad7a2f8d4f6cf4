import type { LocalDate } from '@cqtt/core';
import type { Registration, RegistrationInput } from '@cqtt/core/admin';
import type { AdminActor, ScopeCodes, WriteOutcome } from '../../admin-repository-types.js';
import type { SqlClient, SqlSession } from '../sql-client.js';
import { recordAudit } from './audit-sql.js';

interface RegistrationRow {
  readonly id: string;
  readonly agency_code: string;
  readonly procedure_code: string;
  readonly valid_from: string;
  readonly valid_to: string | null;
  readonly document: string;
  readonly cutoff: string | null;
  readonly version: string;
}

const columns = `id, agency_code, procedure_code, valid_from::text as valid_from, valid_to::text as valid_to, document, cutoff,
  version::text as version`;

function toRegistration(row: RegistrationRow): Registration {
  return {
    id: row.id,
    agencyCode: row.agency_code,
    procedureCode: row.procedure_code,
    from: row.valid_from,
    ...(row.valid_to !== null && { to: row.valid_to }),
    document: row.document,
    ...(row.cutoff !== null && { cutoff: row.cutoff }),
    version: row.version,
  };
}

const values = (input: RegistrationInput) => [input.agencyCode, input.procedureCode, input.from, input.to ?? null, input.document, input.cutoff ?? null];

export async function listRegistrations(
  db: SqlSession,
  query: { readonly agencyCode?: string; readonly on?: LocalDate; readonly scope: ScopeCodes },
): Promise<Registration[]> {
  const rows = await db.query<RegistrationRow>(
    `select ${columns} from same_day
     where ($1::text is null or agency_code = $1) and ($2::date is null or (valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)))
       and ($3::text[] is null or agency_code = any($3::text[]))
     order by agency_code, position, valid_from`,
    [query.agencyCode ?? null, query.on ?? null, query.scope ? [...query.scope] : null],
  );
  return rows.rows.map(toRegistration);
}

export async function findRegistration(db: SqlSession, id: string, lock = false): Promise<Registration | undefined> {
  const row = (await db.query<RegistrationRow>(`select ${columns} from same_day where id = $1${lock ? ' for update' : ''}`, [id])).rows[0];
  return row && toRegistration(row);
}

export async function createRegistration(db: SqlClient, input: RegistrationInput, actor: AdminActor): Promise<Registration> {
  return db.transaction(async (tx) => {
    const row = (
      await tx.query<RegistrationRow>(
        `insert into same_day (id, agency_code, procedure_code, valid_from, valid_to, document, cutoff, position, data)
         values ('sd-' || nextval('admin_versions'), $1, $2, $3::date, $4::date, $5, $6,
           (select coalesce(max(position) + 1, 0) from same_day), jsonb_build_object('agencyCode', $1::text, 'procedureCode', $2::text))
         returning ${columns}`,
        values(input),
      )
    ).rows[0]!;
    const created = toRegistration(row);
    await recordAudit(tx, actor, { action: 'create', entity: 'registration', key: created.id, agencyCode: created.agencyCode, before: null, after: created });
    return created;
  });
}

export async function updateRegistration(db: SqlClient, id: string, input: RegistrationInput, expected: string, actor: AdminActor): Promise<WriteOutcome<Registration>> {
  return db.transaction(async (tx) => {
    const before = await findRegistration(tx, id, true);
    if (!before) return { kind: 'missing' };
    if (before.version !== expected) return { kind: 'conflict', current: before };
    const row = (
      await tx.query<RegistrationRow>(
        `update same_day set agency_code = $2, procedure_code = $3, valid_from = $4::date, valid_to = $5::date, document = $6, cutoff = $7,
           data = data || jsonb_build_object('agencyCode', $2::text, 'procedureCode', $3::text), version = nextval('admin_versions')
         where id = $1 returning ${columns}`,
        [id, ...values(input)],
      )
    ).rows[0]!;
    const value = toRegistration(row);
    await recordAudit(tx, actor, { action: 'update', entity: 'registration', key: id, agencyCode: value.agencyCode, before, after: value });
    return { kind: 'done', value };
  });
}

export async function deleteRegistration(db: SqlClient, id: string, expected: string, actor: AdminActor): Promise<WriteOutcome<Registration>> {
  return db.transaction(async (tx) => {
    const before = await findRegistration(tx, id, true);
    if (!before) return { kind: 'missing' };
    if (before.version !== expected) return { kind: 'conflict', current: before };
    await tx.query('delete from same_day where id = $1', [id]);
    await recordAudit(tx, actor, { action: 'delete', entity: 'registration', key: id, agencyCode: before.agencyCode, before, after: null });
    return { kind: 'done', value: before };
  });
}
