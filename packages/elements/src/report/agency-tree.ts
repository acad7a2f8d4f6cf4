import type { Agency } from '@cqtt/core';

/** An agency with its depth in the tree (0 for a root). */
export interface AgencyNode {
  readonly agency: Agency;
  readonly depth: number;
}

/** The agencies in tree order (each parent followed by its children, in catalog order); orphans count as roots. */
export function agencyTree(agencies: readonly Agency[]): AgencyNode[] {
  const codes = new Set(agencies.map((agency) => agency.code));
  const children = new Map<string | undefined, Agency[]>();
  for (const agency of agencies) {
    const parent = agency.parentCode !== undefined && codes.has(agency.parentCode) ? agency.parentCode : undefined;
    children.set(parent, [...(children.get(parent) ?? []), agency]);
  }
  const ordered: AgencyNode[] = [];
  const visit = (parent: string | undefined, depth: number, seen: Set<string>): void => {
    for (const agency of children.get(parent) ?? []) {
      if (seen.has(agency.code)) continue;
      seen.add(agency.code);
      ordered.push({ agency, depth });
      visit(agency.code, depth + 1, seen);
    }
  };
  visit(undefined, 0, new Set());
  return ordered;
}

/** The codes of an agency and every agency under it. */
export function subtreeCodes(agencies: readonly Agency[], root: string): Set<string> {
  const codes = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const agency of agencies) {
      if (agency.parentCode !== undefined && codes.has(agency.parentCode) && !codes.has(agency.code)) {
        codes.add(agency.code);
        grew = true;
      }
    }
  }
  return codes;
}
