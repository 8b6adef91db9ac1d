import type { DebriefRequestDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/date';

/**
 * Debrief requests, a line each: the coordinators' inbox (the expert's name links to the request) or an
 * expert's own requests (who took it on, when it was done).
 */
export function DebriefList({
  items,
  forCoordinator,
}: {
  items: DebriefRequestDto[];
  forCoordinator: boolean;
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <ul className="plain-list" data-testid="debrief-list">
      {items.map((d) => (
        <li key={d.id} className="debrief-item">
          <p>
            {forCoordinator ? (
              <>
                <Link to="/debriefs/$debriefId" params={{ debriefId: d.id }}>
                  {d.expertName}
                </Link>{' '}
                ·{' '}
              </>
            ) : null}
            <strong>{t(`feedback.debriefs.status.${d.status}`)}</strong> ·{' '}
            {t('feedback.debriefs.requested', { at: when(d.requestedAt) })}
          </p>
          {d.task ? <p className="hint">{`${d.task.title}, ${when(d.task.startsAt)}`}</p> : null}
          {d.status === 'open' ? (
            <p className={d.overdue ? 'late' : 'hint'}>
              {t(d.overdue ? 'feedback.debriefs.overdue' : 'feedback.debriefs.due', { due: when(d.dueAt) })}
            </p>
          ) : null}
          {d.takenByName ? (
            <p className="hint">{t('feedback.debriefs.takenBy', { name: d.takenByName })}</p>
          ) : null}
          {d.doneAt ? <p className="hint">{t('feedback.debriefs.doneAt', { at: when(d.doneAt) })}</p> : null}
        </li>
      ))}
    </ul>
  );
}
