import type { FeedbackRequestDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/date';

/**
 * My feedback requests, a line each: the task (a link to the form or the answers), when it was, who it
 * was with (the expert's name for the orderer, the ordering unit for the expert) and whether it is answered.
 */
export function FeedbackRequestList({ items }: { items: FeedbackRequestDto[] }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <ul className="plain-list" data-testid="feedback-request-list">
      {items.map((f) => (
        <li key={f.id} className="feedback-request-item">
          <p>
            <Link to="/feedback/$feedbackRequestId" params={{ feedbackRequestId: f.id }}>
              {f.task.title}
            </Link>
          </p>
          <p className="hint">
            {[
              when(f.task.startsAt),
              f.respondent === 'expert'
                ? t('feedback.requests.unit', { name: f.unitName })
                : t('feedback.requests.expert', { name: f.expertName }),
            ].join(' · ')}
          </p>
          <p>
            <strong className={f.status === 'open' ? 'feedback-open' : undefined}>
              {f.status === 'answered' && f.answeredAt
                ? t('feedback.answer.answeredAt', { at: when(f.answeredAt) })
                : t(`feedback.requests.status.${f.status}`)}
            </strong>
          </p>
        </li>
      ))}
    </ul>
  );
}
