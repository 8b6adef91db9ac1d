import '../../features/apply/apply-strings';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import { useRecruitmentStatus } from '../../features/apply/api/get-recruitment-status';
import { longDate } from '../../features/apply/apply.rules';
import { ApplicationForm } from '../../features/apply/components/application-form';
import { RecruitmentClosed } from '../../features/apply/components/recruitment-closed';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** The public application form (no sign-in), or why it is not open now. */
export function ApplyPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const status = useRecruitmentStatus();
  const round = status.data?.open && status.data.roundName ? status.data : null;
  return (
    <div className="narrow">
      <Page
        title={t('apply.title')}
        lead={
          <>
            <p>{t('apply.lead')}</p>
            {round ? (
              <p>
                {t('apply.round.open', { round: round.roundName })}
                {round.closesOn
                  ? ` ${t('apply.round.closes', { date: longDate(round.closesOn, i18n.language) })}`
                  : null}
              </p>
            ) : null}
          </>
        }
      >
        {status.isPending ? (
          <LoadingSpinner text={t('common.loading')} variant="small" />
        ) : status.isError ? (
          <ProblemAlert problem={toApiProblem(status.error)} />
        ) : status.data.open ? (
          <ApplicationForm
            status={status.data}
            onSent={(received) =>
              void navigate({ to: '/apply/sent', search: { hours: received.confirmWithinHours } })
            }
          />
        ) : (
          <RecruitmentClosed status={status.data} />
        )}
      </Page>
    </div>
  );
}
