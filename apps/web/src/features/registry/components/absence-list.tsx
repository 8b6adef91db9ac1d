import type { AbsenceDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from 'suomifi-ui-components';
import { formatDate } from '../../../shared/format/date';

/** Absences and breaks, soonest first, each with its own remove button. */
export function AbsenceList({
  absences,
  removing,
  onRemove,
}: {
  absences: readonly AbsenceDto[];
  removing: boolean;
  onRemove: (absence: AbsenceDto) => void;
}) {
  const { t } = useTranslation();
  if (absences.length === 0) return <Paragraph mb="m">{t('registry.absence.none')}</Paragraph>;
  const sorted = [...absences].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return (
    <ul className="plain-list record-list">
      {sorted.map((absence) => {
        const text = t('registry.absence.range', {
          kind: t(`registry.absence.kind.${absence.kind}`),
          from: formatDate(absence.startsOn),
          to: formatDate(absence.endsOn),
        });
        return (
          <li key={absence.id} className="record-row">
            <span>{text}</span>
            <Button
              type="button"
              variant="secondaryNoBorder"
              disabled={removing}
              aria-label={t('registry.absence.removeNamed', { what: text })}
              onClick={() => onRemove(absence)}
            >
              {t('registry.absence.remove')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
