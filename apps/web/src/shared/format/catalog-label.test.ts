import type { CatalogItemDto } from '@kokemus/api-client';
import { catalogLabel, labelFor, municipalityName } from './catalog-label';

const item = (code: string, labelFi: string): CatalogItemDto => ({
  code,
  labelFi,
  labelSv: `${labelFi} sv`,
  labelEn: '',
  active: true,
});

describe('catalogue labels', () => {
  it('names a catalogue entry in the reader’s language, Finnish when a text is missing', () => {
    expect(catalogLabel(item('a', 'Luento'), 'sv')).toBe('Luento sv');
    expect(catalogLabel(item('a', 'Luento'), 'en')).toBe('Luento');
    expect(catalogLabel(item('a', 'Luento'), 'fi')).toBe('Luento');
  });

  it('labels a code from its catalogue, or shows the code when the catalogue does not know it', () => {
    const items = [item('lecture', 'Luento'), item('panel', 'Paneeli')];
    expect(labelFor(items, 'panel', 'sv')).toBe('Paneeli sv');
    expect(labelFor(items, 'retired', 'fi')).toBe('retired');
    expect(labelFor(undefined, 'lecture', 'fi')).toBe('lecture');
  });

  it('names a municipality in Swedish when it has a Swedish name, otherwise in Finnish', () => {
    expect(municipalityName({ nameFi: 'Jyväskylä', nameSv: 'Jyväskylä' }, 'sv')).toBe('Jyväskylä');
    expect(municipalityName({ nameFi: 'Kokkola', nameSv: 'Karleby' }, 'sv')).toBe('Karleby');
    expect(municipalityName({ nameFi: 'Kokkola', nameSv: 'Karleby' }, 'en')).toBe('Kokkola');
    expect(municipalityName({ nameFi: 'Äänekoski', nameSv: '' }, 'sv')).toBe('Äänekoski');
  });
});
