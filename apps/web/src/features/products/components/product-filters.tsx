import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import type { ProductStatusFilter } from '../products.rules';

export type ProductFilterValues = { status: ProductStatusFilter };

/** The list filter; its value lives in the URL, so a filtered view can be bookmarked and shared. */
export function ProductFilters({
  filters,
  onChange,
}: {
  filters: ProductFilterValues;
  onChange: (patch: Partial<ProductFilterValues>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="search" className="catalogue-filters" aria-label={t('products.filters.label')}>
      <Dropdown
        id="product-filter-status"
        labelText={t('products.filters.status')}
        value={filters.status}
        onChange={(value) => onChange({ status: value as ProductStatusFilter })}
      >
        <DropdownItem value="all">{t('products.filters.statusAll')}</DropdownItem>
        <DropdownItem value="active">{t('products.filters.statusActive')}</DropdownItem>
        <DropdownItem value="inactive">{t('products.filters.statusInactive')}</DropdownItem>
      </Dropdown>
    </div>
  );
}
