import '../../features/agreements/agreements-strings';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useAgreements } from '../../features/agreements/api/list-agreements';
import { AgreementList } from '../../features/agreements/components/agreement-list';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

export function AgreementsPage() {
  const { t } = useTranslation();
  const agreements = useAgreements();
  const items = agreements.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page
      title={t('agreements.admin.title')}
      lead={<Paragraph mb="m">{t('agreements.admin.lead')}</Paragraph>}
    >
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/agreements/new" className="button-link">
          {t('agreements.admin.add')}
        </RouterLink>
      </Paragraph>
      <h2 id="agreement-list-heading" className="visually-hidden">
        {t('agreements.admin.listHeading')}
      </h2>
      <p role="status" className="result-count">
        {agreements.data ? t('agreements.admin.count', { count: items.length }) : ''}
      </p>
      {agreements.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {agreements.isError ? <ProblemAlert problem={toApiProblem(agreements.error)} /> : null}
      {agreements.data && items.length === 0 ? <Paragraph>{t('agreements.admin.none')}</Paragraph> : null}
      {items.length > 0 ? <AgreementList agreements={items} labelledBy="agreement-list-heading" /> : null}
      {agreements.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            disabled={agreements.isFetchingNextPage}
            onClick={() => void agreements.fetchNextPage()}
          >
            {t('agreements.admin.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
