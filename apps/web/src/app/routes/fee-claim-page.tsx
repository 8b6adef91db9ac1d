import '../../features/fees/fees-strings';
import type { ClaimDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useClaim } from '../../features/fees/api/get-claim';
import { ClaimActions } from '../../features/fees/components/claim-actions';
import { ClaimEvents } from '../../features/fees/components/claim-events';
import { ClaimLines } from '../../features/fees/components/claim-lines';
import { ClaimReceipts } from '../../features/fees/components/claim-receipts';
import { ClaimReportForm } from '../../features/fees/components/claim-report-form';
import { ClaimSteps } from '../../features/fees/components/claim-steps';
import { formatDay } from '../../features/fees/fees.rules';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/fees/$claimId');

export function FeeClaimPage() {
  const { t } = useTranslation();
  const { claimId } = route.useParams();
  const claim = useClaim(claimId);
  if (claim.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (claim.isError) {
    const problem = toApiProblem(claim.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return <FeeClaim claim={claim.data} />;
}

/** One claim for everyone who may read it: where it is on its path, what it is made of, and the next step. */
function FeeClaim({ claim }: { claim: ClaimDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = route.useRouteContext();
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const isExpert = user.roles.includes('expert') && !user.roles.some((r) => r !== 'expert');
  const canEdit = claim.actions.includes('edit');
  const done = (text: string) => {
    setProblem(null);
    setNotice(text);
  };
  const failed = (error: unknown) => {
    setNotice(null);
    setProblem(toApiProblem(error));
  };

  return (
    <Page title={claim.title}>
      {isExpert ? (
        <Paragraph mb="m">
          <RouterLink asComponent={Link} to="/fees">
            {t('fees.claim.back')}
          </RouterLink>
        </Paragraph>
      ) : null}
      <p className="meta" data-testid="claim-number">
        {t('fees.claim.number', { number: claim.number, order: claim.orderNumber })}
      </p>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {claim.status === 'returned' && claim.returnReason ? (
        <InlineAlert status="warning" labelText={t('fees.where.returned')}>
          {t('fees.myFees.returnedBecause', { reason: claim.returnReason })}
        </InlineAlert>
      ) : null}

      <section aria-labelledby="claim-steps-heading" className="panel">
        <Heading variant="h2" id="claim-steps-heading" mb="s">
          {t('fees.claim.stepsHeading')}
        </Heading>
        <ClaimSteps claim={claim} />
      </section>

      {canEdit ? (
        <section className="panel">
          <ClaimReportForm claim={claim} canSubmit={claim.actions.includes('submit')} onDone={done} />
        </section>
      ) : null}

      <ClaimActions claim={claim} onDone={done} onFailed={failed} />

      <section aria-labelledby="claim-lines-heading" className="panel">
        <Heading variant="h2" id="claim-lines-heading" mb="s">
          {t('fees.claim.linesHeading')}
        </Heading>
        {claim.asVolunteer ? <p>{t('fees.claim.volunteer')}</p> : null}
        {claim.lateCancellation ? <p>{t('fees.claim.late')}</p> : null}
        {claim.trainingTask ? <p>{t('fees.claim.training')}</p> : null}
        <ClaimLines claim={claim} />
      </section>

      <section aria-labelledby="claim-receipts-heading" className="panel">
        <Heading variant="h2" id="claim-receipts-heading" mb="s">
          {t('fees.receipts.heading')}
        </Heading>
        <ClaimReceipts claim={claim} canChange={canEdit} />
      </section>

      <section aria-labelledby="claim-details-heading" className="panel">
        <Heading variant="h2" id="claim-details-heading" mb="s">
          {t('fees.claim.detailsHeading')}
        </Heading>
        <dl className="details">
          <dt>{t('fees.claim.field.expert')}</dt>
          <dd>{claim.expertName}</dd>
          <dt>{t('fees.claim.field.taskDay')}</dt>
          <dd>{formatDay(claim.taskDate, lang)}</dd>
          <dt>{t('fees.claim.field.unit')}</dt>
          <dd>{claim.unitName}</dd>
          <dt>{t('fees.claim.field.costCentre')}</dt>
          <dd>{claim.costCentre}</dd>
          <dt>{t('fees.claim.field.payment')}</dt>
          <dd>{t(`fees.claim.payment.${claim.asVolunteer ? 'volunteer' : claim.paymentMethod}`)}</dd>
        </dl>
      </section>

      <section aria-labelledby="claim-events-heading" className="panel">
        <Heading variant="h2" id="claim-events-heading" mb="s">
          {t('fees.claim.eventsHeading')}
        </Heading>
        <ClaimEvents claimId={claim.id} />
      </section>
    </Page>
  );
}
