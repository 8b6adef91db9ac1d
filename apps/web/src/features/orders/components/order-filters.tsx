import type { OrderStatus } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Checkbox, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { useProducts } from '../api/list-products';
import { OPEN_STATUSES, ORDER_STATUSES, type Period, PERIODS } from '../orders.rules';
import { catalogLabel } from '../../../shared/format/catalog-label';

export type OrdersSearch = { status?: OrderStatus[]; period?: Period; q?: string };
export type InboxSearch = { status?: (typeof OPEN_STATUSES)[number]; product?: string };

const ALL = 'all';

/** My orders / all orders: status (several), period and a search word; the values live in the URL. */
export function OrderFilters({
  filters,
  onChange,
}: {
  filters: OrdersSearch;
  onChange: (patch: Partial<OrdersSearch>) => void;
}) {
  const { t } = useTranslation();
  const chosen = filters.status ?? [];
  const chosenLabels = ORDER_STATUSES.filter((s) => chosen.includes(s)).map((s) => t(`orders.status.${s}`));
  return (
    <div role="search" className="order-filters" aria-label={t('orders.filters.label')}>
      <details className="filter-choices" id="order-filter-status">
        <summary>
          <span className="filter-choices-label">{t('orders.filters.status')}</span>{' '}
          <span className="filter-choices-value">{chosenLabels.join(', ') || t('orders.filters.all')}</span>
        </summary>
        <fieldset className="slot-fieldset">
          <legend className="visually-hidden">{t('orders.filters.status')}</legend>
          <ul className="plain-list">
            {ORDER_STATUSES.map((status) => (
              <li key={status}>
                <Checkbox
                  id={`order-filter-status-${status}`}
                  checked={chosen.includes(status)}
                  onClick={({ checkboxState }) => {
                    const next = checkboxState
                      ? [...chosen.filter((s) => s !== status), status]
                      : chosen.filter((s) => s !== status);
                    onChange({ status: next.length ? next : undefined });
                  }}
                >
                  {t(`orders.status.${status}`)}
                </Checkbox>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
      <Dropdown
        id="order-filter-period"
        labelText={t('orders.filters.period')}
        value={filters.period ?? ALL}
        onChange={(value) => onChange({ period: value === ALL ? undefined : (value as Period) })}
      >
        {PERIODS.map((period) => (
          <DropdownItem key={period} value={period}>
            {t(`orders.period.${period}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        id="order-filter-q"
        labelText={t('orders.filters.q')}
        hintText={t('orders.filters.qHint')}
        defaultValue={filters.q ?? ''}
        debounce={300}
        onChange={(value) => onChange({ q: String(value ?? '').trim() || undefined })}
        type="text"
      />
    </div>
  );
}

/** The inbox: one open status or all, and a product. */
export function InboxFilters({
  filters,
  onChange,
}: {
  filters: InboxSearch;
  onChange: (patch: Partial<InboxSearch>) => void;
}) {
  const { t, i18n } = useTranslation();
  const products = useProducts();
  return (
    <div role="search" className="order-filters" aria-label={t('orders.filters.label')}>
      <Dropdown
        id="inbox-filter-status"
        labelText={t('orders.filters.status')}
        value={filters.status ?? ALL}
        onChange={(value) =>
          onChange({ status: value === ALL ? undefined : (value as InboxSearch['status']) })
        }
      >
        {[
          <DropdownItem key={ALL} value={ALL}>
            {t('orders.filters.allOpen')}
          </DropdownItem>,
          ...OPEN_STATUSES.map((status) => (
            <DropdownItem key={status} value={status}>
              {t(`orders.status.${status}`)}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <Dropdown
        id="inbox-filter-product"
        labelText={t('orders.filters.product')}
        value={filters.product ?? ALL}
        onChange={(value) => onChange({ product: value === ALL ? undefined : value })}
      >
        {[
          <DropdownItem key={ALL} value={ALL}>
            {t('orders.filters.all')}
          </DropdownItem>,
          ...(products.data ?? []).map((p) => (
            <DropdownItem key={p.code} value={p.code}>
              {catalogLabel(p, i18n.language)}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
    </div>
  );
}
