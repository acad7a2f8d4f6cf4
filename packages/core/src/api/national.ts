import * as v from 'valibot';
import type { Instant } from '../calendar/time-types.js';
import { validateContract } from './contract.js';
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

/** TrangThaiHoSo (1-10, as a number or a numeric string) → our status. */
export function nationalStatusOf(code: number | string): DossierStatus | undefined {
  const number = typeof code === 'number' ? code : /^\d{1,2}$/.test(code) ? Number(code) : Number.NaN;
  return Number.isInteger(number) ? dossierStatuses[number - 1] : undefined;
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

const nationalStatusSchema = v.pipe(
  v.union([v.number(), v.string()], 'expected a status code 1-10'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const status = nationalStatusOf(dataset.value);
    if (status === undefined) {
      addIssue({ message: `unknown status code ${JSON.stringify(dataset.value)}; expected 1-10` });
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

/** A dossier as the national portal sends it. Absent, null or empty optional dates mean "not yet". */
export const nationalDossierSchema = v.object({
  MaHoSo: idSchema,
  MaTTHC: idSchema,
  TenTTHC: v.nullish(v.string()),
  MaLinhVuc: v.nullish(v.string()),
  ChuHoSo: v.nullish(v.string()),
  NgayTiepNhan: nationalDateSchema,
  NgayHenTra: optionalNationalDateSchema,
  NgayTra: optionalNationalDateSchema,
  NgayKetThucXuLy: optionalNationalDateSchema,
  TrangThaiHoSo: nationalStatusSchema,
  DonViXuLy: idSchema,
});

function toDossier(raw: v.InferOutput<typeof nationalDossierSchema>): Dossier {
  return {
    id: raw.MaHoSo,
    procedureCode: raw.MaTTHC,
    agencyCode: raw.DonViXuLy,
    status: raw.TrangThaiHoSo,
    receivedAt: raw.NgayTiepNhan,
    ...(raw.NgayHenTra !== undefined ? { appointmentAt: raw.NgayHenTra } : {}),
    ...(raw.NgayTra !== undefined ? { returnedAt: raw.NgayTra } : {}),
    ...(raw.NgayKetThucXuLy !== undefined ? { closedAt: raw.NgayKetThucXuLy } : {}),
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
