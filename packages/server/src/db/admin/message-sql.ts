import type { AdminMessage, AdminMessageInput, MessageScreen } from '@cqtt/core/admin';
import type { AdminActor, ScopeCodes, WriteOutcome } from '../../admin-repository-types.js';
import type { SqlClient, SqlSession } from '../sql-client.js';
import { recordAudit } from './audit-sql.js';

interface MessageRow {
  readonly id: string;
  readonly agency_code: string;
  readonly kind: AdminMessage['kind'];
  readonly text_vi: string;
  readonly text_en: string;
  readonly href: string | null;
  readonly valid_from: string | null;
  readonly valid_to: string | null;
  readonly screens: MessageScreen[];
  readonly position: number;
  readonly version: string;
}

const columns = `id, agency_code, kind, text_vi, text_en, href, valid_from::text as valid_from, valid_to::text as valid_to, screens, position,
  version::text as version`;

function toMessage(row: MessageRow): AdminMessage {
  return {
    id: row.id,
    agencyCode: row.agency_code,
    kind: row.kind,
    textVi: row.text_vi,
    textEn: row.text_en,
    ...(row.href !== null && { href: row.href }),
    ...(row.valid_from !== null && { from: row.valid_from }),
    ...(row.valid_to !== null && { to: row.valid_to }),
    screens: row.screens,
    position: row.position,
    version: row.version,
  };
}

const values = (input: AdminMessageInput) => [
  input.agencyCode,
  input.kind,
  input.textVi,
  input.textEn,
  input.href ?? null,
  input.from ?? null,
  input.to ?? null,
  JSON.stringify(input.screens),
  input.position,
];

export async function listMessages(db: SqlSession, query: { readonly agencyCode?: string; readonly scope: ScopeCodes }): Promise<AdminMessage[]> {
  const rows = await db.query<MessageRow>(
    `select ${columns} from messages where ($1::text is null or agency_code = $1) and ($2::text[] is null or agency_code = any($2::text[]))
     order by position, id`,
    [query.agencyCode ?? null, query.scope ? [...query.scope] : null],
  );
  return rows.rows.map(toMessage);
}

export async function findMessage(db: SqlSession, id: string, lock = false): Promise<AdminMessage | undefined> {
  const row = (await db.query<MessageRow>(`select ${columns} from messages where id = $1${lock ? ' for update' : ''}`, [id])).rows[0];
  return row && toMessage(row);
}

export async function createMessage(db: SqlClient, input: AdminMessageInput, actor: AdminActor): Promise<AdminMessage> {
  return db.transaction(async (tx) => {
    const row = (
      await tx.query<MessageRow>(
        `insert into messages (id, agency_code, kind, text_vi, text_en, href, valid_from, valid_to, screens, position)
         values ('msg-' || nextval('admin_versions'), $1, $2, $3, $4, $5, $6::date, $7::date, $8::jsonb, $9) returning ${columns}`,
        values(input),
      )
    ).rows[0]!;
    const created = toMessage(row);
    await recordAudit(tx, actor, { action: 'create', entity: 'message', key: created.id, agencyCode: created.agencyCode, before: null, after: created });
    return created;
  });
}

export async function updateMessage(db: SqlClient, id: string, input: AdminMessageInput, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminMessage>> {
  return db.transaction(async (tx) => {
    const before = await findMessage(tx, id, true);
    if (!before) return { kind: 'missing' };
    if (before.version !== expected) return { kind: 'conflict', current: before };
    const row = (
      await tx.query<MessageRow>(
        `update messages set agency_code = $2, kind = $3, text_vi = $4, text_en = $5, href = $6, valid_from = $7::date, valid_to = $8::date,
           screens = $9::jsonb, position = $10, version = nextval('admin_versions') where id = $1 returning ${columns}`,
        [id, ...values(input)],
      )
    ).rows[0]!;
    const value = toMessage(row);
    await recordAudit(tx, actor, { action: 'update', entity: 'message', key: id, agencyCode: value.agencyCode, before, after: value });
    return { kind: 'done', value };
  });
}

export async function deleteMessage(db: SqlClient, id: string, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminMessage>> {
  return db.transaction(async (tx) => {
    const before = await findMessage(tx, id, true);
    if (!before) return { kind: 'missing' };
    if (before.version !== expected) return { kind: 'conflict', current: before };
    await tx.query('delete from messages where id = $1', [id]);
    await recordAudit(tx, actor, { action: 'delete', entity: 'message', key: id, agencyCode: before.agencyCode, before, after: null });
    return { kind: 'done', value: before };
  });
}
