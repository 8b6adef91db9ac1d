import type { QuestionnaireDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { titleIn } from '../questionnaires.rules';

/** The instruments, each by its newest version: title, key, whom it asks, version and whether it is locked. */
export function QuestionnaireList({
  questionnaires,
  labelledBy,
}: {
  questionnaires: readonly QuestionnaireDto[];
  labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plain-list" aria-labelledby={labelledBy} data-testid="questionnaire-list">
      {questionnaires.map((q) => (
        <li key={q.id} className="questionnaire-item">
          <p>
            <Link to="/questionnaires/$key" params={{ key: q.key }}>
              {titleIn(q.title, i18n.language)}
            </Link>
            {q.locked ? <span className="questionnaire-badge">{t('questionnaires.lockedBadge')}</span> : null}
          </p>
          <p>
            {t('questionnaires.key')}: {q.key} · {t('questionnaires.version')} {q.version}
          </p>
          <p>
            {t('questionnaires.audience')}: {t(`questionnaires.audienceName.${q.audience}`)}
          </p>
        </li>
      ))}
    </ul>
  );
}
