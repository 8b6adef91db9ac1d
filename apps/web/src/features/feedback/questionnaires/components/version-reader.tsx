import type { QuestionnaireDto } from '@kokemus/api-client';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { itemText, READING_LANGUAGES, type ReadingLanguage } from '../questionnaires.rules';

/** One version's questions, read in the language chosen (selkokieli where the participants are asked). */
export function VersionReader({ versions }: { versions: readonly QuestionnaireDto[] }) {
  const { t } = useTranslation();
  const ids = useId();
  const [versionId, setVersionId] = useState(versions[0]?.id);
  const version = versions.find((v) => v.id === versionId) ?? versions[0];
  const languages = READING_LANGUAGES.filter((l) => l !== 'selko' || version?.audience === 'participant');
  const [lang, setLang] = useState<ReadingLanguage>('fi');
  if (!version) return null;
  const shown = languages.includes(lang) ? lang : 'fi';
  return (
    <>
      <div className="questionnaire-choices">
        <div className="feedback-select">
          <label htmlFor={`${ids}-version`}>{t('questionnaires.detail.versionChoice')}</label>
          <select id={`${ids}-version`} value={version.id} onChange={(e) => setVersionId(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {t('questionnaires.version')} {v.version}
                {v.current ? ` (${t('questionnaires.detail.current')})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="feedback-select">
          <label htmlFor={`${ids}-language`}>{t('questionnaires.detail.languageChoice')}</label>
          <select
            id={`${ids}-language`}
            value={shown}
            onChange={(e) => setLang(e.target.value as ReadingLanguage)}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`questionnaires.language.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Heading variant="h3" id={`${ids}-heading`} mb="xs">
        {t('questionnaires.detail.readHeading', { version: version.version })}
      </Heading>
      <p lang={shown === 'selko' ? 'fi' : shown}>{version.title[shown === 'selko' ? 'fi' : shown]}</p>
      <ol
        className="questionnaire-questions"
        aria-labelledby={`${ids}-heading`}
        data-testid="questionnaire-questions"
      >
        {version.items.map((item) => (
          <li key={item.id}>
            <p lang={shown === 'selko' ? 'fi' : shown}>
              <strong>{itemText(item.text, shown)}</strong>
            </p>
            <p>
              {t('questionnaires.detail.kindLabel')}: {t(`questionnaires.kind.${item.kind}`)}
              {' · '}
              {t('questionnaires.detail.themeLabel')}:{' '}
              {item.theme ? t(`questionnaires.theme.${item.theme}`) : t('questionnaires.theme.none')}
              {' · '}
              {item.required ? t('questionnaires.detail.required') : t('questionnaires.detail.optional')}
              {' · '}
              {t('questionnaires.key')}: {item.id}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
