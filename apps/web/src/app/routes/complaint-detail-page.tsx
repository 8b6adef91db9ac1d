import '../../features/feedback/complaints/complaints-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import { useComplaint } from '../../features/feedback/complaints/api/complaints';
import {
  ComplaintDetails,
  ComplaintForExpert,
} from '../../features/feedback/complaints/components/complaint-details';
import { ComplaintMoves } from '../../features/feedback/complaints/components/complaint-moves';
import { complaintViewer } from '../../features/feedback/complaints/complaints.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/complaints/$complaintId');

/**
 * One complaint (the notifications link here). A coordinator sees all of it and makes the moves the API
 * allows; the ordering unit sees their words, the answer and the outcome, and makes none; the expert
 * sees, in plain words, what they were asked, gives their view once asked, and the outcome.
 */
export function ComplaintDetailPage() {
  const { t } = useTranslation();
  const { complaintId } = route.useParams();
  const { user } = route.useRouteContext();
  const viewer = complaintViewer(user.roles);
  const complaint = useComplaint(complaintId);
  const back = (
    <p>
      <Link to="/complaints">{t(viewer === 'expert' ? 'complaints.backExpert' : 'complaints.back')}</Link>
    </p>
  );

  if (complaint.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (complaint.isError) {
    const problem = toApiProblem(complaint.error);
    return (
      <Page title={t(viewer === 'expert' ? 'complaints.titleExpert' : 'complaints.title')}>
        {problem.status === 404 ? <p>{t('complaints.notFound')}</p> : <ProblemAlert problem={problem} />}
        {back}
      </Page>
    );
  }
  const c = complaint.data;
  if (viewer === 'expert')
    return (
      <Page
        title={t('complaints.detail.titleExpert', { task: c.task.title })}
        lead={<p>{t('complaints.lead.expert')}</p>}
      >
        {back}
        <ComplaintForExpert complaint={c} viewForm={<ComplaintMoves complaint={c} viewer="expert" />} />
      </Page>
    );
  return (
    <Page title={t('complaints.detail.title', { task: c.task.title })}>
      {back}
      <ComplaintDetails complaint={c} viewer={viewer} />
      {viewer === 'coordinator' ? <ComplaintMoves complaint={c} viewer="coordinator" /> : null}
    </Page>
  );
}
