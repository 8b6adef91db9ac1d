import type { ExpertSummaryDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useExperienceAreas } from '../api/list-experience-areas';
import { useLanguages } from '../api/list-languages';
import { useTrainingTiers } from '../api/list-training-tiers';
import { labelFor, municipalityName } from '../../../shared/format/catalog-label';

/**
 * The search results as cards (a table does not fit 360 px); each card is a list item whose heading names
 * the person, so screen readers can jump from person to person.
 */
export function ExpertList({
  experts,
  labelledBy,
}: {
  experts: readonly ExpertSummaryDto[];
  labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const areas = useExperienceAreas();
  const languages = useLanguages();
  const tiers = useTrainingTiers();
  return (
    <ul className="plain-list expert-list" aria-labelledby={labelledBy}>
      {experts.map((expert) => (
        <li key={expert.id} className="expert-card">
          <h3 className="expert-name">
            <Link to="/registry/$expertId" params={{ expertId: expert.id }}>
              {expert.lastName}, {expert.firstName}
            </Link>
          </h3>
          <dl className="details details-inline">
            <dt>{t('registry.list.municipality')}</dt>
            <dd>
              {expert.municipality ? municipalityName(expert.municipality, lang) : t('registry.list.unknown')}
            </dd>
            <dt>{t('registry.list.languages')}</dt>
            <dd>{expert.languages.map((code) => labelFor(languages.data, code, lang)).join(', ') || '–'}</dd>
            <dt>{t('registry.list.tier')}</dt>
            <dd>{expert.tier ? labelFor(tiers.data, expert.tier, lang) : t('registry.list.noTier')}</dd>
            <dt>{t('registry.list.status')}</dt>
            <dd>{t(`registry.status.${expert.status}`)}</dd>
          </dl>
          {expert.areas.length > 0 ? (
            <ul className="tag-list" aria-label={t('registry.list.areas')}>
              {expert.areas.map((area) => (
                <li key={area.code} className="tag">
                  {labelFor(areas.data, area.code, lang)}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
