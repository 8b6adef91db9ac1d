import '../../features/orders/orders-strings';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useProducts } from '../../features/orders/api/list-products';
import { useCreateOrder } from '../../features/orders/api/create-order';
import { OrderForm } from '../../features/orders/components/order-form';
import { ProductCards } from '../../features/orders/components/product-cards';
import { setOrderFlash } from '../../features/orders/flash';
import { newOrderValues, toOrderBody } from '../../features/orders/orders.rules';
import { useAllUnits } from '../../features/units/api/list-units';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { catalogLabel } from '../../shared/format/catalog-label';

const route = getRouteApi('/authenticated/orders/new');

/** "Order an expert": choose a product, then the guided order form. */
export function OrderNewPage() {
  const { t, i18n } = useTranslation();
  const { product: productCode } = route.useSearch();
  const { user } = route.useRouteContext();
  const navigate = useNavigate({ from: '/orders/new' });
  const products = useProducts();
  const units = useAllUnits();
  const create = useCreateOrder();
  const product = products.data?.find((p) => p.code === productCode);
  const myUnits = (units.data ?? []).filter((u) => u.active && user.unitIds.includes(u.id));

  if (products.isPending || (product && units.isPending)) {
    return (
      <Page title={t('orders.new.title')}>
        <LoadingSpinner text={t('common.loading')} variant="small" />
      </Page>
    );
  }
  if (products.isError) {
    return (
      <Page title={t('orders.new.title')}>
        <ProblemAlert problem={toApiProblem(products.error)} />
      </Page>
    );
  }
  if (!product) {
    return (
      <Page title={t('orders.new.title')} lead={<Paragraph mb="m">{t('orders.new.lead')}</Paragraph>}>
        <p className="hint">{t('orders.step.numbered', { n: 1, title: t('orders.step.product') })}</p>
        <h2 className="visually-hidden">{t('orders.products.heading')}</h2>
        <ProductCards
          products={products.data}
          onChoose={(p) => void navigate({ search: { product: p.code } })}
        />
      </Page>
    );
  }

  const unitId = myUnits[0]?.id ?? user.unitIds[0] ?? '';
  const save = async (submit: boolean, values: Parameters<typeof toOrderBody>[0]) => {
    const order = await create.mutateAsync({ body: toOrderBody(values, product.code, submit) });
    setOrderFlash(submit ? 'sent' : 'draft-saved');
    await navigate({ to: '/orders/$orderId', params: { orderId: order.id } });
  };
  return (
    <Page title={t('orders.new.titleWithProduct', { product: catalogLabel(product, i18n.language) })}>
      <OrderForm
        key={product.code}
        product={product}
        units={myUnits}
        initialValues={newOrderValues(product, { name: user.displayName, email: user.email }, unitId)}
        submitting={create.isPending}
        onChangeProduct={() => void navigate({ search: {} })}
        onSaveDraft={(values) => save(false, values)}
        onSend={(values) => save(true, values)}
      />
    </Page>
  );
}
