import '../../features/orders/orders-strings';
import type { OrderDto } from '@kokemus/api-client';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useProducts } from '../../features/orders/api/list-products';
import { useReloadOnStale } from '../../features/orders/api/order-changed';
import { useSubmitOrder } from '../../features/orders/api/submit-order';
import { useUpdateOrder } from '../../features/orders/api/update-order';
import { useOrder } from '../../features/orders/api/get-order';
import { OrderForm } from '../../features/orders/components/order-form';
import { setOrderFlash } from '../../features/orders/flash';
import { orderToValues, toUpdateBody } from '../../features/orders/orders.rules';
import { useAllUnits } from '../../features/units/api/list-units';
import { toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/orders/$orderId/edit');

/** Editing a draft: the same guided form, saved with If-Match; sending saves and then submits. */
export function OrderEditPage() {
  const { t } = useTranslation();
  const { orderId } = route.useParams();
  const order = useOrder(orderId);
  if (order.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (order.isError) {
    const problem = toApiProblem(order.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return <OrderEdit order={order.data} />;
}

function OrderEdit({ order }: { order: OrderDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const products = useProducts();
  const units = useAllUnits();
  const update = useUpdateOrder();
  const submit = useSubmitOrder();
  const onStale = useReloadOnStale()(order.id);
  const product = products.data?.find((p) => p.code === order.productCode);
  const back = (
    <Paragraph mb="m">
      <RouterLink asComponent={Link} to="/orders/$orderId" params={{ orderId: order.id }}>
        {t('orders.detail.backToOrder')}
      </RouterLink>
    </Paragraph>
  );
  if (order.status !== 'draft') {
    return (
      <Page title={t('orders.edit.title', { title: order.title })}>
        {back}
        <p>{t('orders.edit.notDraft')}</p>
      </Page>
    );
  }
  if (!product || units.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  const orderUnits = (units.data ?? []).filter((u) => u.id === order.unit.id);

  const save = async (values: Parameters<typeof toUpdateBody>[0], send: boolean) => {
    const saved = await update
      .mutateAsync({
        path: { id: order.id },
        headers: ifMatchHeader(order.version),
        body: toUpdateBody(values, product.code),
      })
      .catch(onStale);
    if (send) {
      await submit
        .mutateAsync({ path: { id: order.id }, headers: ifMatchHeader(saved.version) })
        .catch(onStale);
    }
    setOrderFlash(send ? 'sent' : 'draft-saved');
    await navigate({ to: '/orders/$orderId', params: { orderId: order.id } });
  };
  return (
    <Page title={t('orders.edit.title', { title: order.title })}>
      {back}
      <OrderForm
        product={product}
        units={orderUnits}
        initialValues={orderToValues(order)}
        submitting={update.isPending || submit.isPending}
        onSaveDraft={(values) => save(values, false)}
        onSend={(values) => save(values, true)}
      />
    </Page>
  );
}
