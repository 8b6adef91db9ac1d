import '../../features/apply/apply-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Page } from '../../shared/ui/page';

const route = getRouteApi('/apply/sent');
/** The API's APPLICATION_CONFIRM_HOURS default, for an address typed without the hours. */
const DEFAULT_HOURS = 48;

/** After sending: the application waits for the e-mail address to be confirmed. */
export function ApplySentPage() {
  const { t } = useTranslation();
  const { hours = DEFAULT_HOURS } = route.useSearch();
  return (
    <div className="narrow">
      <Page title={t('apply.sent.title')}>
        <div className="panel">
          <Paragraph mb="m">
            <strong>{t('apply.sent.text', { hours })}</strong>
          </Paragraph>
          <Paragraph mb="m">{t('apply.sent.notSaved')}</Paragraph>
          <Paragraph>{t('apply.sent.noMail')}</Paragraph>
        </div>
        <Link to="/apply">{t('apply.sent.again')}</Link>
      </Page>
    </div>
  );
}
