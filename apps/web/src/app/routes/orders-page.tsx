import '../../features/orders/orders-strings';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useOrders } from '../../features/orders/api/list-orders';
import { OrderFilters, type OrdersSearch } from '../../features/orders/components/order-filters';
import { OrderList } from '../../features/orders/components/order-list';
import { periodRange, viewerOf } from '../../features/orders/orders.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/orders');

/** "My orders" for an orderer (their units' orders), all orders for a coordinator. */
export function OrdersPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const { user } = route.useRouteContext();
  const viewer = viewerOf(user.roles);
  const navigate = useNavigate({ from: '/orders' });
  const query = useMemo(
    () => ({
      status: search.status,
      q: search.q,
      ...periodRange(search.period),
      sort:
        search.period === 'past' ? ('-startsAt' as const) : search.period ? ('startsAt' as const) : undefined,
    }),
    [search],
  );
  const orders = useOrders(query);
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const onFilterChange = (patch: Partial<OrdersSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const title = viewer === 'coordinator' ? t('orders.list.titleAll') : t('orders.list.title');

  return (
    <Page
      title={title}
      lead={
        <Paragraph mb="m">
          {t(viewer === 'coordinator' ? 'orders.list.leadAll' : 'orders.list.lead')}
        </Paragraph>
      }
    >
      {user.roles.includes('orderer') ? (
        <div className="button-row mb-m">
          <RouterLink asComponent={Link} to="/orders/new" search={{}} className="button-link">
            {t('orders.new.link')}
          </RouterLink>
        </div>
      ) : null}
      <OrderFilters filters={search} onChange={onFilterChange} />
      <p role="status" className="result-count">
        {orders.data
          ? orders.hasNextPage
            ? t('orders.list.countMore', { count: items.length })
            : t('orders.list.count', { count: items.length })
          : ''}
      </p>
      <h2 id="order-list-heading" className="visually-hidden">
        {t('orders.list.heading')}
      </h2>
      {orders.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {orders.isError ? <ProblemAlert problem={toApiProblem(orders.error)} /> : null}
      {orders.data && items.length === 0 ? <Paragraph>{t('orders.list.none')}</Paragraph> : null}
      {items.length > 0 ? <OrderList orders={items} labelledBy="order-list-heading" viewer={viewer} /> : null}
      {orders.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            disabled={orders.isFetchingNextPage}
            onClick={() => void orders.fetchNextPage()}
          >
            {t('orders.list.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
