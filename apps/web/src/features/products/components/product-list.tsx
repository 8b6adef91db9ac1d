import type { ProductDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { catalogLabel } from '../../../shared/format/catalog-label';

/**
 * The catalogue as cards (a table does not fit 360 px); each card is a list item whose heading names the
 * product, so screen readers can jump from product to product.
 */
export function ProductList({
  products,
  labelledBy,
}: {
  products: readonly ProductDto[];
  labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="catalogue-list" aria-labelledby={labelledBy}>
      {products.map((product) => (
        <li key={product.code} className={product.active ? 'catalogue-card' : 'catalogue-card inactive'}>
          <h3 className="catalogue-name">
            <Link to="/products/$productCode" params={{ productCode: product.code }}>
              {catalogLabel(product, i18n.language)}
            </Link>
          </h3>
          <dl className="details details-inline">
            <dt>{t('products.list.code')}</dt>
            <dd>{product.code}</dd>
            <dt>{t('products.list.duration')}</dt>
            <dd>{t('products.minutes', { count: product.defaultDurationMinutes })}</dd>
            <dt>{t('products.list.experts')}</dt>
            <dd>{t('products.experts', { count: product.defaultExpertCount })}</dd>
            <dt>{t('products.list.feeBasis')}</dt>
            <dd>{t(`products.feeBasis.${product.feeBasis}`)}</dd>
            <dt>{t('products.list.status')}</dt>
            <dd>{product.active ? t('products.active') : <strong>{t('products.inactive')}</strong>}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
