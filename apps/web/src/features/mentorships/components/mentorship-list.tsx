import type { MentorshipSummaryDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/date';
import { MentorshipProgress } from './mentorship-progress';

/** Mentorships as cards (a table does not fit 360 px); each card's heading links to the mentorship. */
export function MentorshipList({
  mentorships,
  labelledBy,
}: {
  mentorships: readonly MentorshipSummaryDto[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list" aria-labelledby={labelledBy}>
      {mentorships.map((m) => (
        <li key={m.id} className="mentorship-card">
          <h3 className="mentorship-card-title">
            <Link to="/mentorships/$mentorshipId" params={{ mentorshipId: m.id }}>
              {t('mentorships.list.pair', { trainee: m.trainee.name, mentor: m.mentor.name })}
            </Link>
          </h3>
          <dl className="details details-inline">
            <dt>{t('mentorships.field.trainee')}</dt>
            <dd>{m.trainee.name}</dd>
            <dt>{t('mentorships.field.mentor')}</dt>
            <dd>{m.mentor.name}</dd>
            <dt>{t('mentorships.field.status')}</dt>
            <dd>{t(`mentorships.status.${m.status}`)}</dd>
            <dt>{t('mentorships.field.started')}</dt>
            <dd>{formatDate(m.startedOn)}</dd>
            {m.closedOn ? (
              <>
                <dt>{t('mentorships.field.closed')}</dt>
                <dd>{formatDate(m.closedOn)}</dd>
              </>
            ) : null}
          </dl>
          <MentorshipProgress mentorship={m} />
          {m.status === 'active' && m.ready ? <p className="hint">{t('mentorships.list.ready')}</p> : null}
        </li>
      ))}
    </ul>
  );
}
