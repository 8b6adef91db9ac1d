import type { ComplaintDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format/date';
import type { ComplaintViewer } from '../complaints.rules';

/**
 * Complaints, a line each: the task (a link to the complaint), its state, and for coordinators and the
 * unit who ordered it and which expert did it, and when it came. The expert's lines say only that there
 * is feedback on their task and whether they are asked for their view.
 */
export function ComplaintList({ items, viewer }: { items: ComplaintDto[]; viewer: ComplaintViewer }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const expert = viewer === 'expert';
  return (
    <ul className="plain-list" data-testid="complaint-list">
      {items.map((c) => (
        <li key={c.id} className="complaint-item">
          <p>
            <Link to="/complaints/$complaintId" params={{ complaintId: c.id }}>
              {c.task.title}
            </Link>{' '}
            ·{' '}
            <strong className={c.status === 'received' && !expert ? 'complaint-received' : undefined}>
              {t(expert ? `complaints.statusExpert.${c.status}` : `complaints.status.${c.status}`)}
            </strong>
          </p>
          <p className="hint">{t('complaints.line.task', { at: when(c.task.startsAt) })}</p>
          {expert ? (
            c.allowedMoves.includes('give_view') ? (
              <p>{t('complaints.line.viewAsked')}</p>
            ) : null
          ) : (
            <>
              <p className="hint">
                {t('complaints.line.unit', { name: c.unitName })} ·{' '}
                {t('complaints.line.expert', { name: c.expertName })}
              </p>
              <p className="hint">{t('complaints.line.received', { at: when(c.receivedAt) })}</p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
