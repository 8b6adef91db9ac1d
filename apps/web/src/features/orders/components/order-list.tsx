import type { InboxItemDto, OrderSummaryDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/date';
import { useProducts } from '../api/list-products';
import { NextStep } from './next-step';
import { StatusTag } from './status-tag';
import { labelFor } from '../../../shared/format/catalog-label';

/** Orders as cards (a table does not fit 360 px); each card's heading links to the order. */
export function OrderList({
  orders,
  labelledBy,
  viewer,
}: {
  orders: readonly (OrderSummaryDto | InboxItemDto)[];
  labelledBy: string;
  viewer: 'orderer' | 'coordinator';
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const products = useProducts();
  return (
    <ul className="plain-list" aria-labelledby={labelledBy}>
      {orders.map((order) => {
        const inbox = 'overdue' in order ? order : null;
        return (
          <li key={order.id} className={inbox?.overdue ? 'order-card overdue' : 'order-card'}>
            <h3>
              <Link to="/orders/$orderId" params={{ orderId: order.id }}>
                {order.title}
              </Link>
            </h3>
            <div>
              <StatusTag status={order.status} />{' '}
              {inbox?.overdue ? <span className="overdue-tag">{t('orders.inbox.overdue')}</span> : null}
            </div>
            <dl className="details details-inline">
              <dt>{t('orders.field.number')}</dt>
              <dd>{order.number}</dd>
              <dt>{t('orders.field.product')}</dt>
              <dd>{labelFor(products.data, order.productCode, lang)}</dd>
              {viewer === 'coordinator' ? (
                <>
                  <dt>{t('orders.field.unit')}</dt>
                  <dd>{order.unit.name}</dd>
                </>
              ) : null}
              <dt>{t('orders.field.startsAt')}</dt>
              <dd>{order.startsAt ? formatDateTime(order.startsAt, lang) : t('orders.list.noTime')}</dd>
              <dt>{t('orders.field.times')}</dt>
              <dd>{t('orders.list.times', { count: order.occurrenceCount })}</dd>
              {inbox ? (
                <>
                  <dt>{t('orders.inbox.age')}</dt>
                  <dd>{t('orders.inbox.ageDays', { count: inbox.ageBusinessDays })}</dd>
                  <dt>{t('orders.inbox.due')}</dt>
                  <dd>{inbox.dueAt ? formatDateTime(inbox.dueAt, lang) : '–'}</dd>
                </>
              ) : null}
            </dl>
            <NextStep next={order.nextStep} viewer={viewer} variant="inline" />
          </li>
        );
      })}
    </ul>
  );
}
