import '../../features/feedback/indicator/indicator-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import {
  useAnswerIndicatorRequest,
  useIndicatorRequest,
} from '../../features/feedback/indicator/api/indicator';
import { IndicatorForm } from '../../features/feedback/indicator/components/indicator-form';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/participation/$indicatorRequestId');

/**
 * THL's participation indicator (a notification's link, or the card on the feedback page): the ten
 * statements while open; after sending a thank-you with the score in plain words takes the focus.
 */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { indicatorRequestId } = route.useParams();
  const request = useIndicatorRequest(indicatorRequestId);
  const answer = useAnswerIndicatorRequest(indicatorRequestId);
  const [outcome, setOutcome] = useState<'thanks' | 'already' | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const back = (
    <p>
      <Link to="/feedback">{t('indicator.page.back')}</Link>
    </p>
  );

  if (request.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (request.isError) {
    const problem = toApiProblem(request.error);
    return (
      <Page title={t('indicator.page.title')}>
        {problem.status === 404 ? <p>{t('indicator.page.notFound')}</p> : <ProblemAlert problem={problem} />}
        {back}
      </Page>
    );
  }

  const r = request.data;
  const done = (next: 'thanks' | 'already') => {
    setOutcome(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  return (
    <Page
      title={t('indicator.page.title')}
      lead={r.status === 'open' ? <p>{t('indicator.page.lead')}</p> : undefined}
    >
      {back}
      <div role="status" className="notice feedback-notice mt-m" ref={noticeRef} tabIndex={-1}>
        {r.status === 'answered' ? (
          <>
            <p className="feedback-thanks">
              {outcome === 'thanks' ? t('indicator.thanks.title') : t('indicator.thanks.already')}
            </p>
            {r.score !== null ? (
              <>
                <p className="indicator-score">{t('indicator.thanks.score', { score: r.score })}</p>
                <p>{t('indicator.thanks.explain')}</p>
              </>
            ) : null}
            <p>{t('indicator.thanks.next')}</p>
          </>
        ) : null}
      </div>
      {r.status === 'open' ? (
        <IndicatorForm
          request={r}
          answer={answer}
          onAnswered={() => done('thanks')}
          onAlreadyAnswered={() => done('already')}
        />
      ) : null}
    </Page>
  );
}
