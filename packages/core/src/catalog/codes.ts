/**
 * Catalog codes for entries the source names only by their title.
 *
 * The plan's appendices give no national codes, so the default catalog makes its own, stable and without spaces:
 * - an agency: `catalogSlug(name)` under its parent, joined by `/`: `thi-xa-phuoc-long`, `thi-xa-phuoc-long/phuong-long-thuy`;
 * - a procedure: `cqtt:<level>:<catalogSlug(name)>`, where level is `huyen` for the town's departments (cấp huyện)
 *   and `xa` for communes and wards (cấp xã): `cqtt:xa:dang-ky-khai-sinh`.
 * The `cqtt:` prefix never collides with a national code (digits and dots, e.g. `1.000804.000.00.00.H25`); the
 * national code, once known, goes in `Procedure.nationalCode`.
 */

/** The procedure levels of the catalog code scheme: cấp huyện (town departments) and cấp xã (communes, wards). */
export type CatalogCodeLevel = 'huyen' | 'xa';

/**
 * Lower-case ASCII slug of a Vietnamese name: diacritics dropped (`đ` → `d`), anything else than a letter or digit
 * becomes one `-`. `"Phòng Tư Pháp"` → `"phong-tu-phap"`.
 */
export function catalogSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The catalog code of a procedure named only by its title: `cqtt:<level>:<slug>`. */
export function procedureCatalogCode(level: CatalogCodeLevel, name: string): string {
  return `cqtt:${level}:${catalogSlug(name)}`;
}

/** The catalog code of an agency: its slug, under its parent's code when it has one. */
export function agencyCatalogCode(name: string, parentCode?: string): string {
  return parentCode === undefined ? catalogSlug(name) : `${parentCode}/${catalogSlug(name)}`;
}
