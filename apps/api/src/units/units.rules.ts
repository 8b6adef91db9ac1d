import { UnitKind } from './org-unit.entity';

/**
 * The county's organisation tree: tulosalue → palvelualue → yksikkö. A unit may also sit right under a
 * result area (small areas have no service areas). External orderers (schools, NGOs) stand on their
 * own or group under another external orderer.
 */
const ALLOWED_PARENTS: Record<UnitKind, Array<UnitKind | null>> = {
  [UnitKind.ResultArea]: [null],
  [UnitKind.ServiceArea]: [UnitKind.ResultArea],
  [UnitKind.Unit]: [UnitKind.ServiceArea, UnitKind.ResultArea],
  [UnitKind.External]: [null, UnitKind.External],
};

export function canBeChildOf(kind: UnitKind, parentKind: UnitKind | null): boolean {
  return ALLOWED_PARENTS[kind].includes(parentKind);
}

export function allowedParentKinds(kind: UnitKind): Array<UnitKind | null> {
  return [...ALLOWED_PARENTS[kind]];
}

/** Moving `unitId` under `newParentId` must not put a unit inside its own subtree. */
export function wouldCreateCycle(unitId: string, newParentId: string, parentOf: (id: string) => string | null): boolean {
  const seen = new Set<string>();
  let current: string | null = newParentId;
  while (current) {
    if (current === unitId) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf(current);
  }
  return false;
}

/** Cost centre codes are compared without case and surrounding space. */
export function normaliseCostCentre(code: string): string {
  return code.trim().toUpperCase();
}
