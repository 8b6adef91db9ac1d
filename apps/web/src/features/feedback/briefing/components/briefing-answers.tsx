import type { BriefingContentDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { BRIEFING_FIELDS } from '../briefing-form.rules';

/** What the unit wrote, question by question (an optional one left out says so). */
export function BriefingAnswers({ content }: { content: BriefingContentDto }) {
  const { t } = useTranslation();
  return (
    <dl className="briefing-answers">
      {BRIEFING_FIELDS.map((field) => {
        const value = content[field];
        const text =
          field === 'quietRoom'
            ? value === null
              ? t('briefing.notGiven')
              : t(`briefing.field.quietRoom.${value ? 'yes' : 'no'}`)
            : ((value as string | null) ?? t('briefing.notGiven'));
        return (
          <div key={field}>
            <dt>{t(`briefing.field.${field}.label`)}</dt>
            <dd>{text}</dd>
          </div>
        );
      })}
    </dl>
  );
}
