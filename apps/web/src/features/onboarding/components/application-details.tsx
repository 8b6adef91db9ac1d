import type { ApplicationDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { labelFor } from '../../../shared/format/catalog-label';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { LANGUAGE_NAMES } from '../../../shared/i18n/language-names';
import { useExperienceAreas, useLanguages, useTaskTypes } from '../api/list-catalogues';
import { ApplicationCertificates } from './application-certificates';

/** What the applicant told in the form (experience areas are special-category data: coordinators only). */
export function ApplicationDetails({ application: a }: { application: ApplicationDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const areas = useExperienceAreas();
  const languages = useLanguages();
  const taskTypes = useTaskTypes();
  const none = '–';
  return (
    <dl className="details">
      <dt>{t('onboarding.detail.email')}</dt>
      <dd>{a.email}</dd>
      <dt>{t('onboarding.detail.phone')}</dt>
      <dd>{a.phone ?? none}</dd>
      <dt>{t('onboarding.detail.birthDate')}</dt>
      <dd>
        {formatDate(a.birthDate)}
        {a.minor ? ` (${t('onboarding.list.minor')})` : ''}
      </dd>
      <dt>{t('onboarding.list.municipality')}</dt>
      <dd>{a.municipalityName ?? a.municipalityCode}</dd>
      <dt>{t('onboarding.detail.locale')}</dt>
      <dd>
        <span lang={a.locale}>{LANGUAGE_NAMES[a.locale]}</span>
      </dd>
      <dt>{t('onboarding.detail.languages')}</dt>
      <dd>{a.languages.map((code) => labelFor(languages.data, code, lang)).join(', ') || none}</dd>
      <dt>{t('onboarding.detail.areas')}</dt>
      <dd>
        {a.areas.length === 0 ? (
          none
        ) : (
          <ul className="plain-list">
            {a.areas.map((area) => (
              <li key={area.code}>
                {labelFor(areas.data, area.code, lang)} –{' '}
                {area.visibleToOrderers
                  ? t('onboarding.detail.areaVisible')
                  : t('onboarding.detail.areaHidden')}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('onboarding.detail.taskTypes')}</dt>
      <dd>{a.taskTypes.map((code) => labelFor(taskTypes.data, code, lang)).join(', ') || none}</dd>
      <dt>{t('onboarding.detail.priorTraining')}</dt>
      <dd>
        {a.priorTraining.length === 0 ? (
          t('onboarding.detail.noPriorTraining')
        ) : (
          <ul className="plain-list">
            {a.priorTraining.map((training, i) => (
              <li key={i}>{t('onboarding.detail.priorTrainingItem', training)}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('onboarding.detail.certificates')}</dt>
      <dd>
        <ApplicationCertificates application={a} />
      </dd>
      <dt>{t('onboarding.detail.availability')}</dt>
      <dd className="notes">{a.availability ?? none}</dd>
      <dt>{t('onboarding.detail.heardFrom')}</dt>
      <dd>{a.heardFrom ?? none}</dd>
      <dt>{t('onboarding.detail.message')}</dt>
      <dd className="notes">{a.message ?? none}</dd>
      {a.guardian ? (
        <>
          <dt>{t('onboarding.detail.guardian')}</dt>
          <dd>
            {[a.guardian.name, a.guardian.email, a.guardian.phone].filter(Boolean).join(', ')}
            <br />
            {a.guardian.consentedAt
              ? t('onboarding.detail.guardianConsented', {
                  when: formatDateTime(a.guardian.consentedAt, lang),
                })
              : t('onboarding.detail.guardianWaiting')}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
