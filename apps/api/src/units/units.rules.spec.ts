import { UnitKind } from './org-unit.entity';
import { canBeChildOf, normaliseCostCentre, wouldCreateCycle } from './units.rules';

describe('unit tree rules', () => {
  it.each([
    [UnitKind.ResultArea, null, true],
    [UnitKind.ResultArea, UnitKind.ResultArea, false],
    [UnitKind.ServiceArea, UnitKind.ResultArea, true],
    [UnitKind.ServiceArea, null, false],
    [UnitKind.Unit, UnitKind.ServiceArea, true],
    [UnitKind.Unit, UnitKind.ResultArea, true],
    [UnitKind.Unit, UnitKind.Unit, false],
    [UnitKind.External, null, true],
    [UnitKind.External, UnitKind.External, true],
    [UnitKind.External, UnitKind.ServiceArea, false],
  ])('%s under %s: %s', (kind, parent, expected) => {
    expect(canBeChildOf(kind, parent)).toBe(expected);
  });

  it('detects a move into the own subtree', () => {
    const parents: Record<string, string | null> = { a: null, b: 'a', c: 'b', d: null };
    const parentOf = (id: string) => parents[id] ?? null;
    expect(wouldCreateCycle('a', 'c', parentOf)).toBe(true);
    expect(wouldCreateCycle('b', 'b', parentOf)).toBe(true);
    expect(wouldCreateCycle('c', 'd', parentOf)).toBe(false);
    expect(wouldCreateCycle('d', 'c', parentOf)).toBe(false);
  });

  it('compares cost centres without case or padding', () => {
    expect(normaliseCostCentre(' ks-4120 ')).toBe('KS-4120');
  });
});
