import * as v from 'valibot';
import type { Instant } from '../calendar/time-types.js';
import { validateContract } from './contract.js';
import type { DossierMapper } from './dossier-mapper.js';
import type { Dossier, DossierStatus } from './model.js';
import { dossierStatuses, idSchema } from './schemas.js';
import { vietnamInstantOf } from './wire-time.js';

/**
 * The national portal's dossier shape (as provincial one-stop systems synchronise it) and its mapping to ours.
 * Dates are `yyyyMMddHHmmss` in Vietnam time; statuses are TrangThaiHoSo 1-10.
 */

const nationalDatePattern = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/**
 * Reads a national-portal timestamp `yyyyMMddHHmmss` (Vietnam time) as epoch ms, without the host's zone.
 * Returns undefined for anything that is not a real date and time (`20260231120000`, `2026-11-27`, '').
 */
export function parseNationalDateTime(text: string): Instant | undefined {
  const match = nationalDatePattern.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = '', minute = '', second = ''] = match;
  return vietnamInstantOf(`${year}-${month}-${day}`, hour, minute, second);
}

/**
 * A site's TrangThaiHoSo codes → our statuses, over the default table (1 Mới đăng ký … 9 Đã xử lý xong,
 * 10 Đã trả kết quả, as PRODUCT lists them): portals number their statuses from their own tables.
 */
export type NationalStatusTable = Readonly<Record<number, DossierStatus>>;

const defaultStatusTable: NationalStatusTable = Object.fromEntries(dossierStatuses.map((status, index) => [index + 1, status]));

/** TrangThaiHoSo (a number or a numeric string) → our status, by `statuses` over the default table. */
export function nationalStatusOf(code: number | string, statuses: NationalStatusTable = {}): DossierStatus | undefined {
  const number = typeof code === 'number' ? code : /^\d{1,3}$/.test(code) ? Number(code) : Number.NaN;
  if (!Number.isInteger(number)) return undefined;
  return Object.hasOwn(statuses, number) ? statuses[number] : Object.hasOwn(defaultStatusTable, number) ? defaultStatusTable[number] : undefined;
}

function checkStatusTable(statuses: NationalStatusTable): void {
  for (const [code, status] of Object.entries(statuses)) {
    if (!/^[1-9]\d{0,2}$/.test(code)) throw new RangeError(`Status code ${code} must be a whole number from 1 to 999.`);
    if (!(dossierStatuses as readonly string[]).includes(status)) throw new RangeError(`Status code ${code} maps to unknown status ${String(status)}.`);
  }
}

const nationalDateSchema = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const instant = parseNationalDateTime(dataset.value);
    if (instant === undefined) {
      addIssue({ message: 'expected a real date-time yyyyMMddHHmmss (Vietnam time)' });
      return NEVER;
    }
    return instant;
  }),
);

const nationalStatusSchemaFor = (statuses: NationalStatusTable) =>
  v.pipe(
    v.union([v.number(), v.string()], 'expected a status code'),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const status = nationalStatusOf(dataset.value, statuses);
      if (status === undefined) {
        addIssue({ message: `unknown status code ${JSON.stringify(dataset.value)}` });
        return NEVER;
      }
      return status;
    }),
  );

/** A date that may not have happened yet: absent, null or an empty string (as the national portal sends it). */
const optionalNationalDateSchema = v.pipe(
  v.nullish(v.union([v.literal(''), nationalDateSchema])),
  v.transform((value) => (value === '' || value === null ? undefined : value)),
);

const nationalDossierSchemaFor = (statuses: NationalStatusTable) =>
  v.object({
    MaHoSo: idSchema,
    MaTTHC: idSchema,
    TenTTHC: v.nullish(v.string()),
    MaLinhVuc: v.nullish(v.string()),
    ChuHoSo: v.nullish(v.string()),
    NgayTiepNhan: nationalDateSchema,
    NgayHenTra: optionalNationalDateSchema,
    NgayTra: optionalNationalDateSchema,
    NgayKetThucXuLy: optionalNationalDateSchema,
    TrangThaiHoSo: nationalStatusSchemaFor(statuses),
    DonViXuLy: idSchema,
  });

/** A dossier as the national portal sends it, with the default status table. Absent, null or empty dates mean "not yet". */
export const nationalDossierSchema = nationalDossierSchemaFor({});

function toDossier(raw: v.InferOutput<typeof nationalDossierSchema>): Dossier {
  return {
    id: raw.MaHoSo,
    procedureCode: raw.MaTTHC,
    agencyCode: raw.DonViXuLy,
    status: raw.TrangThaiHoSo,
    receivedAt: raw.NgayTiepNhan,
    ...(raw.NgayHenTra !== undefined ? { appointmentAt: raw.NgayHenTra } : {}),
    ...(raw.NgayTra !== undefined ? { returnedAt: raw.NgayTra } : {}),
    // NgayKetThucXuLy is set when the office finishes (status 9): the portal's on-time date, and its "closed".
    ...(raw.NgayKetThucXuLy !== undefined ? { resolvedAt: raw.NgayKetThucXuLy, closedAt: raw.NgayKetThucXuLy } : {}),
    ...(raw.ChuHoSo != null ? { applicantName: raw.ChuHoSo } : {}),
    ...(raw.TenTTHC != null ? { procedureName: raw.TenTTHC } : {}),
    ...(raw.MaLinhVuc != null ? { fieldCode: raw.MaLinhVuc } : {}),
  };
}

/** Maps one national-portal dossier; a bad field is a `ContractError` naming it (e.g. `$.NgayHenTra`). */
export function mapNationalDossier(raw: unknown): Dossier {
  return toDossier(validateContract(nationalDossierSchema, raw));
}

const nationalDossierListSchema = v.array(nationalDossierSchema);

/** Maps a list of national-portal dossiers. */
export function mapNationalDossiers(raw: unknown): Dossier[] {
  return validateContract(nationalDossierListSchema, raw).map(toDossier);
}

/** Options of `nationalPortalMapper`. */
export interface NationalMapperOptions {
  /** The site's own status codes, over the default table. */
  readonly statuses?: NationalStatusTable;
}

/**
 * The national portal's field names with a site's own status table (`{ statuses: { 11: 'processing' } }`).
 * @throws {RangeError} for a code outside 1-999 or an unknown status in `statuses`.
 */
export function nationalPortalMapper(options: NationalMapperOptions = {}): DossierMapper {
  const statuses = options.statuses ?? {};
  checkStatusTable(statuses);
  const one = nationalDossierSchemaFor(statuses);
  const list = v.array(one);
  return {
    dossier: (json) => toDossier(validateContract(one, json)),
    dossiers: (json) => validateContract(list, json).map(toDossier),
  };
}
