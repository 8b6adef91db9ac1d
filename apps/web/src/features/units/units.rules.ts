import type { UnitDto, UnitKind } from '@kokemus/api-client';

/**
 * The county's organisation tree, as the API enforces it: tulosalue → palvelualue → yksikkö; a unit may
 * also sit right under a result area. External orderers (schools, NGOs) stand alone or under another
 * external one. Mirrored here only to offer the right choices; the API has the last word.
 */
const ALLOWED_PARENT_KINDS: Record<UnitKind, ReadonlyArray<UnitKind | null>> = {
  result_area: [null],
  service_area: ['result_area'],
  unit: ['service_area', 'result_area'],
  external: [null, 'external'],
};

export const UNIT_KINDS: readonly UnitKind[] = ['result_area', 'service_area', 'unit', 'external'];

export function needsParent(kind: UnitKind): boolean {
  return !ALLOWED_PARENT_KINDS[kind].includes(null);
}

export function canHaveParent(kind: UnitKind): boolean {
  return ALLOWED_PARENT_KINDS[kind].some((parentKind) => parentKind !== null);
}

/** What a new unit under `parent` most likely is. */
export function defaultChildKind(parent: UnitDto | undefined): UnitKind {
  switch (parent?.kind) {
    case 'result_area':
      return 'service_area';
    case 'service_area':
      return 'unit';
    case 'external':
      return 'external';
    default:
      return 'result_area';
  }
}

export function unitName(unit: Pick<UnitDto, 'name' | 'nameSv'>, language: string): string {
  return language === 'sv' && unit.nameSv ? unit.nameSv : unit.name;
}

function byName(language: string) {
  const collator = new Intl.Collator(language === 'en' ? 'en' : `${language}-FI`);
  return (a: UnitDto, b: UnitDto) => collator.compare(unitName(a, language), unitName(b, language));
}

export type UnitNode = { unit: UnitDto; children: UnitNode[]; matches: boolean };

/**
 * The tree from the flat list (the API pages units; `parentId` links them). A unit whose parent is not in
 * the list — an orderer sees only their own subtree — becomes a root. With a `matches` test, only matching
 * units and the units above them stay, the latter marked as context.
 */
export function buildUnitTree(
  units: readonly UnitDto[],
  language: string,
  matches: (unit: UnitDto) => boolean = () => true,
): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, UnitDto[]>();
  for (const unit of units) {
    const key = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), unit]);
  }
  const compare = byName(language);
  const build = (parentId: string | null, seen: Set<string>): UnitNode[] =>
    (childrenOf.get(parentId) ?? [])
      .filter((unit) => !seen.has(unit.id))
      .sort(compare)
      .map((unit) => {
        const children = build(unit.id, new Set(seen).add(unit.id));
        return { unit, children, matches: matches(unit) };
      })
      .filter((node) => node.matches || node.children.length > 0);
  return build(null, new Set());
}

export function countNodes(nodes: readonly UnitNode[]): number {
  return nodes.reduce((sum, node) => sum + (node.matches ? 1 : 0) + countNodes(node.children), 0);
}

/** The unit and everything under it, so a unit is never offered as a parent of itself. */
export function subtreeIds(units: readonly UnitDto[], rootId: string): Set<string> {
  const result = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Active units a unit of `kind` may be placed under, excluding `movingId` and its subtree. */
export function parentCandidates(
  units: readonly UnitDto[],
  kind: UnitKind,
  language: string,
  movingId?: string,
): UnitDto[] {
  const excluded = movingId ? subtreeIds(units, movingId) : new Set<string>();
  const allowed = ALLOWED_PARENT_KINDS[kind];
  return units
    .filter((u) => u.active && !excluded.has(u.id) && allowed.includes(u.kind))
    .sort(byName(language));
}

/** "Result area › Service area" above a unit, for context in lists and choices. */
export function ancestorPath(units: readonly UnitDto[], unit: UnitDto, language: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: string[] = [];
  const seen = new Set<string>();
  let current = unit.parentId ? byId.get(unit.parentId) : undefined;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(unitName(current, language));
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

export type UnitStatusFilter = 'all' | 'active' | 'inactive';

export function unitMatcher(filters: { q?: string; kind?: UnitKind; status: UnitStatusFilter }) {
  const q = filters.q?.trim().toLocaleLowerCase('fi');
  return (unit: UnitDto) =>
    (!filters.kind || unit.kind === filters.kind) &&
    (filters.status === 'all' || unit.active === (filters.status === 'active')) &&
    (!q ||
      unit.name.toLocaleLowerCase('fi').includes(q) ||
      (unit.nameSv ?? '').toLocaleLowerCase('sv').includes(q) ||
      unit.costCentre.toLocaleLowerCase('fi').includes(q));
}
