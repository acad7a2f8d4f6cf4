import type { Agency } from '@cqtt/core';
import type { StaffPrincipal } from './staff-token.js';

/** The agency code that, in a staff token's agency claim, grants every agency (a province-level leader). */
export const everyAgency = '*';

/** Each agency's parent (`Agency.parentCode`), by code; build it with `agencyTreeOf`. */
export type AgencyTree = ReadonlyMap<string, string | undefined>;

/** The parent links of the catalog's agencies, for scope inheritance. */
export function agencyTreeOf(agencies: readonly Pick<Agency, 'code' | 'parentCode'>[]): AgencyTree {
  return new Map(agencies.map((agency) => [agency.code, agency.parentCode]));
}

/**
 * Whether a user may see an agency's dossiers and reports. The agency claim grants: `"*"` every agency; a code that
 * agency and, when a tree is given, every agency below it through `parentCode` (a town's staff see their wards,
 * a ward's staff only their ward). Without a tree, only the codes named. A cycle in the tree grants nothing more.
 */
export function canSeeAgency(principal: Pick<StaffPrincipal, 'agencyCodes'>, agencyCode: string, agencyTree?: AgencyTree): boolean {
  const granted = new Set(principal.agencyCodes);
  if (granted.has(everyAgency)) return true;
  const seen = new Set<string>();
  let code: string | undefined = agencyCode;
  while (code !== undefined && !seen.has(code)) {
    if (granted.has(code)) return true;
    seen.add(code);
    code = agencyTree?.get(code);
  }
  return false;
}

/** Which agencies a user may see: all, or the listed codes (their own and, with a tree, those below them). */
export type AgencyScope = { readonly all: true } | { readonly all: false; readonly agencyCodes: readonly string[] };

/**
 * The agencies a user may see, to filter a list or a report in the query itself (e.g.
 * `where agency_code = any($1)`), so nothing outside the scope is ever read.
 */
export function agencyScopeOf(principal: Pick<StaffPrincipal, 'agencyCodes'>, agencyTree?: AgencyTree): AgencyScope {
  if (principal.agencyCodes.includes(everyAgency)) return { all: true };
  const codes = new Set(principal.agencyCodes);
  for (const code of agencyTree?.keys() ?? []) {
    if (canSeeAgency(principal, code, agencyTree)) codes.add(code);
  }
  return { all: false, agencyCodes: [...codes] };
}
