import type { EmailMessageSummaryDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterLink } from 'suomifi-ui-components';
import { formatDateTime } from '../../../shared/format/date';

/** The outgoing e-mails as cards (a table would not fit a phone): subject, recipient, status, times. */
export function EmailMessageList({ messages }: { messages: readonly EmailMessageSummaryDto[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plain-list email-list">
      {messages.map((message) => (
        <li key={message.id} className="email-card">
          <RouterLink
            asComponent={Link}
            to="/email-log/$messageId"
            params={{ messageId: message.id }}
            id={`email-${message.id}`}
            className="email-subject"
          >
            {message.subject}
          </RouterLink>
          <dl className="details details-inline">
            <dt>{t('emailLog.to')}</dt>
            <dd>{message.toAddress}</dd>
            <dt>{t('emailLog.status')}</dt>
            <dd className={`email-status email-status-${message.status}`}>
              {t(`emailLog.statusValue.${message.status}`)}
            </dd>
            <dt>{t('emailLog.createdAt')}</dt>
            <dd>{formatDateTime(message.createdAt, i18n.language)}</dd>
            <dt>{t('emailLog.sentAt')}</dt>
            <dd>{message.sentAt ? formatDateTime(message.sentAt, i18n.language) : t('emailLog.notSent')}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
