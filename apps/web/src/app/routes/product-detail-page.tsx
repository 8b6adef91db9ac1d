import '../../features/products/products-strings';
import type { ProductDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useProduct } from '../../features/products/api/get-product';
import { useTaskTypes } from '../../features/products/api/list-task-types';
import { useProductStale, useUpdateProduct } from '../../features/products/api/update-product';
import { ProductForm, toUpdateProductBody } from '../../features/products/components/product-form';
import { ProductStatusSection } from '../../features/products/components/product-status-section';
import { clearProductFlash, peekProductFlash } from '../../features/products/flash';
import { taskTypeChoices } from '../../features/products/products.rules';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';
import { catalogLabel } from '../../shared/format/catalog-label';

const route = getRouteApi('/authenticated/products/$productCode');

export function ProductDetailPage() {
  const { t } = useTranslation();
  const { productCode } = route.useParams();
  const product = useProduct(productCode);

  if (product.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (product.isError) {
    const problem = toApiProblem(product.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return <ProductDetail product={product.data} />;
}

function ProductDetail({ product }: { product: ProductDto }) {
  const { t, i18n } = useTranslation();
  const taskTypes = useTaskTypes();
  const update = useUpdateProduct();
  const reload = useProductStale();
  const [notice, setNotice] = useState<string | null>(() =>
    peekProductFlash() === 'product-created' ? t('products.created') : null,
  );
  useEffect(() => clearProductFlash(), []);
  // Someone else saved first (412): the form now shows their version, and this says so.
  const [stale, setStale] = useState<ApiProblem | null>(null);
  const staleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);

  const name = catalogLabel(product, i18n.language);
  const taskType = taskTypes.data
    ? taskTypeChoices(taskTypes.data, product.taskTypeCode, i18n.language).find(
        (item) => item.code === product.taskTypeCode,
      )
    : undefined;

  return (
    <Page title={name}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/products">
          {t('products.backToList')}
        </RouterLink>
      </Paragraph>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      <section aria-labelledby="product-details-heading" className="panel">
        <Heading variant="h2" id="product-details-heading" mb="s">
          {t('products.details')}
        </Heading>
        <dl className="details">
          <dt>{t('products.form.code')}</dt>
          <dd>{product.code}</dd>
          <dt>{t('products.form.taskType')}</dt>
          <dd>
            {taskType
              ? catalogLabel(taskType, i18n.language)
              : (product.taskTypeCode ?? t('products.noTaskType'))}
          </dd>
          <dt>{t('products.statusLabel')}</dt>
          <dd>{product.active ? t('products.active') : t('products.inactive')}</dd>
        </dl>
      </section>
      <section aria-labelledby="product-edit-heading" className="panel">
        <Heading variant="h2" id="product-edit-heading" mb="s">
          {t('products.editHeading')}
        </Heading>
        {stale ? <ProblemAlert problem={stale} ref={staleRef} className="mb-m" /> : null}
        {taskTypes.data ? (
          <ProductForm
            key={product.code}
            taskTypes={taskTypes.data}
            product={product}
            submitting={update.isPending}
            onSubmit={async (values) => {
              setNotice(null);
              setStale(null);
              try {
                await update.mutateAsync({
                  path: { code: product.code },
                  headers: ifMatchHeader(product),
                  body: toUpdateProductBody(values),
                });
                setNotice(t('products.saved'));
              } catch (error) {
                const problem = toApiProblem(error);
                if (problem.status !== 412) throw error;
                // Read the latest version first, so the form shows it when the explanation appears.
                await reload(product.code);
                setStale(problem);
              }
            }}
          />
        ) : taskTypes.isError ? (
          <ProblemAlert problem={toApiProblem(taskTypes.error)} />
        ) : (
          <LoadingSpinner text={t('common.loading')} variant="small" />
        )}
      </section>
      <ProductStatusSection product={product} onChanged={setNotice} />
    </Page>
  );
}
