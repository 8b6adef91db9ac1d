import type { Role } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { useMe } from '../../features/auth/api/get-me';
import { LanguagePreferenceForm } from '../../features/auth/components/language-preference-form';
import { NotificationPreferencesForm } from '../../features/notifications/components/notification-preferences-form';
import { Page } from '../../shared/ui/page';

const ROLE_ORDER: readonly Role[] = ['coordinator', 'orderer', 'approver', 'expert', 'admin', 'reporter'];

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  if (!me) return null;
  return (
    <Page title={t('account.title')}>
      <section aria-labelledby="account-details" className="panel">
        <Heading variant="h2" id="account-details" mb="s">
          {t('account.details')}
        </Heading>
        <dl className="details">
          <dt>{t('account.name')}</dt>
          <dd>{me.displayName}</dd>
          <dt>{t('account.email')}</dt>
          <dd>{me.email}</dd>
          <dt>{t('account.roles')}</dt>
          <dd>
            <ul className="plain-list">
              {ROLE_ORDER.filter((role) => me.roles.includes(role)).map((role) => (
                <li key={role}>{t(`roles.${role}`)}</li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="account-language" className="panel">
        <Heading variant="h2" id="account-language" mb="s">
          {t('account.languageHeading')}
        </Heading>
        <LanguagePreferenceForm me={me} onSaved={(locale) => void i18n.changeLanguage(locale)} />
      </section>
      <section aria-labelledby="account-notifications" className="panel">
        <Heading variant="h2" id="account-notifications" mb="s">
          {t('notifications.preferences.heading')}
        </Heading>
        <NotificationPreferencesForm />
      </section>
    </Page>
  );
}
