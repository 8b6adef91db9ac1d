import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterLink } from 'suomifi-ui-components';

/** The way from a task time to its printable QR sheet; `what` names the time for a screen reader. */
export function ParticipantSheetLink({ occurrenceId, what }: { occurrenceId: string; what: string }) {
  const { t } = useTranslation();
  return (
    <RouterLink
      asComponent={Link}
      to="/participant-feedback/$occurrenceId/sheet"
      params={{ occurrenceId }}
      aria-label={t('participant.sheet.openNamed', { what })}
    >
      {t('participant.sheet.open')}
    </RouterLink>
  );
}
