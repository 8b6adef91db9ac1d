import type { ApplicationEventDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/date';
import { timelineKindKey } from '../onboarding.rules';

/** Every move and note, oldest first as the API gives them; who did it, and the reason or note in full. */
export function ApplicationTimeline({ events }: { events: readonly ApplicationEventDto[] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <p>{t('onboarding.timeline.none')}</p>;
  return (
    <ol className="plain-list onboarding-timeline">
      {events.map((event) => {
        const who = event.actorName
          ? `${event.actorName} (${t(`onboarding.actor.${event.actorKind}`)})`
          : t(`onboarding.actor.${event.actorKind}`);
        return (
          <li key={event.id} className={`onboarding-event${event.kind === 'note' ? ' note' : ''}`}>
            <p className="onboarding-event-title">
              <strong>{t(timelineKindKey(event.kind))}</strong>
              {event.fromStep && event.toStep
                ? ` – ${t('onboarding.timeline.fromTo', {
                    from: t(`onboarding.step.${event.fromStep}`),
                    to: t(`onboarding.step.${event.toStep}`),
                  })}`
                : event.toStep
                  ? ` – ${t(`onboarding.step.${event.toStep}`)}`
                  : ''}
            </p>
            <p className="onboarding-event-meta">
              <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time> · {who}
            </p>
            {event.reason ? (
              <p className="notes">
                {t('onboarding.timeline.reason')}: {event.reason}
              </p>
            ) : null}
            {event.note ? (
              <p className="notes">
                {event.kind === 'note'
                  ? event.note
                  : event.kind.startsWith('certificate_')
                    ? `${t('onboarding.timeline.file')}: ${event.note}`
                    : `${t('onboarding.timeline.note')}: ${event.note}`}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
