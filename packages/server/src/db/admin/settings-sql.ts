import { defaultAgencySettings, type AgencySettings, type AgencySettingsInput } from '@cqtt/core/admin';
import type { AdminActor, WriteOutcome } from '../../admin-repository-types.js';
import type { SqlClient, SqlSession } from '../sql-client.js';
import { recordAudit } from './audit-sql.js';

interface SettingsRow {
  readonly office_hours: AgencySettings['officeHours'];
  readonly friday_rule: boolean;
  readonly cutoff: string;
  readonly procedures: AgencySettings['procedures'];
  readonly updated_by: string;
  readonly updated_at: Date;
  readonly version: string;
}

const columns = 'office_hours, friday_rule, cutoff, procedures, updated_by, updated_at, version::text as version';

function toSettings(agencyCode: string, row: SettingsRow | undefined): AgencySettings {
  if (!row) return defaultAgencySettings(agencyCode);
  return {
    agencyCode,
    officeHours: row.office_hours,
    fridayRule: row.friday_rule,
    cutoff: row.cutoff,
    procedures: row.procedures,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
}

async function read(db: SqlSession, agencyCode: string, lock: boolean): Promise<AgencySettings> {
  const row = (await db.query<SettingsRow>(`select ${columns} from agency_settings where agency_code = $1${lock ? ' for update' : ''}`, [agencyCode])).rows[0];
  return toSettings(agencyCode, row);
}

/** An agency's settings, or the defaults (version "0") when it never saved any. */
export async function agencySettings(db: SqlSession, agencyCode: string): Promise<AgencySettings> {
  return read(db, agencyCode, false);
}

/** The settings of every agency that saved some. */
export async function savedAgencySettings(db: SqlSession): Promise<AgencySettings[]> {
  const rows = (await db.query<SettingsRow & { agency_code: string }>(`select agency_code, ${columns} from agency_settings order by agency_code`)).rows;
  return rows.map((row) => toSettings(row.agency_code, row));
}

export async function saveAgencySettings(db: SqlClient, agencyCode: string, input: AgencySettingsInput, expected: string, actor: AdminActor): Promise<WriteOutcome<AgencySettings>> {
  return db.transaction(async (tx) => {
    const before = await read(tx, agencyCode, true);
    if (before.version !== expected) return { kind: 'conflict', current: before };
    const params = [agencyCode, JSON.stringify(input.officeHours), input.fridayRule, input.cutoff, JSON.stringify(input.procedures), actor.subject, new Date(actor.at).toISOString()];
    const written =
      before.version === '0'
        ? await tx.query<SettingsRow>(
            `insert into agency_settings (agency_code, office_hours, friday_rule, cutoff, procedures, updated_by, updated_at)
             values ($1, $2::jsonb, $3, $4, $5::jsonb, $6, $7) on conflict (agency_code) do nothing returning ${columns}`,
            params,
          )
        : await tx.query<SettingsRow>(
            `update agency_settings set office_hours = $2::jsonb, friday_rule = $3, cutoff = $4, procedures = $5::jsonb, updated_by = $6,
               updated_at = $7, version = nextval('admin_versions') where agency_code = $1 returning ${columns}`,
            params,
          );
    const row = written.rows[0];
    if (!row) return { kind: 'conflict', current: await read(tx, agencyCode, false) };
    const value = toSettings(agencyCode, row);
    await recordAudit(tx, actor, { action: 'update', entity: 'settings', key: agencyCode, agencyCode, before, after: value });
    return { kind: 'done', value };
  });
}

export async function resetAgencySettings(db: SqlClient, agencyCode: string, expected: string, actor: AdminActor): Promise<WriteOutcome<AgencySettings>> {
  return db.transaction(async (tx) => {
    const before = await read(tx, agencyCode, true);
    if (before.version !== expected) return { kind: 'conflict', current: before };
    if (before.version === '0') return { kind: 'done', value: before };
    await tx.query('delete from agency_settings where agency_code = $1', [agencyCode]);
    const value = defaultAgencySettings(agencyCode);
    await recordAudit(tx, actor, { action: 'delete', entity: 'settings', key: agencyCode, agencyCode, before, after: value });
    return { kind: 'done', value };
  });
}
