import { parseDossier, parseDossiers } from './contract.js';
import type { Dossier } from './model.js';
import { mapNationalDossier, mapNationalDossiers } from './national.js';

/**
 * Turns a portal's dossier JSON into our `Dossier`. Write one for a portal with yet another shape and pass it to
 * `HttpPortalAdapter` as `dossierMapper`; no component changes. Both functions throw `ContractError`.
 */
export interface DossierMapper {
  dossier(json: unknown): Dossier;
  dossiers(json: unknown): Dossier[];
}

/** Our own wire form (the reference server's). */
export const cqttDossierMapper: DossierMapper = { dossier: parseDossier, dossiers: parseDossiers };

/** The national portal's field names (MaHoSo, NgayTiepNhan, TrangThaiHoSo, …). */
export const NationalPortalMapper: DossierMapper = { dossier: mapNationalDossier, dossiers: mapNationalDossiers };

/** The dossier formats the HTTP adapter knows by name. */
export type DossierFormat = 'cqtt' | 'national';

/** The mapper for a named format. */
export function dossierMapperFor(format: DossierFormat): DossierMapper {
  return format === 'national' ? NationalPortalMapper : cqttDossierMapper;
}
