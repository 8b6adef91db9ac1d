import type { CatalogItemDto } from '@kokemus/api-client';
import { pairFits, productMatcher, taskTypeChoices } from './products.rules';

const item = (code: string, labelFi: string, active = true): CatalogItemDto => ({
  code,
  labelFi,
  labelSv: `${labelFi} sv`,
  labelEn: '',
  active,
});

describe('product catalogue rules', () => {
  it('filters by status', () => {
    const active = { active: true };
    const inactive = { active: false };
    expect([active, inactive].filter(productMatcher({ status: 'all' }))).toHaveLength(2);
    expect([active, inactive].filter(productMatcher({ status: 'active' }))).toEqual([active]);
    expect([active, inactive].filter(productMatcher({ status: 'inactive' }))).toEqual([inactive]);
  });

  it('needs two experts for a pair', () => {
    expect(pairFits(true, 1)).toBe(false);
    expect(pairFits(true, 2)).toBe(true);
    expect(pairFits(false, 1)).toBe(true);
  });

  it('offers task types in use, and the product’s own retired one, sorted by name', () => {
    const types = [item('panel', 'Paneeli'), item('old', 'Arkisto', false), item('lecture', 'Luento')];
    expect(taskTypeChoices(types, null, 'fi').map((t) => t.code)).toEqual(['lecture', 'panel']);
    expect(taskTypeChoices(types, 'old', 'fi').map((t) => t.code)).toEqual(['old', 'lecture', 'panel']);
  });
});
