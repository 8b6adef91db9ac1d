import '../../features/orders/orders-strings';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useInbox } from '../../features/orders/api/list-order-inbox';
import { InboxFilters, type InboxSearch } from '../../features/orders/components/order-filters';
import { OrderList } from '../../features/orders/components/order-list';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/orders/inbox');

/** The coordinators' inbox: open orders, overdue first, with their age and deadline. */
export function OrdersInboxPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/orders/inbox' });
  const query = useMemo(
    () => ({ status: search.status ? [search.status] : undefined, product: search.product }),
    [search],
  );
  const inbox = useInbox(query);
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const overdue = items.filter((item) => item.overdue).length;
  const onFilterChange = (patch: Partial<InboxSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <Page title={t('orders.inbox.title')} lead={<Paragraph mb="m">{t('orders.inbox.lead')}</Paragraph>}>
      <InboxFilters filters={search} onChange={onFilterChange} />
      <p role="status" className="result-count">
        {inbox.data
          ? `${inbox.hasNextPage ? t('orders.list.countMore', { count: items.length }) : t('orders.list.count', { count: items.length })}${
              overdue ? ` ${t('orders.inbox.overdueCount', { count: overdue })}` : ''
            }`
          : ''}
      </p>
      <h2 id="inbox-list-heading" className="visually-hidden">
        {t('orders.inbox.heading')}
      </h2>
      {inbox.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {inbox.isError ? <ProblemAlert problem={toApiProblem(inbox.error)} /> : null}
      {inbox.data && items.length === 0 ? <Paragraph>{t('orders.inbox.none')}</Paragraph> : null}
      {items.length > 0 ? (
        <OrderList orders={items} labelledBy="inbox-list-heading" viewer="coordinator" />
      ) : null}
      {inbox.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            disabled={inbox.isFetchingNextPage}
            onClick={() => void inbox.fetchNextPage()}
          >
            {t('orders.list.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
