import type { AuditAction, AuditEntity, AuditEntry, AuditPage } from '@cqtt/core/admin';
import type { AdminActor, ScopeCodes } from '../../admin-repository-types.js';
import type { SqlSession } from '../sql-client.js';

interface AuditRow {
  readonly id: string;
  readonly at: Date;
  readonly subject: string;
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  readonly key: string;
  readonly agency_code: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

/** One write to record: what changed, from what to what. */
export interface AuditWrite {
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  readonly key: string;
  readonly agencyCode: string | undefined;
  readonly before: unknown;
  readonly after: unknown;
}

/** Appends the audit row of a write; call it in the write's transaction. */
export async function recordAudit(tx: SqlSession, actor: AdminActor, write: AuditWrite): Promise<void> {
  await tx.query(
    `insert into admin_audit (at, subject, action, entity, key, agency_code, before, after)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      new Date(actor.at).toISOString(),
      actor.subject,
      write.action,
      write.entity,
      write.key,
      write.agencyCode ?? null,
      JSON.stringify(write.before ?? null),
      JSON.stringify(write.after ?? null),
    ],
  );
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    subject: row.subject,
    action: row.action,
    entity: row.entity,
    key: row.key,
    ...(row.agency_code !== null && { agencyCode: row.agency_code }),
    before: row.before,
    after: row.after,
  };
}

/** A page of the trail, newest first, one more row read to know whether there is a next page. */
export async function listAudit(db: SqlSession, query: { readonly limit: number; readonly before?: string; readonly scope: ScopeCodes }): Promise<AuditPage> {
  const rows = (
    await db.query<AuditRow>(
      `select id::text as id, at, subject, action, entity, key, agency_code, before, after from admin_audit
       where ($1::bigint is null or id < $1::bigint) and ($2::text[] is null or agency_code = any($2::text[]))
       order by id desc limit $3`,
      [query.before ?? null, query.scope ? [...query.scope] : null, query.limit + 1],
    )
  ).rows;
  const items = rows.slice(0, query.limit).map(toEntry);
  const last = items[items.length - 1];
  return { items, ...(rows.length > query.limit && last && { next: last.id }) };
}
