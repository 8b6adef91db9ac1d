import '../../features/feedback/feedback-strings';
import type { FeedbackRequestDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import { useAnswerFeedbackRequest, useFeedbackRequest } from '../../features/feedback/api/feedback-requests';
import { FeedbackAnswersView } from '../../features/feedback/components/feedback-answers-view';
import { FeedbackRequestForm } from '../../features/feedback/components/feedback-request-form';
import { itemText } from '../../features/feedback/feedback-answers.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/feedback/$feedbackRequestId');

/** What happened on this page: answered now (with or without a request to talk), or answered before. */
type Outcome = 'thanks' | 'thanksTalk' | 'thanksComplaint' | 'already' | null;

/**
 * One feedback request (a notification's link): the questions while it is open, the answers once given.
 * After sending, a thank-you takes the focus and the answers are shown. Phone first.
 */
export function FeedbackRequestPage() {
  const { t, i18n } = useTranslation();
  const { feedbackRequestId } = route.useParams();
  const request = useFeedbackRequest(feedbackRequestId);
  const answer = useAnswerFeedbackRequest(feedbackRequestId);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const back = (
    <p>
      <Link to="/feedback" activeOptions={{ exact: true }}>
        {t('feedback.requests.back')}
      </Link>
    </p>
  );

  if (request.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (request.isError) {
    const problem = toApiProblem(request.error);
    return (
      <Page title={t('feedback.requests.title')}>
        {problem.status === 404 ? <p>{t('feedback.answer.notFound')}</p> : <ProblemAlert problem={problem} />}
        {back}
      </Page>
    );
  }

  const f = request.data;
  const expert = f.respondent === 'expert';
  const done = (next: Outcome) => {
    setOutcome(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const answered = (d: FeedbackRequestDto) =>
    done(d.debriefRequestId ? 'thanksTalk' : d.complaintId ? 'thanksComplaint' : 'thanks');

  return (
    <Page title={itemText(f.questionnaire.title, i18n.language, expert)}>
      {back}
      <dl className="details feedback-task">
        <dt>{t('feedback.answer.task')}</dt>
        <dd>{f.task.title}</dd>
        <dt>{t('feedback.answer.when')}</dt>
        <dd>{formatDateTime(f.task.startsAt, i18n.language)}</dd>
        {f.task.place ? (
          <>
            <dt>{t('feedback.answer.place')}</dt>
            <dd>{f.task.place}</dd>
          </>
        ) : null}
        <dt>{expert ? t('feedback.answer.unit') : t('feedback.answer.expert')}</dt>
        <dd>{expert ? f.unitName : f.expertName}</dd>
      </dl>
      <div role="status" className="notice feedback-notice mt-m" ref={noticeRef} tabIndex={-1}>
        {outcome === 'thanks' || outcome === 'thanksTalk' || outcome === 'thanksComplaint' ? (
          <p className="feedback-thanks">
            {t('feedback.answer.thanks')}
            {outcome !== 'thanks' ? ` ${t(`feedback.answer.${outcome}`)}` : null}
          </p>
        ) : outcome === 'already' ? (
          <p>{t('feedback.answer.already')}</p>
        ) : null}
      </div>
      {f.status === 'open' ? (
        <FeedbackRequestForm
          request={f}
          answer={answer}
          onAnswered={answered}
          onAlreadyAnswered={() => done('already')}
        />
      ) : (
        <FeedbackAnswersView request={f} />
      )}
    </Page>
  );
}
