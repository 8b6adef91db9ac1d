import type { UnitKind } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { UNIT_KINDS, type UnitStatusFilter } from '../units.rules';

export type UnitFilterValues = { q?: string; kind?: UnitKind; status: UnitStatusFilter };

/** The list filters; their values live in the URL, so a filtered view can be bookmarked and shared. */
export function UnitFilters({
  filters,
  onChange,
}: {
  filters: UnitFilterValues;
  onChange: (patch: Partial<UnitFilterValues>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="search" className="unit-filters" aria-label={t('units.filters.label')}>
      <TextInput
        id="unit-filter-q"
        labelText={t('units.filters.q')}
        hintText={t('units.filters.qHint')}
        defaultValue={filters.q ?? ''}
        debounce={300}
        onChange={(value) => onChange({ q: String(value ?? '').trim() || undefined })}
        type="text"
      />
      <Dropdown
        id="unit-filter-kind"
        labelText={t('units.filters.kind')}
        value={filters.kind ?? 'all'}
        onChange={(value) => onChange({ kind: value === 'all' ? undefined : (value as UnitKind) })}
      >
        {[
          <DropdownItem key="all" value="all">
            {t('units.filters.allKinds')}
          </DropdownItem>,
          ...UNIT_KINDS.map((kind) => (
            <DropdownItem key={kind} value={kind}>
              {t(`units.kind.${kind}`)}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <Dropdown
        id="unit-filter-status"
        labelText={t('units.filters.status')}
        value={filters.status}
        onChange={(value) => onChange({ status: value as UnitStatusFilter })}
      >
        <DropdownItem value="all">{t('units.filters.statusAll')}</DropdownItem>
        <DropdownItem value="active">{t('units.filters.statusActive')}</DropdownItem>
        <DropdownItem value="inactive">{t('units.filters.statusInactive')}</DropdownItem>
      </Dropdown>
    </div>
  );
}
