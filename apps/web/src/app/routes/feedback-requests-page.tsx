import '../../features/feedback/feedback-strings';
import '../../features/feedback/indicator/indicator-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner } from 'suomifi-ui-components';
import { useFeedbackRequests } from '../../features/feedback/api/feedback-requests';
import { FeedbackRequestList } from '../../features/feedback/components/feedback-request-list';
import { IndicatorCard } from '../../features/feedback/indicator/components/indicator-card';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { canUse } from '../navigation.rules';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/feedback');

/** One page of my requests; "show more" asks for the next with the cursor. */
function RequestsPage({ cursor, onMore }: { cursor?: string; onMore: (next: string) => void }) {
  const { t } = useTranslation();
  const page = useFeedbackRequests({ cursor });
  const [asked, setAsked] = useState(false);
  if (page.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (page.isError) return <ProblemAlert problem={toApiProblem(page.error)} />;
  const { items, nextCursor } = page.data;
  return (
    <>
      {items.length === 0 && !cursor ? (
        <p className="empty-state">{t('feedback.requests.none')}</p>
      ) : (
        <FeedbackRequestList items={items} />
      )}
      {nextCursor && !asked ? (
        <Button
          type="button"
          variant="secondary"
          className="load-more"
          onClick={() => {
            setAsked(true);
            onMore(nextCursor);
          }}
        >
          {t('feedback.requests.more')}
        </Button>
      ) : null}
    </>
  );
}

/** "How did it go?" after delivered tasks: my requests to answer (the open first) and those answered. */
export function FeedbackRequestsPage() {
  const { t } = useTranslation();
  const { user } = route.useRouteContext();
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  return (
    <Page title={t('feedback.requests.title')} lead={<p>{t('feedback.requests.lead')}</p>}>
      {canUse(user.roles, 'participation') ? <IndicatorCard /> : null}
      {canUse(user.roles, 'reportBacks') ? (
        <p>
          <Link to="/what-my-tasks-gave">
            {t(
              user.roles.includes('coordinator')
                ? 'feedback.reportBacks.titleAll'
                : 'feedback.reportBacks.title',
            )}
          </Link>
        </p>
      ) : null}
      {cursors.map((cursor) => (
        <RequestsPage
          key={cursor ?? 'first'}
          cursor={cursor}
          onMore={(next) => setCursors((c) => [...c, next])}
        />
      ))}
    </Page>
  );
}
