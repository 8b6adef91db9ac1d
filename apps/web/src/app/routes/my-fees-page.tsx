import '../../features/fees/fees-strings';
import { useTranslation } from 'react-i18next';
import { Button, Heading, LoadingSpinner } from 'suomifi-ui-components';
import { useMyClaims } from '../../features/fees/api/list-my-claims';
import { ClaimCard } from '../../features/fees/components/claim-card';
import { MoneyTotals } from '../../features/fees/components/money-totals';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** The expert's own money, phone first: totals before tax, the own limit in words, and every claim as a card. */
export function MyFeesPage() {
  const { t } = useTranslation();
  const claims = useMyClaims();
  const items = claims.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title={t('fees.myFees.title')} lead={<p>{t('fees.myFees.lead')}</p>}>
      <MoneyTotals />
      <section aria-labelledby="fee-claims-heading" className="mt-m">
        <Heading variant="h2" id="fee-claims-heading" mb="s">
          {t('fees.myFees.claimsHeading')}
        </Heading>
        {claims.isPending ? (
          <LoadingSpinner text={t('common.loading')} variant="small" />
        ) : claims.isError ? (
          <ProblemAlert problem={toApiProblem(claims.error)} />
        ) : (
          <>
            {items.length === 0 ? <p>{t('fees.myFees.none')}</p> : null}
            <ul className="claim-list">
              {items.map((claim) => (
                <ClaimCard key={claim.id} claim={claim} />
              ))}
            </ul>
            {claims.hasNextPage ? (
              <Button
                type="button"
                variant="secondary"
                disabled={claims.isFetchingNextPage}
                onClick={() => void claims.fetchNextPage()}
              >
                {t('fees.myFees.loadMore')}
              </Button>
            ) : null}
          </>
        )}
      </section>
    </Page>
  );
}
