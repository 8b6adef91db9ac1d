import type { RecruitmentStatusDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { longDate } from '../apply.rules';

/** No form while applications are not taken: why, and when the next round opens (if that is known). */
export function RecruitmentClosed({ status }: { status: RecruitmentStatusDto }) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="recruitment-closed">
      <InlineAlert status="neutral" labelText={t('apply.closed.heading')} className="mb-m">
        {t(status.reason === 'quota_full' ? 'apply.closed.quotaFull' : 'apply.closed.betweenRounds')}
      </InlineAlert>
      <Paragraph mb="m">
        {status.nextOpensOn
          ? t('apply.closed.nextOpens', { date: longDate(status.nextOpensOn, i18n.language) })
          : t('apply.closed.nextUnknown')}
      </Paragraph>
      <Paragraph>{t('apply.closed.contact')}</Paragraph>
    </div>
  );
}
