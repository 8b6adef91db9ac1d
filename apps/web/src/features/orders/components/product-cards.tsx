import type { ProductDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { durationParts, productDescription } from '../orders.rules';
import { catalogLabel } from '../../../shared/format/catalog-label';

/** The product catalogue as cards: the order form starts from one of them. */
export function ProductCards({
  products,
  onChoose,
}: {
  products: readonly ProductDto[];
  onChoose: (product: ProductDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ul className="product-grid" aria-label={t('orders.products.listLabel')}>
      {products.map((product) => {
        const label = catalogLabel(product, lang);
        const duration = durationParts(product.defaultDurationMinutes);
        return (
          <li key={product.code} className="product-card">
            <h3 id={`product-${product.code}`}>{label}</h3>
            <p>{productDescription(product, lang)}</p>
            <dl className="details details-inline">
              <dt>{t('orders.products.duration')}</dt>
              <dd>
                {duration.minutes
                  ? t('orders.products.hoursMinutes', { hours: duration.hours, minutes: duration.minutes })
                  : t('orders.products.hours', { count: duration.hours })}
              </dd>
              <dt>{t('orders.products.experts')}</dt>
              <dd>
                {product.pairRequired
                  ? t('orders.products.pair')
                  : t('orders.products.expertCount', { count: product.defaultExpertCount })}
              </dd>
              <dt>{t('orders.products.recurring')}</dt>
              <dd>
                {product.recurring ? t('orders.products.recurringYes') : t('orders.products.recurringNo')}
              </dd>
            </dl>
            <div className="product-choose">
              <Button
                type="button"
                aria-describedby={`product-${product.code}`}
                onClick={() => onChoose(product)}
              >
                {t('orders.products.choose', { product: label })}
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
