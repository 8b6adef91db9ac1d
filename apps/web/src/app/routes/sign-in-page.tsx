import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { Page } from '../../shared/ui/page';
import { safeRedirect } from '../navigation.rules';

const route = getRouteApi('/sign-in');

export function SignInPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  return (
    <div className="narrow">
      <Page title={t('signIn.title')}>
        {search.reason ? (
          <InlineAlert
            status={search.reason === 'expired' ? 'warning' : 'neutral'}
            role="status"
            className="mb-m"
          >
            {t(search.reason === 'expired' ? 'signIn.expired' : 'signIn.signedOut')}
          </InlineAlert>
        ) : null}
        <Paragraph mb="m">{t('signIn.intro')}</Paragraph>
        <SignInForm
          onSignedIn={() => void navigate({ href: safeRedirect(search.redirect), replace: true })}
        />
        <Paragraph mt="l" className="hint">
          {t('signIn.help')}
        </Paragraph>
        <Paragraph mt="l">
          {t('signIn.applyLead')} <Link to="/apply">{t('signIn.apply')}</Link>
        </Paragraph>
      </Page>
    </div>
  );
}
