// The orders' strings first: the matching pages reuse parts of them.
import '../../features/orders/orders-strings';
import '../../features/matching/matching-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { CandidatePanel } from '../../features/matching/components/candidate-panel';
import { OrderStaffing } from '../../features/matching/components/order-staffing';
import { useOrder } from '../../features/orders/api/get-order';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/orders/$orderId/experts');

/** The coordinator finds experts for an order: ranked candidates with reasons, offers, assignments. */
export function OrderExpertsPage() {
  const { t } = useTranslation();
  const { orderId } = route.useParams();
  const order = useOrder(orderId);
  if (order.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (order.isError) {
    const problem = toApiProblem(order.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  const inMatching = ['in_matching', 'partly_staffed', 'staffed'].includes(order.data.status);
  return (
    <Page title={t('matching.find.title', { title: order.data.title })}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/orders/$orderId" params={{ orderId }}>
          {t('matching.find.backToOrder')}
        </RouterLink>
      </Paragraph>
      {inMatching ? (
        <CandidatePanel order={order.data} />
      ) : (
        <InlineAlert status="warning">{t('matching.find.notInMatching')}</InlineAlert>
      )}
      <OrderStaffing orderId={orderId} />
    </Page>
  );
}
