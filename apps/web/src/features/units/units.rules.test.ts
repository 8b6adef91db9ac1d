import { county } from '../../test/fixtures';
import { ancestorPath, buildUnitTree, countNodes, parentCandidates, unitMatcher } from './units.rules';

describe('units.rules', () => {
  const c = county();

  it('builds the tree from parentId, roots first, children under their parent', () => {
    const tree = buildUnitTree(c.all, 'fi');
    expect(tree.map((n) => n.unit.name)).toEqual(['Kuokkalan koulu', 'Perhe- ja sosiaalipalvelut']);
    expect(tree[1].children[0].children[0].unit.name).toBe('Perheneuvola, Jämsä');
    expect(countNodes(tree)).toBe(4);
  });

  it('makes a unit whose parent is not visible a root (an orderer sees only their subtree)', () => {
    const tree = buildUnitTree([c.children, c.clinic], 'fi');
    expect(tree.map((n) => n.unit.name)).toEqual(['Lapsiperheiden palvelut']);
  });

  it('keeps matching units with the units above them as context', () => {
    const tree = buildUnitTree(c.all, 'fi', unitMatcher({ q: 'jämsä', status: 'all' }));
    expect(tree).toHaveLength(1);
    expect(tree[0].matches).toBe(false);
    expect(tree[0].children[0].children[0].matches).toBe(true);
    expect(countNodes(tree)).toBe(1);
  });

  it('filters by status and kind, and searches Swedish names and cost centres', () => {
    expect(countNodes(buildUnitTree(c.all, 'fi', unitMatcher({ status: 'inactive' })))).toBe(1);
    expect(countNodes(buildUnitTree(c.all, 'fi', unitMatcher({ kind: 'unit', status: 'all' })))).toBe(1);
    expect(countNodes(buildUnitTree(c.all, 'fi', unitMatcher({ q: 'familje', status: 'all' })))).toBe(1);
    expect(countNodes(buildUnitTree(c.all, 'fi', unitMatcher({ q: 'ext-110', status: 'all' })))).toBe(1);
  });

  it('offers only active parents of an allowed kind, never the unit itself or its subtree', () => {
    expect(parentCandidates(c.all, 'service_area', 'fi').map((u) => u.name)).toEqual([
      'Perhe- ja sosiaalipalvelut',
    ]);
    expect(parentCandidates(c.all, 'unit', 'fi').map((u) => u.kind)).toEqual(['service_area', 'result_area']);
    expect(parentCandidates(c.all, 'external', 'fi')).toEqual([]);
    expect(parentCandidates(c.all, 'unit', 'fi', c.family.id)).toEqual([]);
  });

  it('names the units above a unit, in Swedish where there is a Swedish name', () => {
    expect(ancestorPath(c.all, c.clinic, 'sv')).toEqual([
      'Familje- och socialtjänster',
      'Lapsiperheiden palvelut',
    ]);
  });
});
