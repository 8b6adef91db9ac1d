import type { EmailMessageDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Heading, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useEmailMessage } from '../../features/notifications/api/get-email-message';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime } from '../../shared/format/date';
import { LANGUAGE_NAMES } from '../../shared/i18n/language-names';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/email-log/$messageId');

export function EmailMessagePage() {
  const { t } = useTranslation();
  const { messageId } = route.useParams();
  const message = useEmailMessage(messageId);
  if (message.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (message.isError) {
    const problem = toApiProblem(message.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return <EmailMessage message={message.data} />;
}

function languageName(locale: string): string {
  return locale in LANGUAGE_NAMES ? LANGUAGE_NAMES[locale as keyof typeof LANGUAGE_NAMES] : locale;
}

function EmailMessage({ message }: { message: EmailMessageDto }) {
  const { t, i18n } = useTranslation();
  return (
    <Page title={message.subject}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/email-log">
          {t('emailLog.back')}
        </RouterLink>
      </Paragraph>
      <section aria-labelledby="email-details" className="panel">
        <Heading variant="h2" id="email-details" mb="s">
          {t('emailLog.details')}
        </Heading>
        <dl className="details">
          <dt>{t('emailLog.to')}</dt>
          <dd>{message.toAddress}</dd>
          <dt>{t('emailLog.status')}</dt>
          <dd>{t(`emailLog.statusValue.${message.status}`)}</dd>
          <dt>{t('emailLog.attempts')}</dt>
          <dd>{message.attempts}</dd>
          <dt>{t('emailLog.template')}</dt>
          <dd>{message.template}</dd>
          <dt>{t('emailLog.locale')}</dt>
          <dd>
            <span lang={message.locale}>{languageName(message.locale)}</span>
          </dd>
          <dt>{t('emailLog.createdAt')}</dt>
          <dd>{formatDateTime(message.createdAt, i18n.language)}</dd>
          <dt>{t('emailLog.sentAt')}</dt>
          <dd>{message.sentAt ? formatDateTime(message.sentAt, i18n.language) : t('emailLog.notSent')}</dd>
        </dl>
      </section>
      <section aria-labelledby="email-text" className="panel">
        <Heading variant="h2" id="email-text" mb="s">
          {t('emailLog.textBody')}
        </Heading>
        <pre className="email-text" lang={message.locale}>
          {message.textBody}
        </pre>
      </section>
      <section aria-labelledby="email-html" className="panel">
        <Heading variant="h2" id="email-html" mb="s">
          {t('emailLog.htmlBody')}
        </Heading>
        <Paragraph mb="s">{t('emailLog.htmlNote')}</Paragraph>
        {/* sandbox="": no scripts, forms, popups, navigation or same-origin access for the e-mail's HTML. */}
        <iframe
          className="email-html"
          sandbox=""
          srcDoc={message.htmlBody}
          title={t('emailLog.htmlFrameTitle', { subject: message.subject })}
        />
      </section>
    </Page>
  );
}
