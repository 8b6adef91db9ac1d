import '../../features/products/products-strings';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useAllProducts } from '../../features/products/api/list-products';
import { type ProductFilterValues, ProductFilters } from '../../features/products/components/product-filters';
import { ProductList } from '../../features/products/components/product-list';
import { productMatcher } from '../../features/products/products.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/products');

export function ProductsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/products' });
  const products = useAllProducts();
  const shown = products.data?.filter(productMatcher(search)) ?? [];
  const filtered = search.status !== 'all';

  const onFilterChange = (patch: Partial<ProductFilterValues>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <Page title={t('products.title')} lead={<Paragraph mb="m">{t('products.lead')}</Paragraph>}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/products/new" className="button-link">
          {t('products.add')}
        </RouterLink>
      </Paragraph>
      <ProductFilters filters={search} onChange={onFilterChange} />
      <h2 id="product-list-heading" className="visually-hidden">
        {t('products.listHeading')}
      </h2>
      <p role="status" className="result-count">
        {products.data
          ? filtered
            ? t('products.countFiltered', { count: shown.length })
            : t('products.count', { count: shown.length })
          : ''}
      </p>
      {products.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {products.isError ? <ProblemAlert problem={toApiProblem(products.error)} /> : null}
      {products.data && shown.length === 0 ? <Paragraph>{t('products.none')}</Paragraph> : null}
      {shown.length > 0 ? <ProductList products={shown} labelledBy="product-list-heading" /> : null}
    </Page>
  );
}
