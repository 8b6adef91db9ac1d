import type { ApplicationSummaryDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, helsinkiDate } from '../../../shared/format/date';

/** The step's due date; past it in words (and bold), not only in colour. */
export function DueDate({
  application,
}: {
  application: Pick<ApplicationSummaryDto, 'stepDueOn' | 'stalled'>;
}) {
  const { t } = useTranslation();
  if (!application.stepDueOn) return <>{t('onboarding.list.noDue')}</>;
  const date = formatDate(application.stepDueOn);
  return application.stalled ? (
    <strong className="onboarding-overdue">{t('onboarding.list.stalledAt', { date })}</strong>
  ) : (
    <>{date}</>
  );
}

/**
 * The applications as cards (a table does not fit 360 px), the stalled first as the API orders them; each
 * card's heading names the applicant and opens the application.
 */
export function ApplicationList({
  applications,
  labelledBy,
}: {
  applications: readonly ApplicationSummaryDto[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list" aria-labelledby={labelledBy}>
      {applications.map((a) => (
        <li key={a.id} className={`onboarding-application${a.stalled ? ' stalled' : ''}`}>
          <h3 className="onboarding-application-name">
            <Link to="/onboarding/$applicationId" params={{ applicationId: a.id }}>
              {a.lastName}, {a.firstName}
            </Link>
          </h3>
          <dl className="details details-inline">
            <dt>{t('onboarding.list.step')}</dt>
            <dd>{t(`onboarding.step.${a.step}`)}</dd>
            <dt>{t('onboarding.list.due')}</dt>
            <dd>
              <DueDate application={a} />
            </dd>
            <dt>{t('onboarding.list.owner')}</dt>
            <dd>{a.owner?.name ?? t('onboarding.list.noOwner')}</dd>
            <dt>{t('onboarding.list.municipality')}</dt>
            <dd>{a.municipalityName ?? a.municipalityCode}</dd>
            <dt>{t('onboarding.list.confirmed')}</dt>
            <dd>{formatDate(helsinkiDate(new Date(a.confirmedAt)))}</dd>
          </dl>
          {a.minor ? (
            <ul className="tag-list">
              <li className="tag">{t('onboarding.list.minor')}</li>
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
